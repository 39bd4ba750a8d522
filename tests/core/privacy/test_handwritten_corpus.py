"""The hand-written corpus (bench/privacy_handwritten.py): well-formed, and the frozen splits unchanged.

The frozen splits are the unseen measure quoted in the README; pinning their hashes means any
edit to them (tuning on them, relabelling them) is a visible, deliberate change of this test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.privacy_handwritten import (
    DEV,
    DEV2,
    DEV3,
    DEV6,
    DEV7,
    DEV8,
    DEV8B,
    DEV9,
    DEV10,
    DEV11,
    DEV11_IDS,
    DEV12,
    DEV13,
    DEV13_PREC,
    DEV14,
    DEV15,
    DEV16,
    DEV17,
    DEV17B,
    DEV18,
    DEV18B,
    DEV19,
    DEV19B,
    DEV20,
    DEV20B,
    DEV20C,
    DEV20D,
    DEV20E,
    DEV20F,
    DEV21,
    DEV21B,
    DEV22,
    DEV22B,
    DEV23,
    DEV23B,
    DEV24,
    DEV24B,
    DEV24C,
    DEV25,
    DEV25B,
    DEV26,
    DEV27,
    DEV28,
    DEV29,
    DEV30,
    DEV30B,
    DEV31,
    DEV31B,
    DEV32,
    DEV32B,
    DEV33,
    DEV33B,
    DEV34,
    DEV34B,
    DEV35,
    DEV35B,
    DEV36,
    DEV36B,
    DEV37,
    DEV38,
    DEV39,
    DEV40,
    DEV40B,
    DEV41,
    DEV41B,
    DEV42,
    DEV42B,
    DEV43,
    DEV43B,
    DEV44,
    DEV44B,
    DEV45,
    DEV45B,
    DEV46,
    DEV46B,
    DEV47,
    DEV47B,
    DEV48,
    DEV48B,
    DEV49,
    DEV49B,
    DEV50,
    DEV50B,
    DEV51,
    DEV54,
    DEV54B,
    FROZEN,
    FROZEN2,
    FROZEN3,
    FROZEN4,
    FROZEN5,
    FROZEN6,
    FROZEN7,
    FROZEN_FILES,
    SPLITS,
    TYPES,
    HandDoc,
    load,
    parse,
    sha256,
)
from desktop.core.privacy.not_secrets import sample_email

FROZEN_SHA256 = "61c5d240790893909754acf6f55adae291bf07155784d5ce9385041cccd36ae2"
FROZEN2_SHA256 = "0c573fdd2c4f8c1c3562a2d49b276fa809cf3fce552db82f2787c369f897199e"
FROZEN3_SHA256 = "df81c9cc09221c5747555ea802d2f3189312cccf4a1b2293d101eeb2ef3e9293"
FROZEN4_SHA256 = "43980872dcb4cc3d94e8b8387339615181a61b52dbf2e493dbec80603f4aa623"
FROZEN5_SHA256 = "f1eef9833895df2b60ac742f48edfb4c0b0e88841b1237f22a9fe2c4d351569a"
FROZEN6_SHA256 = "b1930f9ede325e3fe46e0ed5a2b665dd19f035ae11a1ce3e9f025b9df2b7f038"
FROZEN7_SHA256 = "816b6c8b6bf12b99d355a02d3d6070b5446a99afe8301fc0b843e2c59916e12a"
ALL_FILES = [DEV, DEV2, DEV6, FROZEN, FROZEN2, FROZEN3, FROZEN4, FROZEN5, FROZEN6, FROZEN7]
ALL_IDS = ["dev", "dev2", "dev6", "frozen", "frozen2", "frozen3", "frozen4", "frozen5", "frozen6", "frozen7"]



def _assert_well_formed(docs: list[HandDoc]) -> None:
    """Every text has a kind, a language and text; its labels are known types, in order, never
    overlapping, inside the text and without surrounding spaces."""
    for doc in docs:
        assert doc.kind and len(doc.lang) == 2 and doc.text.strip()
        previous_end = 0
        for start, end, kind in doc.labels:
            assert kind in TYPES
            assert previous_end <= start < end <= len(doc.text), "labels overlap or leave the text"
            assert doc.text[start:end].strip() == doc.text[start:end]
            previous_end = end

@pytest.mark.parametrize(("path", "expected"), [(FROZEN, FROZEN_SHA256), (FROZEN2, FROZEN2_SHA256),
                                              (FROZEN3, FROZEN3_SHA256), (FROZEN4, FROZEN4_SHA256),
                                              (FROZEN5, FROZEN5_SHA256), (FROZEN6, FROZEN6_SHA256),
                                              (FROZEN7, FROZEN7_SHA256)],
                         ids=["frozen", "frozen2", "frozen3", "frozen4", "frozen5", "frozen6", "frozen7"])
def test_each_frozen_split_is_unchanged(path: Path, expected: str) -> None:
    assert sha256(path) == expected


@pytest.mark.parametrize("path", ALL_FILES, ids=ALL_IDS)
def test_corpus_parses_into_labelled_documents_in_many_languages(path) -> None:  # type: ignore[no-untyped-def]
    docs = load(path)
    assert len(docs) >= 90
    assert len({d.lang for d in docs}) >= 12
    _assert_well_formed(docs)


def test_seventh_development_split_is_labelled_in_many_languages() -> None:
    """dev7 is smaller (its texts aim at the weakest types) but held to the same format rules."""
    docs = load(DEV7)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 12
    kinds = {kind for d in docs for _, _, kind in d.labels}
    assert {"SECRET", "ACCOUNT", "DOB", "PERSON", "ADDRESS"} <= kinds
    _assert_well_formed(docs)


def test_ninth_development_split_is_dense_with_look_alikes_in_many_languages() -> None:
    """dev9 measures precision: business text full of things that look personal and are not
    (firms named after people, stations, IDs), with real personal items labelled among them."""
    docs = load(DEV9)
    assert len(docs) >= 80
    assert len({d.lang for d in docs}) >= 10
    assert {"PERSON", "EMAIL", "PHONE", "DOB"} <= {kind for d in docs for _, _, kind in d.labels}
    _assert_well_formed(docs)


def test_precision_development_split_is_mostly_ordinary_business_text() -> None:
    """dev13prec measures precision on unseen work text: at least 60 texts in ten languages, half of
    them with one personal item or none, the rest with labelled personal items so recall shows."""
    docs = load(DEV13_PREC)
    assert len(docs) >= 60
    assert len({d.lang for d in docs}) >= 10
    assert sum(1 for d in docs if len(d.labels) <= 1) >= len(docs) // 2
    assert {"PERSON", "EMAIL", "PHONE", "DOB", "ADDRESS"} <= {kind for d in docs for _, _, kind in d.labels}
    _assert_well_formed(docs)


def test_identity_and_secret_development_split_covers_documents_and_secrets() -> None:
    """dev11ids: identity numbers written in each language's words, card codes, secrets of every
    kind and look-alikes that are not secret, in at least ten languages."""
    docs = load(DEV11_IDS)
    assert len(docs) >= 70
    assert len({d.lang for d in docs}) >= 10
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("NATIONAL_ID") >= 60 and kinds.count("SECRET") >= 60
    assert sum(1 for d in docs if not d.labels) >= 3  # texts with look-alikes only
    _assert_well_formed(docs)


def test_secret_development_split_covers_secrets_as_people_write_them() -> None:
    """dev15: secrets in prose, chats, configs, command lines and password-manager exports in at
    least ten languages, with placeholders and look-alikes that are not secret."""
    docs = load(DEV15)
    assert len(docs) >= 40
    assert len({d.lang for d in docs}) >= 10
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("SECRET") >= 80
    assert sum(1 for d in docs if "SECRET" not in {k for _, _, k in d.labels}) >= 1  # look-alikes only
    _assert_well_formed(docs)

def test_account_split_has_national_formats_and_look_alikes() -> None:
    """dev16: account numbers in payment instructions, payroll changes, supplier forms, chats and
    CSV exports in at least ten languages, plus texts with only invoice, order, customer and
    contract numbers and bank codes (BLZ, BIC) that are not accounts."""
    docs = load(DEV16)
    assert len(docs) >= 30
    assert len({d.lang for d in docs}) >= 10
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("ACCOUNT") >= 40
    assert sum(1 for d in docs if "ACCOUNT" not in {k for _, _, k in d.labels}) >= 3  # look-alikes only
    _assert_well_formed(docs)


def test_precision_split_is_business_text_with_few_people() -> None:
    """dev19: ordinary business text (orders, tickets, minutes, quotes, CSVs, logs) in at least
    twelve languages, dense with firms named after founders, brands, places and reference
    numbers; only a few real people, and most texts with no one to hide at all."""
    docs = load(DEV19)
    assert len(docs) >= 60
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert 5 <= kinds.count("PERSON") <= len(docs) // 3
    assert sum(1 for d in docs if not d.labels) * 2 > len(docs)  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV19B)  # written after the fixes on dev19, to check that they generalise
    assert len(fresh) >= 20 and len({d.lang for d in fresh}) >= 12
    _assert_well_formed(fresh)


def test_second_precision_split_is_business_text_of_many_kinds_with_few_people() -> None:
    """dev23: release notes, minutes, supplier lists, catalogues, clauses, itineraries, recipes,
    job ads, digests, SKU sheets and logs in at least twelve languages; a few people, most texts
    with no one to hide, written and measured before any fix on it."""
    docs = load(DEV23)
    assert len(docs) >= 70
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert 5 <= kinds.count("PERSON") <= len(docs) // 3
    assert sum(1 for d in docs if not d.labels) * 2 > len(docs)  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV23B)  # written after the first fixes on dev23 and only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 12
    _assert_well_formed(fresh)


def test_fifth_precision_split_is_work_text_dense_with_labels_codes_and_holidays() -> None:
    """dev42: plans, rosters, registers, tables and notices whose capitalised list words, table
    headers, team, product and project names, holidays and weekdays look like people, beside a
    few real people, in many languages."""
    docs = load(DEV42)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 15
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert 20 <= kinds.count("PERSON") <= len(docs)
    assert sum(1 for d in docs if not d.labels) >= 10  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV42B)  # written after the first fixes on dev42 and only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 15
    _assert_well_formed(fresh)


def test_fourth_precision_split_is_everyday_business_text_with_few_people() -> None:
    """dev37: product sheets, price lists, release notes, agendas with room names, status
    reports, job ads, logistics updates, legal boilerplate, marketing copy and wikis, dense with
    product, project, department and place names, codes, amounts and tracking numbers."""
    docs = load(DEV37)
    assert len(docs) >= 30
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert 3 <= kinds.count("PERSON") <= len(docs) // 3
    assert sum(1 for d in docs if not d.labels) * 2 > len(docs)  # look-alikes only
    _assert_well_formed(docs)


def test_third_precision_split_holds_the_known_look_alikes_in_many_languages() -> None:
    """dev28: work text with few people where everyday words that are also first names start a
    sentence, "X de Y" products and places, Nordic possessives, "Visa:" form lines, meeting IDs,
    config variable names and letters to bodies without a legal form occur."""
    docs = load(DEV28)
    assert len(docs) >= 40
    assert len({d.lang for d in docs}) >= 10
    assert sum(1 for d in docs if not d.labels) * 2 > len(docs)  # look-alikes only
    texts = "\n".join(d.text for d in docs)
    for sign in ("Marge brute", "Nová hala", "Min adresse", "Hans nye", "Visa:", "Meeting ID", "DB_PASS",
                 "SMTP_USER", "Stadtwerke Tübingen", " de "):
        assert sign in texts
    _assert_well_formed(docs)


def test_secret_account_card_split_covers_each_kind_in_many_languages() -> None:
    """dev18: passwords, PINs, vendor tokens, recovery codes and keys in links; bank accounts in
    national formats; cards spaced, dashed and half-masked, with CVVs; and texts holding only
    look-alikes (checksums, commit ids, tracking, order and VAT numbers, test cards)."""
    docs = load(DEV18)
    assert len(docs) >= 60
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("SECRET") >= 80 and kinds.count("ACCOUNT") + kinds.count("IBAN") >= 40
    assert kinds.count("CARD") >= 12
    assert sum(1 for d in docs if not {"SECRET", "ACCOUNT", "IBAN", "CARD"} & {k for _, _, k in d.labels}) >= 5
    _assert_well_formed(docs)


def test_the_check_split_of_dev18_holds_fresh_texts_of_its_kinds() -> None:
    """dev18b: written after the fixes on dev18 and measured before any fix on it, in at least
    twelve languages, with secrets, accounts, IBANs and cards, and texts of look-alikes only."""
    docs = load(DEV18B)
    assert len(docs) >= 30
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("SECRET") >= 30 and kinds.count("ACCOUNT") >= 12 and kinds.count("CARD") >= 3
    assert sum(1 for d in docs if not {"SECRET", "ACCOUNT", "IBAN", "CARD"} & {k for _, _, k in d.labels}) >= 3
def test_structured_split_has_national_forms_of_each_kind_and_look_alikes() -> None:
    """dev24: bank accounts in national forms (sort code, BSB, routing, CLABE, agência/conta,
    IFSC, NRB, clearing numbers), birth dates in many spellings and calendars, national IDs with
    and without cue words and phones in national formats, in at least twelve languages, with
    texts whose numbers are all look-alikes (invoice, policy and order numbers, other dates)."""
    docs = load(DEV24)
    assert len(docs) >= 70
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    for kind, least in (("ACCOUNT", 50), ("DOB", 50), ("NATIONAL_ID", 50), ("PHONE", 60)):
        assert kinds.count(kind) >= least, kind
    assert sum(1 for d in docs if not {"ACCOUNT", "DOB", "NATIONAL_ID", "PHONE", "IBAN"} & {k for _, _, k in d.labels}) >= 1
    _assert_well_formed(docs)
    fresh = load(DEV24B)  # written after the first fixes on dev24, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 12
    _assert_well_formed(fresh)
    harder = load(DEV24C)  # written after the dev24 fixes, measured before any fix on it
    assert len(harder) >= 25 and len({d.lang for d in harder}) >= 12
    _assert_well_formed(harder)
def test_id_split_covers_the_countries_the_other_splits_have_least() -> None:
    """dev34: national IDs, IBANs, birth dates and profile links of Latin American, Middle
    Eastern, Asian, Eastern European, Nordic and African countries, in at least eighteen
    languages, with texts whose numbers and links are all look-alikes (company registration and
    VAT numbers, invoices, order and founding dates, company pages)."""
    docs = load(DEV34)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 18
    kinds = [kind for d in docs for _, _, kind in d.labels]
    for kind, least in (("NATIONAL_ID", 60), ("IBAN", 25), ("DOB", 35), ("URL", 6)):
        assert kinds.count(kind) >= least, kind
    assert sum(1 for d in docs if not {"NATIONAL_ID", "IBAN", "DOB", "URL"} & {k for _, _, k in d.labels}) >= 1
    _assert_well_formed(docs)
    fresh = load(DEV34B)  # written after the first fixes on dev34, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 18
    _assert_well_formed(fresh)


def test_abbreviated_id_split_writes_cues_short_and_has_look_alikes() -> None:
    """dev39: IDs and birth dates after abbreviated cue words and symbols in at least twelve
    languages, some with no cue at all or split over two lines, beside firms' numbers, invoice
    and order numbers and founding dates left unlabelled."""
    docs = load(DEV39)
    assert len(docs) >= 30
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("NATIONAL_ID") >= 35 and kinds.count("DOB") >= 20
    assert sum(1 for d in docs for a, b, k in d.labels if k == "NATIONAL_ID" and "\n" in d.text[a:b]) >= 2
    _assert_well_formed(docs)


def test_form_id_split_has_every_spelling_and_look_alikes() -> None:
    """dev44: IDs, birth dates and IBANs as forms, exports, bookings and chats write them in at
    least fifteen languages: IDs with and without separators, birth dates after a weekday or in
    an era year, IBANs in lowercase or over two lines, and texts whose numbers and dates are all
    look-alikes (invoices, orders, firms' registration and VAT numbers, meetings)."""
    docs = load(DEV44)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 15
    kinds = [kind for d in docs for _, _, kind in d.labels]
    for kind, least in (("NATIONAL_ID", 50), ("DOB", 40), ("IBAN", 20)):
        assert kinds.count(kind) >= least, kind
    assert sum(1 for d in docs if not {"NATIONAL_ID", "IBAN", "DOB"} & {k for _, _, k in d.labels}) >= 3
    assert sum(1 for d in docs for a, b, k in d.labels if k == "IBAN" and "\n" in d.text[a:b]) >= 1
    _assert_well_formed(docs)
    fresh = load(DEV44B)  # written after the dev44 fixes, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 15
    _assert_well_formed(fresh)


def test_secret_split_has_every_kind_of_secret_and_its_look_alikes() -> None:
    """dev21: passwords, PINs, door, alarm and safe codes, one-time and recovery codes, wifi keys,
    2FA seeds, vendor and unknown tokens, JWTs, private keys and connection strings, in chats,
    emails, tickets, configs, logs, stack traces and exports in at least twelve languages; and
    texts whose only key-like strings are placeholders, masked values, hashes, ids and versions."""
    docs = load(DEV21)
    assert len(docs) >= 70
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("SECRET") >= 120
    assert sum(1 for d in docs if "SECRET" not in {k for _, _, k in d.labels}) >= 5  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV21B)  # written after the first fixes on dev21, only measured, to check that they generalise
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 12
    assert [kind for d in fresh for _, _, kind in d.labels].count("SECRET") >= 40
    _assert_well_formed(fresh)


