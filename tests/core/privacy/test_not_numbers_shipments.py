"""Order, shipment, receipt and contract numbers named in the languages the order labels held least
(shipment_order_words.txt), or with a listed shop or carrier between the label and the number, are
no phones; a phone near such a word, after a calling word or after a person's name, is."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str) -> list[str]:
    return [text[s.input_start : s.input_end] for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Betala till bankgiro, OCR-nummer 7712 4490 2281.", "SE"),
        ("ELTA αποστολή 7712 4490 22 παραδόθηκε.", "GR"),
        ("Sūtījuma numurs 07 4471 2290, piegāde rīt.", "LV"),
        ("Tellimus 4471 2290 33 on teel.", "EE"),
        ("Naročilo 771 229 044 je odposlano.", "SI"),
        ("Nota fiscal 4471 2290 11 emitida ontem.", "BR"),
        ("Užsakymas 118 447 220 išsiųstas.", "LT"),
        ("Merci de prévenir l'opérateur, contrat n° 0998 4412 771.", "FR"),
        ("Vorgangsnummer 4471 2290 88, bitte angeben.", "DE"),
        ("Ärendenummer 4471 2290 88 gäller fakturan.", "SE"),
        # a listed shop or carrier between the label and the number
        ("La commande Canadian Tire 0488 1122 447 est arrivée.", "CA"),
        ("Die Sendung DHL 0047 1228 8902 ist unterwegs.", "DE"),
        ("Pedido Mercadona 5500 1188 447, entrega el jueves.", "ES"),
    ],
)
def test_a_shipment_order_or_contract_number_is_no_phone(text: str, country: str) -> None:
    assert _hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "phone"),
    [
        ("Zadzwoń do mnie w sprawie umowy: 512 338 904", "PL", "512 338 904"),
        ("Hej, ring mig på 070-441 22 90 angående OCR-raden.", "SE", "070-441 22 90"),
        ("Πάρε με τηλέφωνο στο 694 771 2290 για το τιμολόγιο.", "GR", "694 771 2290"),
        ("Zur Bestellung Anna 0176 3349 2281 anrufen.", "DE", "0176 3349 2281"),
        ("Vorgang 4471, bitte rufen Sie mich an: 0176 3349 2281", "DE", "0176 3349 2281"),
    ],
)
def test_a_phone_near_such_a_word_is_still_hidden(text: str, country: str, phone: str) -> None:
    assert phone in _hidden(text, country)
