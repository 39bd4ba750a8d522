"""National ID numbers and birth dates as HR, payroll, KYC and intake text pastes them: ID
abbreviations as keys and column headers, document words in more languages and cases, birth cues
and month names of more languages, a label on the line above its value, and the reference numbers
of the same forms left alone. Checked through the whole redaction, as a person's text would be."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, kind: str) -> list[str]:
    return [s.original for s in redact_text(text).spans if s.type == kind]


def _all_hidden(text: str) -> list[str]:
    return [s.original for s in redact_text(text).spans]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Zaposlenik: Luka Perić\nOIB: 30582619477\nRadno mjesto: skladištar", "30582619477"),
        # (a key hides its value whatever its check digit says: here mistyped)
        ("JMBG: 0405957100127", "0405957100127"),
        ("Ime in priimek: Tina Kralj\nEMŠO: 1702925051238", "1702925051238"),
        ("Davčna številka: 12345679", "12345679"),
        ("ИИН: 880412450123", "880412450123"),
        ("personas kods: 181190-43216", "181190-43216"),
        ("C.I.: 3.914.208-1", "3.914.208-1"),
    ],
)
def test_an_ids_abbreviation_as_a_key_hides_its_value(text: str, number: str) -> None:
    assert number in _hidden(text, "NATIONAL_ID")


def test_an_ids_abbreviation_as_a_column_header_hides_each_cell() -> None:
    text = "ime;prezime;OIB;odjel\nLuka;Perić;30582619477;skladište\nMarta;Kos;69382150405;nabava\n"
    assert {"30582619477", "69382150405"} <= set(_hidden(text, "NATIONAL_ID"))


def test_a_firms_identification_number_and_a_mall_stay() -> None:
    assert _all_hidden("Employer Identification Number: 12-3456789") == []
    assert _hidden("Nos vemos en el C.C. Andino, local 204", "NATIONAL_ID") == []


def test_a_given_name_iva_opening_a_row_is_no_tax_label() -> None:
    text = "ime;prezime;OIB;odjel\nIva;Kos;69382150405;nabava\n"
    assert "69382150405" in _hidden(text, "NATIONAL_ID")


def test_iva_before_a_firms_number_still_names_the_tax() -> None:
    assert _hidden("IVA: 69382150405", "NATIONAL_ID") == []


def test_a_short_key_that_is_an_everyday_word_takes_no_date() -> None:
    assert _all_hidden("Début : 12/01/2026\nFin: 2026-03-01") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Actul meu: seria și nr. CI: KZ 771204, eliberat de SPCLEP", "KZ 771204"),
        ("Αριθμός Δελτίου Ταυτότητας ΑΒ 118204 (παλαιού τύπου)", "ΑΒ 118204"),
        ("يرجى إرسال رقم الجواز: P7720419 مع الصورة", "P7720419"),
        ("Kliento paso Nr. 31904472 galioja iki 2031", "31904472"),
        ("Molim vas broj lične karte: 009144281 za ugovor", "009144281"),
        ("Скиньте номер ID-картки 009812274, будь ласка", "009812274"),
        ("evo ti oib 30582619477 za putni nalog", "30582619477"),
        ("pak, nik istri saya 3578014405920001 untuk bpjs", "3578014405920001"),
        ("Salarié : Hugo Petit — N° SS : 1 91 04 33 063 118 27", "1 91 04 33 063 118 27"),
        ("Dienstgeber meldet SV-Nr 3118030989 bei der ÖGK an", "3118030989"),
        ("Adjunto copia del DNI 52.839.174-D por ambas caras", "52.839.174-D"),
        ("Afiliado: Jorge Ruiz, C.C. No. 79.844.120 de Bogotá", "79.844.120"),
        ("Número de identificación: 1032448871 (titular)", "1032448871"),
        ("Numéro d'identification : 2 79 11 13 055 220 81", "2 79 11 13 055 220 81"),
        ("Tenant's identity no. 8109125873084 is on the lease", "8109125873084"),
    ],
)
def test_a_documents_word_in_more_languages_and_cases_hides_the_number_after_it(text: str, number: str) -> None:
    assert number in _hidden(text, "NATIONAL_ID")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ime: Ana Kos, dat. rođ. 4.11.1993, OIB u privitku", "4.11.1993"),
        ("Līgumam: dzim. 18.11.1990, Rīga", "18.11.1990"),
        ("Анкета: Петар Илић, рођен 14. марта 1979. у Нишу", "14. марта 1979"),
        ("Родилась она 3 сентября 1991 года? Нет: дата рождения 3 сентября 1991", "3 сентября 1991"),
        ("אחי נולד ב-12 בדצמבר 1994 בחיפה", "12 בדצמבר 1994"),
        ("สมัครสมาชิก เกิด 5 มี.ค. 2534 ค่ะ", "5 มี.ค. 2534"),
        ("Elle est née le 9 sept. 1972 à Brest.", "9 sept. 1972"),
        ("né le 14 janv. 2001 à Tours", "14 janv. 2001"),
        ("고객 정보: 출생 95.11.02, 가입일 2026-01-05", "95.11.02"),
        ("الاسم: فهد، تاريخ الميلاد ١٤٠٨/٠٧/٢٢ هـ", "١٤٠٨/٠٧/٢٢"),
        ("Urodziłem się 30.06.1984 w Lublinie.", "30.06.1984"),
        ("Syn se narodil 2. 9. 2016 v Brně.", "2. 9. 2016"),
        ("Γεννήθηκα 21/10/1977 στη Λάρισα", "21/10/1977"),
        ("Data de naștere: 11 iunie 1983", "11 iunie 1983"),
        ("被保険者 生年月日 H4.10.21", "H4.10.21"),
    ],
)
def test_a_birth_cue_or_month_of_more_languages_gives_the_birth_date(text: str, date: str) -> None:
    assert date in _hidden(text, "DOB")


@pytest.mark.parametrize(
    ("header", "row", "date"),
    [
        ("Name\tGeb.-Dat.\tEintritt", "Moser Paul\t21.04.1987\t01.03.2025", "21.04.1987"),
        ("nombre;f_nac;ingreso", "Pedro Soto;1983-07-19;2022-01-10", "1983-07-19"),
        ("姓名,出生日期,到職日", "林志明,民國81年5月20日,2025/07/01", "民國81年5月20日"),
    ],
)
def test_a_birth_columns_abbreviated_or_era_date_is_hidden(header: str, row: str, date: str) -> None:
    assert date in _hidden(f"{header}\n{row}\n", "DOB")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Olen sündinud 14. juunil 1979 Tartus.", "14. juunil 1979"),
        ("Synnyin 22.10.1986 Oulussa, joten olen 39.", "22.10.1986"),
        ("Hún er fædd 2. febrúar 1993 á Akureyri.", "2. febrúar 1993"),
        ("Jam lindur më 17 tetor 1990 në Durrës.", "17 tetor 1990"),
        ("Sy is gebore op 8 Junie 1975 in Pretoria.", "8 Junie 1975"),
        ("Ako ay ipinanganak noong Hunyo 12, 1991 sa Cebu.", "Hunyo 12, 1991"),
        ("Saya dilahirkan pada 9 Ogos 1987 di Ipoh.", "9 Ogos 1987"),
        ("मेरा जन्म 14 अगस्त 1993 को हुआ", "14 अगस्त 1993"),
        ("Oğlum 7 Ekim 2016 doğumlu, velisi benim.", "7 Ekim 2016"),
    ],
)
def test_a_birth_told_in_prose_in_more_languages_gives_the_date(text: str, date: str) -> None:
    # (hidden whole; a town right after it may make the span an address's: "14. juunil 1979 Tartus")
    assert any(date in value for value in _all_hidden(text))


@pytest.mark.parametrize("text", ["Projekti syntyi 3.5.2019 palaverissa.", "Tämä idea syntyi 12.3.2024 saunassa."])
def test_a_project_born_on_a_date_is_no_birth_date(text: str) -> None:
    assert _hidden(text, "DOB") == []


def test_a_firm_born_in_a_year_is_no_birth_date() -> None:
    assert _hidden("Nasza firma urodziła się w 2005 roku, w garażu.", "DOB") == []


def test_a_hire_date_column_beside_it_stays() -> None:
    text = "Name\tGeb.-Dat.\tEintritt\nMoser Paul\t21.04.1987\t01.03.2025\n"
    assert "01.03.2025" not in _all_hidden(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Applicant\nDate of birth\n7 March 1992\nNationality\nKenyan", "7 March 1992", "DOB"),
        ("Geburtsdatum:\n30.11.1968\n", "30.11.1968", "DOB"),
        ("Passport no.\nC01X00T47\nExpiry\n14/02/2031", "C01X00T47", "NATIONAL_ID"),
    ],
)
def test_a_label_alone_on_the_line_above_gives_its_value(text: str, value: str, kind: str) -> None:
    assert value in _hidden(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Date of issue\n7 March 2022\n",
        "Order number\nA1234567\n",
        "Date of birth\n7 March 1992 (approx., see file)\n",
    ],
)
def test_a_date_or_number_under_another_label_or_with_words_after_it_is_not_taken(text: str) -> None:
    assert not [v for v in _all_hidden(text) if "2022" in v or "A1234567" in v or "1992" in v]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Паспорт: 40 09 118204, выдан 11.03.2018\nНомер заявки: 2026/0933", "2026/0933"),
        ("NPWP: 09.254.294.3-407.000\nNo. Tiket: TKT-20260203-0012", "TKT-20260203-0012"),
        ("Číslo OP: 118204771\nNástup: 3. 3. 2026", "3. 3. 2026"),
    ],
)
def test_the_form_line_after_an_ids_line_is_no_answer_to_it(text: str, kept: str) -> None:
    assert kept not in _all_hidden(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Številka police: 51-8820417", "51-8820417"),
        ("Broj polise 770-1182044-10 stiže poštom.", "770-1182044-10"),
        ("Laut Vertrag 44-9120385 ist der Schaden gedeckt.", "44-9120385"),
        ("Numéro de certificat : 0071204-02", "0071204-02"),
        ("会議ID：912 4410 2287", "912 4410 2287"),
        ("Број полисе 551-2093318-40 је у прилогу.", "551-2093318-40"),
        ("Seu protocolo de atendimento é 2026.02.11873", "2026.02.11873"),
        ("Numero di protocollo della pratica: 118 4420 391", "118 4420 391"),
    ],
)
def test_a_policy_contract_certificate_or_meeting_number_is_no_phone(text: str, kept: str) -> None:
    assert kept not in _hidden(text, "PHONE")


def test_a_phone_after_a_filings_number_is_still_a_phone() -> None:
    assert "55 1234 5678" in _hidden("Folio de cita: 44120 — llámame al 55 1234 5678", "PHONE")
