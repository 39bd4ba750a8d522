"""Names with particles between their parts: two Spanish particles ("de los"), and a capital
particle after a lowercase one ("de La Tour"); "and" between two firms stays two firms."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_two_particles_join_the_surnames_to_the_given_names() -> None:
    people = _people("Le confirmo que el Lic. Juan Carlos de los Santos Ortega firmará el acta.", "MX")
    assert any("Juan Carlos de los Santos Ortega" in p for p in people)
    people = _people("La firma de Ana Lucía de las Heras Prieto llegó ayer.", "ES")
    assert any("Ana Lucía de las Heras Prieto" in p for p in people)


def test_a_capital_particle_after_a_lowercase_one_goes_on_to_the_surname() -> None:
    people = _people("Suite à notre échange avec M. Jean-Baptiste de La Tour, je vous confirme la visite.", "FR")
    assert any(p.endswith("Jean-Baptiste de La Tour") for p in people)


def test_two_firms_joined_by_and_are_not_one_person() -> None:
    assert not _people("As lojas Renner e Riachuelo abrem no shopping em março.", "BR")


def test_a_dutch_surname_with_its_particle_alone_in_a_sentence_is_a_person() -> None:
    assert "Van der Berg" in _people("Kun jij met Van der Berg de offerte van de leverancier doornemen?", "NL")
    assert "Ter Horst" in _people("Ik heb het gesprek gehad, en morgen bel ik Ter Horst.", "NL")


def test_papers_firms_and_trades_named_with_an_article_are_left() -> None:
    assert not _people("We reizen met De Lijn naar Gent en lezen De Standaard in de trein.", "BE")
    assert not _people("FACTUUR 0457\nSchildersbedrijf De Kwast\nTe betalen binnen 30 dagen.", "NL")
