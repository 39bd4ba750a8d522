"""Birth dates and IDs as forms, bookings and chats spell them: a weekday before the birth date,
month names of more languages, year-first dates with slashes, a date in words with its year in
figures, a birthday given with the age reached on it; IDs with lowercase check letters, passport
and identity-card words of more languages, a licence number before its issuing state; and the
dates and numbers around them that stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def found(text: str, kind: str, country: str = "GB") -> set[str]:
    return {s.original for s in redact_text(text, country=country).spans if s.type == kind}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Birth date: Friday, 9th July 1982\nStart: 01/02/2025", "Friday, 9th July 1982"),
        ("Geburtsdatum: Sonntag, 4. Mai 1969", "Sonntag, 4. Mai 1969"),
        ("nacida el miércoles 2 de junio de 1993 en Cádiz", "miércoles 2 de junio de 1993"),
        ("data de nascimento: sexta-feira, 8 de maio de 1987", "sexta-feira, 8 de maio de 1987"),
        ("DOB (YYYY/MM/DD): 1979/11/30", "1979/11/30"),
        ("geboren am 14. Feber 1971 in Graz", "14. Feber 1971"),
        ("data nașterii: 3 octombrie 1984", "3 octombrie 1984"),
        ("datum rođenja 12. svibnja 1990", "12. svibnja 1990"),
        ("doğum günü 5 Ekim 1975, hatırlatma", "5 Ekim 1975"),
        ("Date of birth: the third of May 1994", "the third of May 1994"),
        ("Han fyller 40 den 12 mars, så vi bestiller kake.", "12 mars"),
        ("Mi madre cumple 70 años el 9 de octubre.", "9 de octubre"),
        ("Onze collega wordt 50 op 14 februari!", "14 februari"),
        ("Employee born 21st of October, 1983 in Cork.", "21st of October, 1983"),
        ("zij is geboren op 9 mrt. 1977 in Gouda", "9 mrt. 1977"),
        ("Patient geb. 30. Mrz. 1949, Station 4", "30. Mrz. 1949"),
        ("Barnet är fött 14/6 2019 på Sahlgrenska.", "14/6 2019"),
        ("Doğum tarihi: 19 Mayıs 1981 Salı", "19 Mayıs 1981 Salı"),
        ("Mme Roux, naiss. 07/02/1958, entrée le 03/03/2025", "07/02/1958"),
        ("nom;date naiss.;service\nRoux Odile;07/02/1958;compta\n", "07/02/1958"),
        ("nina: send me name and date of birth for the booking\nomar: Omar Haddad, 12/04/1988, window seat", "12/04/1988"),
    ],
)
def test_birth_dates_in_each_spelling_are_hidden(text: str, value: str) -> None:
    assert value in found(text, "DOB")


@pytest.mark.parametrize(
    "text",
    [
        "Start date: Monday, 6th January 2025 (probation ends Friday, 4th July 2025)",
        "La empresa cumple 25 años el 3 de mayo y lo celebramos.",
        "Meeting moved to 2025/03/14, invoice dated 2025/02/28.",
        "Die Messe findet am Mittwoch, 12. Juni 2025 statt.",
        "ann: what do we get Tom for his birthday?\nbob: a mug, the party is on 12/10/2025",
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert not found(text, "DOB")


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("[09:12] ana: el dni para el seguro?\n[09:13] luis: 38052328r", "38052328r", "ES"),
        ("NIE del inquilino z6827970b, contrato firmado", "z6827970b", "ES"),
        ("il c.f. del dipendente è frrmtt90t03l219h, grazie", "frrmtt90t03l219h", "IT"),
        ("Vă rog completați: paşaport nr. 118204935, emis la Cluj", "118204935", "RO"),
        ("Broj putovnice: 118204936, vrijedi do 2030.", "118204936", "HR"),
        ("מה מספר הזהות של המועמד?\nדנה: 203357470", "203357470", "IL"),
        ("For the hire car: licence 1193 4820 (VIC), expiry 2028", "1193 4820", "AU"),
        ("ok here: licence 0471 2290 (qld), exp next year", "0471 2290", "AU"),
        ("curp del trabajador: tohe790214hplrrd05 (favor de validar)", "tohe790214hplrrd05", "MX"),
        ("pan for the tds form is ajbpm5521q", "ajbpm5521q", "IN"),
        ("my ni is nh 55 20 17 b if payroll asks", "nh 55 20 17 b", "GB"),
        ("Žadatel předložil cestovní pas č. 41827365, platný do 2031.", "41827365", "CZ"),
        ("Broj vozačke dozvole: br. 10293847 (B kategorija)", "10293847", "HR"),
        ("Прошу указать номер паспорта 4512 648203 в заявке", "4512 648203", "RU"),
        ("Αριθμός διαβατηρίου AK1827364, λήξη 2030", "AK1827364", "GR"),
        ("Hakijan passinumero FP4418273 ja voimassaolo 2029", "FP4418273", "FI"),
        ("Guest: Mr Lee, PPT No: M72819304, nationality KR", "M72819304", "KR"),
        ("Misafirin kimlik kartı seri no A27F81934 olarak girildi", "A27F81934", "TR"),
    ],
)
def test_ids_in_more_spellings_are_hidden(text: str, value: str, country: str) -> None:
    assert value in found(text, "NATIONAL_ID", country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pedido 12345678a enviado el lunes.", "ES"),  # (its check letter does not hold)
        ("Software licence ABCD-1234-EFGH (MIT) renewed.", "GB"),
        ("Fattura n. 2024/311, codice articolo abcdef12g34h567i.", "IT"),
        ("Lote tohe790214hplrrd04 enviado.", "MX"),  # (a CURP's shape, its check digit wrong)
        ("See pp. 12-14 and the PPT slides v2 for the 2025 figures.", "GB"),
    ],
)
def test_look_alikes_stay(text: str, country: str) -> None:
    assert not found(text, "NATIONAL_ID", country)