def test_address_split_has_the_forms_people_write_and_look_alikes() -> None:
    """dev20: addresses in prose, letterheads, delivery notes, invoices, CSV/JSON rows and forms
    in at least twelve languages (East Asian, Indian, Brazilian, Turkish, Polish and Nordic forms
    among them), plus texts whose only places are meeting points, offices and firms' public
    addresses, which are no one's."""
    docs = load(DEV20)
    assert len(docs) >= 60
    assert len({d.lang for d in docs}) >= 12
    assert {"ja", "ko", "zh", "tr", "pl", "pt", "sv", "da", "no", "fi"} <= {d.lang for d in docs}
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("ADDRESS") >= 60
    assert sum(1 for d in docs if "ADDRESS" not in {k for _, _, k in d.labels}) >= 8  # look-alikes only
    _assert_well_formed(docs)
    second = load(DEV35)  # the forms dev32b showed left, measured before any fix for it
    assert len(second) >= 30 and len({d.lang for d in second}) >= 15
    assert [kind for d in second for _, _, kind in d.labels].count("ADDRESS") >= 50
    _assert_well_formed(second)
    third = load(DEV36)  # lowercase chats, door numbers, quadras, titled streets, villages; venues in each language
    assert len(third) >= 25 and len({d.lang for d in third}) >= 12
    assert sum(1 for d in third if "ADDRESS" not in {k for _, _, k in d.labels}) >= 6
    _assert_well_formed(third)
    third_fresh = load(DEV36B)  # written after the dev36 fixes, only measured
    assert len(third_fresh) >= 20 and len({d.lang for d in third_fresh}) >= 10
    _assert_well_formed(third_fresh)
    second_fresh = load(DEV35B)  # written after the dev35 fixes, only measured
    assert len(second_fresh) >= 20 and len({d.lang for d in second_fresh}) >= 12
    _assert_well_formed(second_fresh)
    fresh = load(DEV32B)  # written after the dev32 fixes, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 14
    assert sum(1 for d in fresh if "ADDRESS" not in {k for _, _, k in d.labels}) >= 3
    _assert_well_formed(fresh)


