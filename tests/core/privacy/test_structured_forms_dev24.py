"""Structured values in the forms the dev24 split showed missing (phones after a call-back word or
after Dutch "btw", "by the way"; IDs with a check character after a dash, after a short name in
lowercase, after "pnr", a health-plan card's word or a licence's issuing state; birth dates with
Polish "r.", after a Turkish possessive, in brackets with more after the year, without separators
after a birth word, in Taiwan's Republic era, a birth year after "born" in other languages, an
ordinal "1°", Turkish "D. Tarihi", "b."/"f."/"s." before a whole date, a Chinese year and month,
a Korean birthday's month and day; an account with its bank after "su", "na", "no"; a German pension number by its shape, a Spanish NIE with
dashes, "n° sécu", "numéro fiscal"; birth-date and account columns headed in more
spellings ("Geb.-Datum", "né(e) le", "f_nacimiento", "hesap numarası"); cue words after a Turkish
capital "İ" (which lowercases to two characters); "kto.", "fött", "date de fête", "d.n.",
"n.º de utente", a Medicare number in dashed groups, a birth date in words, a Portuguese NIB, a
Brazilian CPF without its dots, a postcode given as the answer to a chat question, a code's "birth_date" field, a phone in German words after "ruf mich an", a UK account before its sort code, Dutch "rek.", Portuguese "DN:", Turkish "d.t.:", Finnish
months, an East Asian date with "生まれ"/"생" after it or "生于" before it, a Mexican voter key, a French identity card's code with two digits, a
birth year alone after "geboren", "född", "DOB:", "Year of birth" or before "doğumlu", an IBAN
grouped with dots or wrapped over two lines, a French RIB by its key, an Italian CCP, "A/c No.-" as Indian forms write it;
bank cards after a Chinese bank's name, an account
answering a chat line that asked for one), each with the look-alike that stays: a range of days,
a policy number in other languages, a loyalty card's number, an invoice number named in one word,
a French switchboard ("Standard :"), a toll-free or shared-cost line named as a service's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def types(text: str, country: str = "US") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "country", "value", "kind"),
    [
        ("Callback 555-0162 after 3pm.", "US", "555-0162", "PHONE"),
        ("If you have questions call 1-800-555-0199.", "US", "1-800-555-0199", "PHONE"),
        ("my line at work is 0333 014 2200", "GB", "0333 014 2200", "PHONE"),
        ("please call back on 555-0148 tomorrow", "US", "555-0148", "PHONE"),
        ("Rückruf 0221 4471 882 ab 14 Uhr", "DE", "0221 4471 882", "PHONE"),
        ("top! btw mijn nieuwe nummer is 06 41 22 87 90", "NL", "06 41 22 87 90", "PHONE"),
        ("RG: 24.678.135-X  CPF: 529.982.247-25", "BR", "24.678.135-X", "NATIONAL_ID"),
        ("RUT del titular 12.345.678-5", "CL", "12.345.678-5", "NATIONAL_ID"),
        ("dale, mi dni por si te pide 32.456.789", "AR", "32.456.789", "NATIONAL_ID"),
        ("ok, seu cpf é 418.273.659-19 né", "BR", "418.273.659-19", "NATIONAL_ID"),
        ("Löner: Elin Sjöberg – pnr 199206152382, Nordea", "SE", "199206152382", "NATIONAL_ID"),
        ("Carteirinha nº 0 889 000412 339 7", "BR", "0 889 000412 339 7", "NATIONAL_ID"),
        ("Licence (NSW) 12345678 shown for the hire", "AU", "12345678", "NATIONAL_ID"),
        ("Data ur.: 17.02.2013 r.", "PL", "17.02.2013 r.", "DOB"),
        ("Doğum tarihiniz: 03.04.1987", "TR", "03.04.1987", "DOB"),
        ("burak: doğum tarihin 1992 değil mi\nemre: 12 Mart 1992 evet", "TR", "12 Mart 1992", "DOB"),
        ("Tenant: Grace Kimani (b. 1995, 29 at move-in)", "GB", "1995", "DOB"),
        ("생년월일 900512 로 본인 확인되었습니다.", "KR", "900512", "DOB"),
        ("DOB 19851203, member since 2019", "US", "19851203", "DOB"),
        ("生日：民國79年5月12日", "TW", "民國79年5月12日", "DOB"),
        ("né en 1985 à Lille, il a rejoint l'équipe en 2019", "FR", "1985", "DOB"),
        ("nato nel 1975 a Bari", "IT", "1975", "DOB"),
        ("urodzony w 1980 r. w Gdańsku", "PL", "1980", "DOB"),
        ("she's 35, born in March 1990", "US", "March 1990", "DOB"),
        ("nata il 1° febbraio 1990", "IT", "1° febbraio 1990", "DOB"),
        ("D.Tarihi: 01.02.1990", "TR", "01.02.1990", "DOB"),
        ("Kari Nordmann, f. 01.02.1990", "NO", "01.02.1990", "DOB"),
        ("Matti Virtanen, s. 1.2.1990", "FI", "1.2.1990", "DOB"),
        ("Walter Hobbs, b. 3/4/1960, retired", "US", "3/4/1960", "DOB"),
        ("出生年月：1990年2月", "CN", "1990年2月", "DOB"),
        ("생일 2월 1일", "KR", "2월 1일", "DOB"),
        ("Versicherungsnummer 65 021188 Y 012", "DE", "65 021188 Y 012", "NATIONAL_ID"),
        ("NIE X-1234567-L", "ES", "X-1234567-L", "NATIONAL_ID"),
        ("n° sécu 1 85 05 78 006 084 36", "FR", "1 85 05 78 006 084 36", "NATIONAL_ID"),
        ("votre numéro fiscal : 3023217600053", "FR", "3023217600053", "NATIONAL_ID"),
        ("Name | Geb.-Datum\nAl | 01.02.1980", "DE", "01.02.1980", "DOB"),
        ("nom;né(e) le\nAl;01/02/1980", "FR", "01/02/1980", "DOB"),
        ("nombre,f_nacimiento\nAl,01/02/1980", "ES", "01/02/1980", "DOB"),
        ("naam;geb. datum\nJan;01-02-1980", "NL", "01-02-1980", "DOB"),
        ("ad;hesap numarası;tutar\nAli;12345678;150", "TR", "12345678", "ACCOUNT"),
        ("ID card number 4471229081 on the form", "GB", "4471229081", "NATIONAL_ID"),
        ("il mio conto su Fineco è 000041237781", "IT", "000041237781", "ACCOUNT"),
        ("a minha conta na CGD é 0123456789012", "PT", "0123456789012", "ACCOUNT"),
        ("minha conta no Nubank é 1234567-8, agência 0001", "BR", "1234567-8", "ACCOUNT"),
        ("PERSONEL BİLGİ FORMU\nDoğum Yeri / Tarihi: İzmir / 23.04.1991", "TR", "23.04.1991", "DOB"),
        ("İSTANBUL ŞUBESİ – MÜŞTERİ FORMU\nhesap numarası: 6299 1234567", "TR", "6299 1234567", "ACCOUNT"),
        ("Nordea reg. 2191 kto. 5678901234", "DK", "2191", "ACCOUNT"),
        ("Nordea reg. 2191 kto. 5678901234", "DK", "5678901234", "ACCOUNT"),
        ("Barnet är fött 2024-11-02.", "SE", "2024-11-02", "DOB"),
        ("pis ta date de fête c'est bien le 12 août 1988?", "CA", "12 août 1988", "DOB"),
        ("Utente: Maria Sá, n.º de utente 123456789, d.n. 12/12/1954", "PT", "12/12/1954", "DOB"),
        ("Utente: Maria Sá, n.º de utente 123456789, d.n. 12/12/1954", "PT", "123456789", "NATIONAL_ID"),
        ("Medicare # 1EG4-TE5-MK73", "US", "1EG4-TE5-MK73", "NATIONAL_ID"),
        ("Date of birth (in words): Fourteenth August Two Thousand Sixteen", "IN", "Fourteenth August Two Thousand Sixteen",
         "DOB"),
        ("NIB para transferência 0035 0123 00012345678 55", "PT", "0035 0123 00012345678 55", "ACCOUNT"),
        ("transferir para 0035 0123 00012345678 18 até sexta", "PT", "0035 0123 00012345678 18", "ACCOUNT"),
        ("Larissa, 52998224725, aprovada na entrevista", "BR", "52998224725", "NATIONAL_ID"),
        ("siobhán: grand, and eircode?\ncian: D08 VF8H\nsiobhán: thanks", "IE", "D08 VF8H", "ADDRESS"),
        ("[10:02] ana: what's the postcode for the delivery?\n[10:03] raj: SW1A 2AA", "GB", "SW1A 2AA", "ADDRESS"),
        ("UPDATE emp SET emp.birth_date = '1990-02-01' WHERE id = 7;", "US", "1990-02-01", "DOB"),
        ("ruf mich an: null eins fünf eins zwei drei vier fünf sechs sieben acht", "DE",
         "null eins fünf eins zwei drei vier fünf sechs sieben acht", "PHONE"),
        ("send it to 70872490 / 40-47-84 pls", "GB", "70872490", "ACCOUNT"),
        ("send it to 70872490 / 40-47-84 pls", "GB", "40-47-84", "ACCOUNT"),
        ("graag op rek. 1234567 overmaken", "NL", "1234567", "ACCOUNT"),
        ("rek.nr. 1234567", "NL", "1234567", "ACCOUNT"),
        ("DN: 03/05/1990", "PT", "03/05/1990", "DOB"),
        ("d.t.: 03.05.1990", "TR", "03.05.1990", "DOB"),
        ("syntymäaika 3. toukokuuta 1990", "FI", "3. toukokuuta 1990", "DOB"),
        ("1990年5月3日生まれ", "JP", "1990年5月3日", "DOB"),
        ("生于1990年5月3日", "CN", "1990年5月3日", "DOB"),
        ("1990년 5월 3일생", "KR", "1990년 5월 3일", "DOB"),
        ("被保険者：鈴木 一郎（昭和52年8月3日生）", "JP", "昭和52年8月3日", "DOB"),
        ("INE clave de elector GMVLMR80070501M100", "MX", "GMVLMR80070501M100", "NATIONAL_ID"),
        ("Pièce d'identité : CNI n° X4RTBPFW4, délivrée le 03/05/2021", "FR", "X4RTBPFW4", "NATIONAL_ID"),
        ("42 Jahre, geboren 1983", "DE", "1983", "DOB"),
        ("geboren in 1983 te Utrecht", "NL", "1983", "DOB"),
        ("född 1983 i Malmö", "SE", "1983", "DOB"),
        ("1983 doğumlu, evli", "TR", "1983", "DOB"),
        ("DOB: 1983 (exact date unknown)", "US", "1983", "DOB"),
        ("Year of birth: 1983", "GB", "1983", "DOB"),
        ("IBAN: DE89.3704.0044.0532.0130.00", "DE", "DE89.3704.0044.0532.0130.00", "IBAN"),
        ("IBAN: ES91 2100 0418 4502\n0005 1332\nGracias", "ES", "ES91 2100 0418 4502\n0005 1332", "IBAN"),
        ("IBAN DE89 3704 0044 0532 0130 00.\nBIC COBADEFFXXX", "DE", "DE89 3704 0044 0532 0130 00", "IBAN"),
        ("coordonnées bancaires : 30004 00828 00010245678 85", "FR", "30004 00828 00010245678 85", "ACCOUNT"),
        ("RIB : 20041 01005 0500013M026 06", "FR", "20041 01005 0500013M026 06", "ACCOUNT"),
        ("CCP 10-12345-6", "IT", "10-12345-6", "ACCOUNT"),
        ("Acc No.-30211234567, IFSC SBIN0001234", "IN", "30211234567", "ACCOUNT"),
        ("工资卡：招商银行 6225 8801 2345 6789", "CN", "6225 8801 2345 6789", "ACCOUNT"),
        ("小李：打到哪个卡？\n张敏：建行 6217 0000 1234 5678 901", "CN", "6217 0000 1234 5678 901", "ACCOUNT"),
        ("ola: a numer konta na zwrot zaliczki?\nbartek: 12 2490 0005 0000 4600 7856 2312 alior", "PL",
         "12 2490 0005 0000 4600 7856 2312", "ACCOUNT"),
        ("[09:12] sam: whats ur account for the deposit\n[09:13] jo: 0041 2278 1190", "GB", "0041 2278 1190", "ACCOUNT"),
    ],
)
def test_values_in_these_forms_are_hidden(text: str, country: str, value: str, kind: str) -> None:
    assert types(text, country).get(value) == kind


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ("BTW-nummer 8123 4567 8901 op de factuur", "NL", "8123 4567 8901"),
        ("Callback ticket 4471-2290 closed", "US", "4471-2290"),
        ("sin el número 44120 no se puede", "ES", "44120"),
        ("PNR KX7P2Q, flight AZ 1284", "IT", "KX7P2Q"),
        ("software licence (MIT) 2.0.1 installed", "GB", "2.0.1"),
        ("founded (b. 1998, Leeds) as a print shop; order 19981203 shipped", "GB", "19981203"),
        ("birthday party booked, invoice 20250412 paid", "GB", "20250412"),
        ("L'azienda, nata nel 1961 come piccola officina a Vicenza", "IT", "1961"),
        ("La empresa nació en 1990 en Valencia, nacida en 1990 también la marca", "ES", "1990"),
        ("see p. 12, s. 3 and the 2020 report", "FI", "2020"),
        ("Lagerplatz 12 451299 X 100, Regal 4", "DE", "12 451299 X 100"),
        ("passport renewal form RN12ABC, see page 4", "GB", "RN12ABC"),
        ("Turnus II, 14–27.07.2025, wpłata do 30.05.", "PL", "14–27.07.2025"),
        ("Polisnummer 7712-0045-881 (collectief via werkgever)", "NL", "7712-0045-881"),
        ("número de póliza 4471 22 9081, renovación anual", "ES", "4471 22 9081"),
        ("new mobile noted, card no. 6014 4400 1188 (Flybuys)", "AU", "6014 4400 1188"),
        ("Kundenkarte 2771 0045 912 bitte scannen", "DE", "2771 0045 912"),
        ("Factuurnummer 20251187, KvK 12345678", "NL", "20251187"),
        ("lot 30004 00828 00010245678 77 en stock", "FR", "30004 00828 00010245678 77"),
        ("ana: the zip file is ready\nraj: 12345 rows in it", "US", "12345"),
        ("código 0035 0123 00012345678 55 do lote", "PT", "0035 0123 00012345678 55"),
        ("a conta no Restaurante Bela Vista deu 145 euros", "PT", "145"),
        ("Standard : 01 40 04 04 04", "FR", "01 40 04 04 04"),
        ("You can reply or call our HR line on 0333 014 2200.", "GB", "0333 014 2200"),
        ("Atención a clientes: 800 123 4567 (sin costo).", "MX", "800 123 4567"),
        ("Hotline für Kunden bleibt 0800 123 4567", "DE", "0800 123 4567"),
        ("Le projet est né en 2015 à Lyon", "FR", "2015"),
        ("Die Firma wurde 1962 gegründet, die Idee geboren 1961", "DE", "1961"),
        ("se f. 12.3.2024 i møtet", "NO", "12.3.2024"),
        ("b. 2/3/2024 release notes", "US", "2/3/2024"),
        ("ana: which account?\nbo: 12345678901 is the order number", "GB", "12345678901"),
        ("서비스 2025년 4월 1일생산", "KR", "2025년 4월 1일"),
        ("Lease ref 12345678 / 12-03-24 signed", "GB", "12-03-24"),
        ("招商银行客服 95555，营业时间 9:00-17:00", "CN", "95555"),
        ("ana: which account do we bill?\nbo: 2025 budget, not the 2024 one", "GB", "2025"),
    ],
)
def test_look_alikes_stay(text: str, country: str, value: str) -> None:
    assert value not in types(text, country)
