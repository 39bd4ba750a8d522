"""Addresses split over the columns of an export: every part of a person's address is hidden."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def test_street_unit_number_and_suburb_columns_are_hidden_beside_the_postcode() -> None:
    text = ("id,surname,given,unit,street_no,street,suburb,state,postcode\n"
            "3301,Fenwick,Tara,12,7,Kingfisher Parade,Morningside,QLD,4170\n")
    out = redact_text(text, country="AU").text
    for part in ("Kingfisher Parade", "Morningside", "4170", ",12,", ",7,"):
        assert part not in out, part


def test_a_street_without_a_street_word_or_number_is_hidden_in_its_column() -> None:
    text = "Nr;Name;Strasse;Hausnr;PLZ;Ort\n18;Weber, Ida;Zur Alten Mühle;4b;34117;Kassel\n22;Roth, Jan;Lindenstr.;9;34119;Kassel\n"
    out = redact_text(text, country="DE").text
    assert "Zur Alten Mühle" not in out and "Lindenstr" not in out and "34117" not in out


def test_a_street_column_is_not_hidden_where_the_row_has_no_number_or_postcode() -> None:
    """A list of branches by street and town only names the firm's own places."""
    text = "branch,street,town\nNorth,Kingfisher Parade,Morningside\nSouth,High Street,Redcliffe\n"
    out = redact_text(text, country="AU").text
    assert "Kingfisher Parade" in out and "Morningside" in out


def test_a_rural_address_without_a_number_under_its_label_is_hidden_to_its_county() -> None:
    text = "Delivery address:\nHolly Farm\nChapel Lane\nGreat Bentley\nEssex\n\nThanks, Rob"
    spans = [s.original for s in redact_text(text, country="GB").spans if s.type == "ADDRESS"]
    assert "Holly Farm\nChapel Lane\nGreat Bentley\nEssex" in spans


def test_lines_that_are_not_an_address_are_not_taken_as_a_rural_block() -> None:
    text = "Address:\nsee attached form\nThanks a lot\nEssex\n"
    spans = [s.original for s in redact_text(text, country="GB").spans if s.type == "ADDRESS"]
    assert not [s for s in spans if "attached" in s or "Thanks" in s]


def test_camel_case_keys_of_an_export_name_the_address_parts() -> None:
    text = '{"givenName": "Ivo", "streetAddress": "31 Quarry Rd", "addressLocality": "Bangor", "postalCode": "04401"}'
    out = redact_text(text, country="US").text
    assert "31 Quarry Rd" not in out and "Bangor" not in out and "04401" not in out


def test_street_and_house_number_columns_in_other_languages_are_hidden() -> None:
    text = "imię;nazwisko;ulica;nr domu;kod pocztowy;miasto\nEwa;Lis;Ogrodowa;7;61-821;Poznań\n"
    out = redact_text(text, country="PL").text
    assert "Ogrodowa" not in out and "61-821" not in out and "Poznań" not in out
    text = "nome;logradouro;número;bairro;cidade;cep\nAna;Rua do Sol;45;Boa Vista;Recife;50050-000\n"
    out = redact_text(text, country="BR").text
    assert "Rua do Sol" not in out and "Boa Vista" not in out and "50050-000" not in out


def test_a_house_and_village_with_no_number_under_an_address_label_is_hidden() -> None:
    out = redact_text("Name: Joan Pike\nAddress: Beech House, Little Gaddesden, Herts\n", country="GB").text
    assert "Beech House" not in out and "Little Gaddesden" not in out


def test_a_list_of_cities_or_a_placeholder_under_an_address_label_stays() -> None:
    for text in ("Address: TBC, London\n", "Address: London, Paris, Berlin\n"):
        assert redact_text(text, country="GB").spans == [] or all(s.type != "ADDRESS" for s in redact_text(text, country="GB").spans)