def test_prose_address_split_covers_scripts_sloppy_forms_and_look_alikes() -> None:
    """dev43: addresses as ordinary work pastes them (prose in each language, partial ones,
    private signatures, chats, sloppy forms, split CSV/JSON fields, seven non-Latin scripts,
    post boxes and rural routes), with firm footers, venues, project names and directions left
    unlabelled."""
    docs = load(DEV43)
    assert len(docs) >= 50 and len({d.lang for d in docs}) >= 20
    assert {"el", "ru", "uk", "bg", "ar", "he", "ja", "zh", "ko"} <= {d.lang for d in docs}
    assert [kind for d in docs for _, _, kind in d.labels].count("ADDRESS") >= 60
    assert sum(1 for d in docs if "ADDRESS" not in {k for _, _, k in d.labels}) >= 6
    _assert_well_formed(docs)
    fresh = load(DEV43B)  # written after the dev43 fixes, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 15
    assert sum(1 for d in fresh if "ADDRESS" not in {k for _, _, k in d.labels}) >= 3
    _assert_well_formed(fresh)


@pytest.mark.parametrize(("path", "size", "addresses", "look_alikes"), [(DEV20B, 40, 50, 6), (DEV20C, 35, 40, 5), (DEV20D, 30, 28, 4), (DEV20E, 30, 25, 3),
                                                                        (DEV20F, 20, 20, 2)],
                         ids=["dev20b", "dev20c", "dev20d", "dev20e", "dev20f"])
def test_later_address_splits_were_written_after_the_fixes_before_them(path, size, addresses, look_alikes) -> None:  # type: ignore[no-untyped-def]
    """dev20b to dev20f: fresh texts of dev20's kinds (CVs, HR and insurance forms in dev20c,
    addresses inside sentences in dev20d), in as many languages, each with its own look-alikes."""
    docs = load(path)
    assert len(docs) >= size
    assert len({d.lang for d in docs}) >= 12
    assert [kind for d in docs for _, _, kind in d.labels].count("ADDRESS") >= addresses
    assert sum(1 for d in docs if "ADDRESS" not in {k for _, _, k in d.labels}) >= look_alikes
def test_address_and_card_split_has_each_country_form_and_look_alikes() -> None:
    """dev25: addresses in each country's written form and cards as people paste them, in at least
    fourteen languages, with masked cards, firms' public addresses, landmarks and travel places
    left unlabelled."""
    docs = load(DEV25)
    assert len(docs) >= 70
    assert len({d.lang for d in docs}) >= 14
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("ADDRESS") >= 70 and kinds.count("CARD") >= 12
    assert sum(1 for d in docs if not {"ADDRESS", "CARD"} & {k for _, _, k in d.labels}) >= 8  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV25B)  # written after the first fixes on dev25, only measured
    assert len(fresh) >= 30 and len({d.lang for d in fresh}) >= 14
    _assert_well_formed(fresh)


def test_second_address_split_has_the_forms_left_after_dev25() -> None:
    """dev29: addresses in the forms the dev25 fixes left (number before the street, stands and
    extensions, town first, East Asian addresses in sentences, US units), in at least twelve
    languages, with firms' public addresses and venues left unlabelled."""
    docs = load(DEV29)
    assert len(docs) >= 40
    assert {"es", "it", "pl", "hu", "cs", "ja", "zh", "ko"} <= {d.lang for d in docs}
    assert len({d.lang for d in docs}) >= 12
    assert [kind for d in docs for _, _, kind in d.labels].count("ADDRESS") >= 35
    assert sum(1 for d in docs if "ADDRESS" not in {k for _, _, k in d.labels}) >= 5  # look-alikes only


def test_third_address_split_has_the_documents_addresses_are_pasted_in() -> None:
    """dev32: addresses as fresh text writes them (bill-to and ship-to blocks, courier labels,
    address-change forms, tenancy and insurance letters, rows with the parts in separate cells,
    JSON address objects) in at least fifteen languages and thirty countries, with firms' and
    venues' addresses, streets as project names and postcode-like amounts left unlabelled."""
    docs = load(DEV32)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 15 and len({d.country for d in docs}) >= 30
    assert {"invoice", "delivery", "hr", "form", "letter", "csv", "tsv", "json"} <= {d.kind for d in docs}
    assert [kind for d in docs for _, _, kind in d.labels].count("ADDRESS") >= 100
    assert sum(1 for d in docs if "ADDRESS" not in {k for _, _, k in d.labels}) >= 8  # look-alikes only
    _assert_well_formed(docs)


def test_second_secret_split_has_spoken_pasted_and_split_forms_and_look_alikes() -> None:
    """dev26: passwords dictated across two chat messages, voicemail transcripts with codes in
    words, screenshots typed out, handover tables, tokens in URLs and tool logs, keys in code
    comments, vault notes and backup-code lists, in at least ten languages and several scripts,
    with texts whose only secret-like strings are order numbers, serials, hashes and policies."""
    docs = load(DEV26)
    assert len(docs) >= 40
    assert len({d.lang for d in docs}) >= 10
    assert [kind for d in docs for _, _, kind in d.labels].count("SECRET") >= 60
    assert sum(1 for d in docs if "SECRET" not in {k for _, _, k in d.labels}) >= 4  # look-alikes only
    _assert_well_formed(docs)


def test_third_secret_split_has_config_connection_command_and_account_forms() -> None:
    """dev33: secrets in config files, connection strings, command lines, keys, tokens, notices and
    SMS codes, and account numbers with each language's cue words, in at least twelve languages,
    with texts whose only secret-like strings are placeholders, public keys, hashes and order numbers."""
    docs = load(DEV33)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("SECRET") >= 70 and kinds.count("ACCOUNT") >= 20
    assert sum(1 for d in docs if not {"SECRET", "ACCOUNT"} & {k for _, _, k in d.labels}) >= 3  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV33B)  # written after the dev33 fixes, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 12
    _assert_well_formed(fresh)


def test_fourth_secret_split_has_spoken_tabled_logged_and_linked_secrets_and_accounts() -> None:
    """dev41: passwords and codes said in chats in each language, password columns, typed-out
    screenshots, tickets, handovers, shell history, environment dumps, headers, cookies and
    session ids in logs, signed URLs, webhooks, magic, invite and booking links, and accounts as
    payroll and expense text writes them, in at least twelve languages, with texts whose only
    key-like strings are placeholders, hashes, commit, build and order numbers and public links."""
    docs = load(DEV41)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("SECRET") >= 60 and kinds.count("ACCOUNT") >= 30 and kinds.count("URL") >= 12
    assert sum(1 for d in docs if not {"SECRET", "ACCOUNT", "URL"} & {k for _, _, k in d.labels}) >= 6  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV41B)  # written after the first dev41 fixes, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 12
    _assert_well_formed(fresh)


def test_fifth_secret_split_has_house_codes_flags_connection_strings_and_accounts_of_many_countries() -> None:
    """dev45: key-box, gate, alarm and Wi-Fi codes in house manuals, one-time and backup codes,
    passwords after command-line flags, in URL userinfo and connection strings, and accounts as
    refund, payroll, utility and insurance text of at least fifteen countries writes them, in at
    least twelve languages, with texts whose only key-like strings are documentation keys,
    hashes, ids and order, tracking and invoice numbers."""
    docs = load(DEV45)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 12
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("SECRET") >= 70 and kinds.count("ACCOUNT") >= 25 and kinds.count("URL") >= 5
    assert sum(1 for d in docs if not {"SECRET", "ACCOUNT", "URL"} & {k for _, _, k in d.labels}) >= 4  # look-alikes only
    assert len({d.country for d in docs for _, _, k in d.labels if k == "ACCOUNT"}) >= 15
    _assert_well_formed(docs)
    fresh = load(DEV45B)  # written after the dev45 fixes, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 12
    _assert_well_formed(fresh)


def test_sixth_secret_split_has_configs_chats_in_many_languages_national_accounts_and_look_alikes() -> None:
    """dev48: passwords and tokens in .env, YAML, INI, JSON, compose, connection strings,
    curl/httpie, CI logs and stack traces, passwords and one-time codes in chats of at least twenty
    languages, bank accounts in national formats beside each language's words, profile links, IDs
    and birth dates in forms, and texts whose only key-like strings are order, invoice and ticket
    numbers, versions, hashes and documentation keys."""
    docs = load(DEV48)
    assert len(docs) >= 60
    assert len({d.lang for d in docs}) >= 20
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert kinds.count("SECRET") >= 80 and kinds.count("ACCOUNT") >= 25 and kinds.count("URL") >= 5
    assert sum(1 for d in docs if not {"SECRET", "ACCOUNT", "URL"} & {k for _, _, k in d.labels}) >= 3  # look-alikes only
    assert len({d.country for d in docs for _, _, k in d.labels if k == "ACCOUNT"}) >= 15
    _assert_well_formed(docs)
    fresh = load(DEV48B)  # written before any fix for dev48, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 12
    assert {d.text for d in fresh}.isdisjoint({d.text for d in docs})
    _assert_well_formed(fresh)
    assert SPLITS["hand-written dev48"] == (DEV48,) and SPLITS["hand-written dev48b"] == (DEV48B,)


def test_name_split_has_the_documents_and_shapes_names_are_written_in() -> None:
    """dev17: names in email threads with quoted replies, chats, attendee lists, CRM notes, HR
    notes, tickets, signatures, CSV/JSON rows, logs and handles, in at least twelve languages, with
    titles, capitals, particles and hyphens, and firms and places that look like names."""
    docs = load(DEV17)
    assert len(docs) >= 60
    assert len({d.lang for d in docs}) >= 12
    people = [d.text[a:b] for d in docs for a, b, kind in d.labels if kind == "PERSON"]
    assert len(people) >= 250
    assert sum(p.isupper() for p in people) >= 5 and sum(p.islower() for p in people) >= 20
    assert sum("-" in p for p in people) >= 5 and sum(d.text[a - 1 : a] == "@" for d in docs for a, _, kind in d.labels if kind == "PERSON") >= 3
    assert {"email", "chat", "notes", "crm", "hr", "ticket", "csv", "json", "log", "signature"} <= {d.kind for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 2  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV46B)  # written after the first fixes on dev46 and only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 15
    _assert_well_formed(fresh)


def test_name_check_split_is_fresh_and_in_many_languages() -> None:
    """dev17b: texts of dev17's categories written after its fixes, to measure them once."""
    docs = load(DEV17B)
    assert len(docs) >= 25
    assert len({d.lang for d in docs}) >= 12
    _assert_well_formed(docs)


def test_second_name_split_has_the_documents_and_shapes_names_are_written_in() -> None:
    """dev22: names in forwarded threads, chat exports (Slack, Teams, WhatsApp), minutes with
    action items, CRM/CSV/JSON rows, git logs and reviews, invites and HR notes, in at least twelve
    languages, with capitals, lower case, initials, hyphens, honorifics, handles, possessives and
    look-alike firms and places."""
    docs = load(DEV22)
    assert len(docs) >= 70
    assert len({d.lang for d in docs}) >= 12
    people = [d.text[a:b] for d in docs for a, b, kind in d.labels if kind == "PERSON"]
    assert len(people) >= 350
    assert sum(p.isupper() for p in people) >= 5 and sum(p.islower() for p in people) >= 30
    assert sum("-" in p for p in people) >= 10 and sum(d.text[b : b + 2] == "'s" for d in docs for _, b, _ in d.labels) >= 2
    assert {"email", "chat", "whatsapp", "teams", "slack", "notes", "crm", "hr", "ticket", "csv", "json", "git",
            "review", "invite", "signature", "log"} <= {d.kind for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 2  # look-alikes only (a role mailbox is labelled too)
    _assert_well_formed(docs)


def test_second_name_check_split_is_fresh_and_in_many_languages() -> None:
    """dev22b: texts of dev22's categories written after its first fixes, to measure them once."""
    docs = load(DEV22B)
    assert len(docs) >= 25
    assert len({d.lang for d in docs}) >= 12
    assert sum(1 for d in docs if not d.labels) >= 1
    _assert_well_formed(docs)


def test_third_name_split_holds_the_forms_it_was_written_for() -> None:
    """dev27: names in running CJK text, inflected and diminutive names, genitives, single
    lowercase chat names and Arabic-script names, in many languages, with look-alike texts."""
    docs = load(DEV27)
    assert len(docs) >= 40
    assert {"zh", "ja", "ko", "pl", "cs", "ru", "uk", "ar", "tr", "de"} <= {d.lang for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 5
    names = [d.text[a:b] for d in docs for a, b, kind in d.labels if kind == "PERSON"]
    assert len(names) >= 150 and sum(name.islower() for name in names) >= 10
    _assert_well_formed(docs)


def test_prose_name_split_has_everyday_word_names_every_origin_and_look_alikes() -> None:
    """dev30: names in running prose (names that are everyday words, names of every origin in
    any language, first names after verbs and prepositions, possessives, lists, initials, double
    surnames) in at least fourteen languages, with texts whose capitalised words are mostly firms,
    brands, ships, streets or projects."""
    docs = load(DEV30)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 14
    names = {d.text[a:b] for d in docs for a, b, kind in d.labels if kind == "PERSON"}
    assert len(names) >= 200
    assert {"Will", "Grace", "Hope", "Mark", "Rose", "Sunny", "Frank", "Ernst", "Claire", "Paz", "Rosa", "Dolores", "Nur"} <= names
    assert sum(1 for d in docs if len(d.labels) <= 3) >= 6  # mostly look-alikes, a person or two among them
    _assert_well_formed(docs)
    fresh = load(DEV30B)  # written after the first fixes on dev30, only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 14
    _assert_well_formed(fresh)


def test_structure_name_split_holds_the_forms_it_was_written_for() -> None:
    """dev31: names in the structure of documents (headers, signatures, chat exports, invites,
    tables, JSON/YAML, paths, logs, forms in capitals) in many languages, with look-alike teams,
    bots and mailboxes left unlabelled."""
    docs = load(DEV31)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 14
    assert {"email", "whatsapp", "teams", "slack", "zoom", "calendar", "csv", "json", "yaml", "git", "form"} <= {d.kind for d in docs}
    assert sum(1 for d in docs if not any(kind == "PERSON" for _, _, kind in d.labels)) >= 2
    names = [d.text[a:b] for d in docs for a, b, kind in d.labels if kind == "PERSON"]
    assert len(names) >= 200 and sum(", " in name for name in names) >= 8 and sum(name.isupper() for name in names) >= 6
    _assert_well_formed(docs)
    fresh = load(DEV31B)  # written after the first fixes on dev31 and only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 12
    _assert_well_formed(fresh)


def test_name_form_split_has_particles_surname_first_cases_short_forms_and_look_alikes() -> None:
    """dev38: names in the forms the other splits have least (two surnames and particles, surname
    first in Latin script, vocative and case endings after greetings, Dutch and Flemish particles,
    lowercase chat names that are everyday words, initials sign-offs, nicknames) in at least twelve
    languages, with firms, places and products named like people left unlabelled."""
    docs = load(DEV38)
    assert len(docs) >= 30 and len({d.lang for d in docs}) >= 12
    names = {d.text[a:b] for d in docs for a, b, kind in d.labels if kind == "PERSON"}
    assert {"Pieter van der Berg", "Kowalska", "Novotný", "Yılmaz", "Nagy Péter", "Bea", "Xavi", "Sanna"} <= names
    assert sum(1 for d in docs if not d.labels) >= 2  # look-alikes only
    _assert_well_formed(docs)


def test_running_prose_name_split_has_cases_lists_file_names_scripts_and_look_alikes() -> None:
    """dev40: names in running prose with no title or cue, case endings, attendee lists, file
    names and calendar titles, everyday-word names, and names in six non-Latin scripts, in at
    least fifteen languages, with firms and places named like people left unlabelled."""
    docs = load(DEV40)
    assert len(docs) >= 50 and len({d.lang for d in docs}) >= 15
    names = {d.text[a:b] for d in docs for a, b, kind in d.labels if kind == "PERSON"}
    assert {"Kowalskiego", "Jánosnak", "Petrovu", "Okonkwo", "Guy", "Mercedes"} <= names
    assert {"el", "ru", "uk", "ar", "he", "hi", "th"} <= {d.lang for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 3  # look-alikes only
    _assert_well_formed(docs)
    fresh = load(DEV40B)  # written after the first fixes on dev40 and only measured
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 15
    _assert_well_formed(fresh)


def test_name_origin_split_has_native_scripts_romanisations_and_look_alikes() -> None:
    """dev46: names of the origins the lists hold least, in their own scripts inside local text
    (Georgian, Armenian, Bengali, Tamil, Thai, Greek, Cyrillic, Arabic, Hebrew, CJK, Hangul) and
    in romanisations, one person written several ways in one text, in at least fifteen
    languages, with buildings, streets, ships and awards named after people left unlabelled."""
    docs = load(DEV46)
    assert len(docs) >= 50 and len({d.lang for d in docs}) >= 15
    assert {"ka", "hy", "bn", "ta", "th", "el", "ar", "he", "zh", "ja", "ko"} <= {d.lang for d in docs}
    names = {d.text[a:b] for d in docs for a, b, kind in d.labels if kind == "PERSON"}
    assert {"Selamawit", "Faadumo", "Tadhg", "Rāwiri", "Khalid bin Turki al-Otaibi"} <= names
    assert sum(1 for d in docs if not d.labels) >= 2  # look-alikes only
    _assert_well_formed(docs)


@pytest.mark.parametrize(("path", "size"), [(DEV10, 80), (DEV11, 50), (DEV12, 44), (DEV13, 40), (DEV14, 28)],
                         ids=["dev10", "dev11", "dev12", "dev13", "dev14"])
def test_structured_development_splits_are_dense_with_structured_values(path, size) -> None:  # type: ignore[no-untyped-def]
    """dev10 to dev14 aim at the structured types (bank formats, birth dates beside other dates,
    IDs, secrets, odd email spellings, IPs in logs) in many languages, held to the same format rules."""
    docs = load(path)
    assert len(docs) >= size
    assert len({d.lang for d in docs}) >= 10
    kinds = [kind for d in docs for _, _, kind in d.labels]
    for kind in ("ACCOUNT", "DOB", "NATIONAL_ID", "SECRET"):
        assert kinds.count(kind) >= size // 4, kind
    assert {"EMAIL", "PHONE", "IP", "IBAN"} <= set(kinds)
    _assert_well_formed(docs)


def test_third_frozen_split_holds_the_mix_it_was_written_for() -> None:
    """frozen3: at least 160 texts in the twelve languages and four English locales it was written
    for, every label type, many kinds of document, and texts with nothing to hide (hard negatives)."""
    docs = load(FROZEN3)
    assert len(docs) >= 160
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "ja", "zh"} <= {d.lang for d in docs}
    assert {"GB", "US", "IN", "AU"} <= {d.country for d in docs if d.lang == "en"}
    assert ("pt", "BR") in {(d.lang, d.country) for d in docs}
    assert {kind for d in docs for _, _, kind in d.labels} == TYPES
    assert {"email", "chat", "crm", "ticket", "invoice", "cv", "csv", "json", "log", "hr", "letter"} <= {
        d.kind for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 10
    assert sum(1 for d in docs if d.lang == "en") <= len(docs) // 3


def test_fourth_frozen_split_holds_the_mix_it_was_written_for() -> None:
    """frozen4: at least 160 texts in the twelve languages and four English locales it was written
    for, every label type, many kinds of document (threads, sheets, configs, letters), no title
    inside a name label, and texts with nothing to hide (hard negatives); well-formed."""
    docs = load(FROZEN4)
    assert len(docs) >= 160
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "ja", "zh"} <= {d.lang for d in docs}
    assert {"GB", "US", "IN", "AU"} <= {d.country for d in docs if d.lang == "en"}
    assert ("pt", "BR") in {(d.lang, d.country) for d in docs}
    assert {kind for d in docs for _, _, kind in d.labels} == TYPES
    assert {"email", "chat", "crm", "ticket", "invoice", "cv", "csv", "tsv", "table", "json", "log", "hr",
            "letter", "config"} <= {d.kind for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 10
    assert sum(1 for d in docs if d.lang == "en") <= len(docs) // 3
    titles = ("mr ", "mr. ", "ms ", "ms. ", "mrs ", "dr ", "dr. ", "frau ", "herr ", "mme ", "sr. ", "sra. ", "dott. ")
    names = [doc.text[a:b].lower() for doc in docs for a, b, kind in doc.labels if kind == "PERSON"]
    assert not [name for name in names if name.startswith(titles)]
    _assert_well_formed(docs)


def test_fifth_frozen_split_holds_the_mix_it_was_written_for() -> None:
    """frozen5: at least 160 texts in the twelve languages and four English locales it was written
    for (and a few more), every label type, threads, sheets, configs, letters and logs, no title
    inside a name label, names in capitals and in lowercase chat, and texts with nothing to hide."""
    docs = load(FROZEN5)
    assert len(docs) >= 160
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "ja", "zh"} <= {d.lang for d in docs}
    assert len({d.lang for d in docs}) >= 15
    assert {"GB", "US", "IN", "AU"} <= {d.country for d in docs if d.lang == "en"}
    assert ("pt", "BR") in {(d.lang, d.country) for d in docs}
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert set(kinds) == TYPES
    assert kinds.count("PERSON") >= 250 and kinds.count("SECRET") >= 20 and kinds.count("NATIONAL_ID") >= 40
    assert {"email", "chat", "crm", "ticket", "invoice", "cv", "csv", "tsv", "table", "json", "log", "hr",
            "letter", "config", "notes"} <= {d.kind for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 15
    assert sum(1 for d in docs if d.lang == "en") <= len(docs) // 3
    titles = ("mr ", "mr. ", "ms ", "ms. ", "mrs ", "dr ", "dr. ", "frau ", "herr ", "mme ", "sr. ", "sra. ", "dott. ",
              "sig. ", "sig.ra ", "mag. ", "rev. ", "dra. ")
    names = [doc.text[a:b] for doc in docs for a, b, kind in doc.labels if kind == "PERSON"]
    assert not [name for name in names if name.lower().startswith(titles)]
    assert sum(name.isupper() for name in names) >= 3 and sum(name.islower() for name in names) >= 20
    _assert_well_formed(docs)


def test_sixth_frozen_split_holds_the_mix_it_was_written_for() -> None:
    """frozen6: one small team's week, at least 160 texts in the twelve languages and four English
    locales it was written for and at least twelve more (Nordic, Central European, Greek, Cyrillic,
    Arabic, Hebrew, Devanagari, Korean, Vietnamese, Indonesian), every label type, threads, sheets,
    configs, letters and logs, no title inside a name label, names in capitals and in lowercase chat,
    and many texts with nothing to hide."""
    docs = load(FROZEN6)
    assert len(docs) >= 160
    languages = {d.lang for d in docs}
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "ja", "zh"} <= languages
    assert {"da", "no", "fi", "cs", "ro", "hu", "el", "ru", "uk", "ar", "he", "hi", "ko", "vi", "id"} <= languages
    assert {"GB", "US", "IN", "AU"} <= {d.country for d in docs if d.lang == "en"}
    assert ("pt", "BR") in {(d.lang, d.country) for d in docs}
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert set(kinds) == TYPES
    assert kinds.count("PERSON") >= 300 and kinds.count("SECRET") >= 20 and kinds.count("NATIONAL_ID") >= 50
    assert {"email", "chat", "crm", "ticket", "invoice", "cv", "csv", "tsv", "table", "json", "log", "hr",
            "letter", "config", "notes", "doc"} <= {d.kind for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 30
    assert sum(1 for d in docs if d.lang == "en") <= len(docs) // 3
    titles = ("mr ", "mr. ", "ms ", "ms. ", "mrs ", "dr ", "dr. ", "frau ", "herr ", "mme ", "m. ", "sr. ", "sra. ",
              "lic. ", "dott. ", "dott.ssa ", "sig. ", "sig.ra ", "ing. ", "av. ", "mag. ", "rev. ", "dra. ")
    names = [doc.text[a:b] for doc in docs for a, b, kind in doc.labels if kind == "PERSON"]
    assert not [name for name in names if name.lower().startswith(titles)]
    assert sum(name.isupper() for name in names) >= 3 and sum(name.islower() for name in names) >= 40
    _assert_well_formed(docs)


def test_seventh_frozen_split_holds_the_mix_it_was_written_for() -> None:
    """frozen7: a small team's ordinary week (sales and supplier threads, support tickets,
    recruiting, finance, payroll, operations, IT), at least 160 texts in at least 25 languages and six
    English locales, every label type, no title inside a name label, names in capitals and in
    lowercase chat, at most a third in English and many texts with nothing to hide."""
    docs = load(FROZEN7)
    assert len(docs) >= 160
    languages = {d.lang for d in docs}
    assert len(languages) >= 25
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "da", "no", "fi", "cs", "ro", "hu",
            "el", "ru", "uk", "ar", "he", "hi", "zh", "ja", "ko", "vi", "id"} <= languages
    assert {"GB", "US", "IN", "AU", "IE", "ZA"} <= {d.country for d in docs if d.lang == "en"}
    assert {("de", "AT"), ("de", "CH"), ("fr", "BE"), ("fr", "CA"), ("es", "MX"), ("es", "AR"), ("pt", "BR"),
            ("pt", "PT")} <= {(d.lang, d.country) for d in docs}
    kinds = [kind for d in docs for _, _, kind in d.labels]
    assert set(kinds) == TYPES
    assert kinds.count("PERSON") >= 300 and kinds.count("SECRET") >= 20 and kinds.count("NATIONAL_ID") >= 50
    assert {"email", "chat", "crm", "ticket", "invoice", "cv", "csv", "tsv", "table", "json", "log", "hr",
            "letter", "config", "notes", "doc", "expense", "rota", "delivery"} <= {d.kind for d in docs}
    assert sum(1 for d in docs if not d.labels) >= 30
    assert sum(1 for d in docs if d.lang == "en") <= len(docs) // 3
    titles = ("mr ", "mr. ", "ms ", "ms. ", "mrs ", "dr ", "dr. ", "frau ", "herr ", "hr. ", "mme ", "m. ", "madame ",
              "monsieur ", "mevrouw ", "sr. ", "sra. ", "don ", "dott. ", "dott.ssa ", "sig. ", "pan ", "pani ",
              "dl. ", "pak ", "bu ")
    names = [doc.text[a:b] for doc in docs for a, b, kind in doc.labels if kind == "PERSON"]
    assert not [name for name in names if name.lower().startswith(titles)]
    assert not [name for name in names if name.endswith((" Bey", " Hanım", "经理", "さん", "様", "님"))]
    assert sum(name.isupper() for name in names) >= 3 and sum(name.islower() for name in names) >= 30
    _assert_well_formed(docs)


@pytest.mark.parametrize("path", ALL_FILES, ids=ALL_IDS)
def test_every_document_has_a_kind_a_language_and_text(path) -> None:  # type: ignore[no-untyped-def]
    for doc in load(path):
        assert doc.kind and len(doc.lang) == 2 and doc.text.strip()


def test_the_files_hold_different_documents() -> None:
    """A text copied from a development file into a frozen one would be measured as unseen."""
    paths = sorted({path for paths in SPLITS.values() for path in paths})  # every development and frozen file
    texts = [doc.text for path in paths for doc in load(path)]
    assert len(texts) == len(set(texts))


def test_the_bench_reports_each_file_and_both_frozen_files_together() -> None:
    reported = {path for paths in SPLITS.values() for path in paths}
    assert reported == set(ALL_FILES) | {
        DEV3, *SPLITS["hand-written dev4"], *SPLITS["hand-written dev5"], DEV7, DEV8, DEV8B, DEV9, DEV10, DEV11,
        DEV11_IDS, DEV12, DEV13, DEV14, DEV13_PREC, DEV15, DEV16, DEV18, DEV18B,
        DEV20, DEV20B, DEV20C, DEV20D, DEV20E, DEV20F, DEV21, DEV21B,
        DEV17, DEV17B, DEV19, DEV19B, DEV22, DEV22B, DEV23, DEV23B, DEV24, DEV24B, DEV24C, DEV25, DEV25B,
        DEV26, DEV27, DEV28, DEV29, DEV30, DEV30B, DEV31, DEV31B, DEV32, DEV32B, DEV33, DEV33B, DEV34, DEV34B,
        DEV35, DEV35B, DEV36, DEV36B, DEV37, DEV38, DEV39, DEV41, DEV41B, DEV42, DEV42B, DEV43,
        DEV43B, DEV44, DEV44B, DEV45, DEV45B, DEV40, DEV40B, DEV46, DEV46B, DEV47, DEV47B,
        DEV51, DEV50, DEV50B, DEV48, DEV48B, DEV49, DEV49B,
        DEV54, DEV54B}
    assert (FROZEN, FROZEN2) in SPLITS.values()
    assert SPLITS["hand-written FROZEN3"] == (FROZEN3,)
    assert SPLITS["hand-written FROZEN+FROZEN2+FROZEN3"] == (FROZEN, FROZEN2, FROZEN3)
    assert SPLITS["hand-written FROZEN4"] == (FROZEN4,)
    assert SPLITS["hand-written FROZEN+FROZEN2+FROZEN3+FROZEN4"] == (FROZEN, FROZEN2, FROZEN3, FROZEN4)
    assert SPLITS["hand-written FROZEN5"] == (FROZEN5,)
    assert SPLITS["hand-written FROZEN+FROZEN2+FROZEN3+FROZEN4+FROZEN5"] == (FROZEN, FROZEN2, FROZEN3, FROZEN4, FROZEN5)
    assert SPLITS["hand-written FROZEN6"] == (FROZEN6,)
    assert SPLITS["hand-written FROZEN+FROZEN2+FROZEN3+FROZEN4+FROZEN5+FROZEN6"] == (
        FROZEN, FROZEN2, FROZEN3, FROZEN4, FROZEN5, FROZEN6)
    assert SPLITS["hand-written FROZEN7"] == (FROZEN7,)
    assert SPLITS["hand-written FROZEN+FROZEN2+FROZEN3+FROZEN4+FROZEN5+FROZEN6+FROZEN7"] == FROZEN_FILES == (
        FROZEN, FROZEN2, FROZEN3, FROZEN4, FROZEN5, FROZEN6, FROZEN7)


def test_labels_map_to_the_text_without_markup() -> None:
    [doc] = parse("=== chat en GB\n[09:00] ⟦PERSON|ollie⟧: call ⟦PHONE|07700 900 412⟧ ok\n")
    assert doc.text == "[09:00] ollie: call 07700 900 412 ok"
    assert [doc.text[a:b] for a, b, _ in doc.labels] == ["ollie", "07700 900 412"]


def test_eighth_development_split_is_mostly_not_english() -> None:
    """dev8 is real work text as people write it: most of it in other languages than English,
    names and addresses labelled in every script."""
    docs = load(DEV8)
    assert len(docs) >= 80
    assert len(load(DEV8B)) >= 30 and sum(d.lang != "en" for d in load(DEV8B)) * 2 > len(load(DEV8B))
    assert len({d.lang for d in docs}) >= 12
    assert sum(d.lang != "en" for d in docs) * 2 > len(docs)
    kinds = {kind for d in docs for _, _, kind in d.labels}
    assert {"PERSON", "ADDRESS", "EMAIL", "PHONE"} <= kinds
    _assert_well_formed(docs)


def test_unknown_label_types_are_rejected() -> None:
    with pytest.raises(ValueError):
        parse("=== chat en GB\n⟦NAME|ollie⟧\n")


def test_development_split_stays_above_its_floors() -> None:
    """A regression guard on the split the detector is tuned on (the frozen split is only measured,
    by ``python -m bench privacy``, never asserted on, so nobody is tempted to tune on it)."""
    from desktop.core.privacy import redact_text

    caught = {"PERSON": 0, "ADDRESS": 0, "OTHER": 0}
    total = dict.fromkeys(caught, 0)
    returned = correct = 0
    for doc in load(DEV):
        spans = redact_text(doc.text, country=doc.country).spans
        covered = bytearray(len(doc.text))
        for s in spans:
            covered[s.input_start : s.input_end] = b"\x01" * (s.input_end - s.input_start)
        labelled = bytearray(len(doc.text))
        for a, b, kind in doc.labels:
            labelled[a:b] = b"\x01" * (b - a)
            group = kind if kind in caught else "OTHER"
            total[group] += 1
            caught[group] += sum(covered[a:b]) >= 0.9 * (b - a)
        returned += len(spans)
        correct += sum(1 for s in spans if any(labelled[s.input_start : s.input_end]))
    assert caught["PERSON"] / total["PERSON"] >= 0.94
    assert caught["ADDRESS"] / total["ADDRESS"] >= 0.95
    assert caught["OTHER"] / total["OTHER"] >= 0.99
    assert correct / returned >= 0.97


def test_every_mailbox_in_the_development_files_is_labelled_role_mailboxes_too() -> None:
    """The labelling notes' one rule for addresses: a role mailbox (info@, jobs@, noreply@) is
    labelled EMAIL like a person's; only a DSN's key after "//" and a documentation sample at a
    domain reserved for examples are no mailbox. (Development files only: the frozen ones are
    never read text by text.)"""
    address = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}")
    development = sorted({p for paths in SPLITS.values() for p in paths} - set(FROZEN_FILES))
    unlabelled = []
    for path in development:
        for doc in load(path):
            labelled = [(a, b) for a, b, kind in doc.labels if kind in ("EMAIL", "SECRET", "URL")]
            for m in address.finditer(doc.text):
                if any(a <= m.start() < b for a, b in labelled):
                    continue
                if doc.text[max(0, m.start() - 2) : m.start()] == "//" or sample_email(m.group(0)):
                    continue
                unlabelled.append((path.name, m.group(0)))
    assert unlabelled == []
