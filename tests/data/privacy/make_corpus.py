"""Generate the labelled privacy corpus (``corpus.jsonl``) used by ``python -m bench privacy``.

    .venv/bin/pip install ".[bench]" && .venv/bin/python tests/data/privacy/make_corpus.py

Business-style texts (emails, meeting transcripts, CRM notes, signatures, invoices) in seven
locales, with every personal value labelled by character offsets. Values come from Faker, which
the detector never uses (its lists come from the census, nam_dict and wordfreq), so the corpus
measures the detector rather than echoing its dictionaries. Secrets are not stored here: the
benchmark builds them at run time, so no key-shaped string is committed.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
from pathlib import Path

from faker import Faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
COUNTRY = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL"}
DOCS_PER_KIND = 14
OUT = Path(__file__).with_name("corpus.jsonl")

GREET = {"en_US": "Hi", "en_GB": "Dear", "de_DE": "Hallo", "fr_FR": "Bonjour", "es_ES": "Hola", "it_IT": "Ciao", "nl_NL": "Beste"}
SIGN = {
    "en_US": "Best regards,", "en_GB": "Kind regards,", "de_DE": "Viele Grüße,", "fr_FR": "Cordialement,",
    "es_ES": "Un saludo,", "it_IT": "Cordiali saluti,", "nl_NL": "Met vriendelijke groet,",
}
BORN = {
    "en_US": "date of birth", "en_GB": "born on", "de_DE": "geboren am", "fr_FR": "née le", "es_ES": "fecha de nacimiento",
    "it_IT": "nata il", "nl_NL": "geboortedatum",
}
FILLER = [
    "The Q3 figures look fine and the budget of 12,500 EUR is approved.",
    "We shipped order 44718 on Tuesday; the tracking page shows it in transit.",
    "Please review the attached proposal before the workshop at 10:30.",
    "The renewal covers 25 seats and the premium support plan.",
    "Version 2.4 of the report fixes the totals on page 7.",
    "Our team in Rotterdam finished the migration ahead of schedule.",
    "Let's keep the launch date of 14 March unless the supplier is late.",
    "Margins improved by 3.5% compared with last year.",
]


_TITLE = re.compile(r"^(?:(?:Sig\.ra|Univ\.Prof\.|[\w\-]+\.(?:-\w+\.)?|Dr|Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Prof|Dott|Sig|Sr|Sra)\s+)+")
_SUFFIX = re.compile(r"(?:\s+(?:[A-Z][\w.]*\.|MBA|PhD|MD|DDS|DVM|Jr|Sr|I{1,3}|IV|V))+$")


def person(fake: Faker) -> tuple[str, str, str]:
    """A name as Faker writes it, split into (title, name, suffix): only the name is labelled."""
    full = fake.name()
    title = _TITLE.match(full)
    head = title.group(0) if title else ""
    rest = full[len(head) :]
    tail = _SUFFIX.search(rest)
    end = tail.group(0) if tail else ""
    return head, rest[: len(rest) - len(end)], end


class Doc:
    """A text under construction, with labels kept as offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.labels: list[dict[str, object]] = []
        self.size = 0

    def add(self, text: str, kind: str | None = None) -> Doc:
        if kind:
            self.labels.append({"start": self.size, "end": self.size + len(text), "type": kind, "value": text})
        self.parts.append(text)
        self.size += len(text)
        return self

    def person(self, fake: Faker) -> Doc:
        head, name, tail = person(fake)
        return self.add(head).add(name, "PERSON").add(tail)

    def text(self) -> str:
        return "".join(self.parts)


def _values(fake: Faker, locale: str, rnd: random.Random) -> dict[str, tuple[str, str]]:
    first, last = fake.first_name(), fake.last_name()
    street = fake.street_address()
    town = f"{fake.postcode()} {fake.city()}" if locale not in ("en_US", "en_GB") else (
        f"{fake.city()}, {fake.state_abbr()} {fake.postcode()}" if locale == "en_US" else f"{fake.city()} {fake.postcode()}"
    )
    dob = fake.date_of_birth(minimum_age=20, maximum_age=80)
    fmt = rnd.choice(["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"] if locale != "en_US" else ["%m/%d/%Y", "%B %d, %Y"])
    values = {
        "first": (first, "PERSON"),
        "full": (f"{first} {last}", "PERSON"),
        "other": (fake.name(), "PERSON"),
        "email": (fake.email(), "EMAIL"),
        "phone": (fake.phone_number(), "PHONE"),
        "address": (f"{street}, {town}", "ADDRESS"),
        "iban": (fake.iban(), "IBAN"),
        "card": (fake.credit_card_number(), "CARD"),
        "ip": (fake.ipv4_public(), "IP"),
        "dob": (dob.strftime(fmt), "DOB"),
        "url": (f"https://portal.{fake.domain_name()}/reset?token={fake.password(length=24, special_chars=False)}", "URL"),
    }
    with contextlib.suppress(AttributeError):  # not every locale has a national ID provider
        values["id"] = (fake.ssn(), "NATIONAL_ID")
    return values


def _email(fake: Faker, locale: str, rnd: random.Random) -> Doc:
    v = _values(fake, locale, rnd)
    doc = Doc().add(f"{GREET[locale]} ").add(v["first"][0], "PERSON").add(",\n\n")
    doc.add(rnd.choice(FILLER) + " You can reach me on ").add(*v["phone"]).add(" or at ").add(*v["email"]).add(".\n")
    doc.add("The invoice goes to ").add(*v["address"]).add(". ").add(rnd.choice(FILLER) + "\n")
    doc.add("If the link fails, use ").add(*v["url"]).add(" to set a new password.\n\n")
    doc.add(SIGN[locale] + "\n").person(fake).add("\n")
    return doc


def _transcript(fake: Faker, locale: str, rnd: random.Random) -> Doc:
    a, b = person(fake)[1], person(fake)[1]
    doc = Doc().add(f"Meeting {fake.date_this_year().isoformat()} — weekly sync\n\n")
    doc.add(a, "PERSON").add(": Let's start. " + rnd.choice(FILLER) + "\n")
    doc.add(b, "PERSON").add(": Agreed. " + rnd.choice(FILLER) + "\n")
    doc.add(a, "PERSON").add(": The client's number is ").add(fake.phone_number(), "PHONE").add(", call them today.\n")
    doc.add(b, "PERSON").add(": I'll also email ").add(fake.email(), "EMAIL").add(" with the summary.\n")
    doc.add(a, "PERSON").add(": " + rnd.choice(FILLER) + "\n")
    return doc


def _crm(fake: Faker, locale: str, rnd: random.Random) -> Doc:
    v = _values(fake, locale, rnd)
    doc = Doc().add("Customer: ").add(*v["full"]).add("\n")
    doc.add(f"{BORN[locale].capitalize()}: ").add(*v["dob"]).add("\n")
    doc.add("Phone: ").add(*v["phone"]).add("\nEmail: ").add(*v["email"]).add("\n")
    doc.add("Address: ").add(*v["address"]).add("\n")
    if "id" in v:
        doc.add("ID number: ").add(*v["id"]).add("\n")
    doc.add("Note: ").add(rnd.choice(FILLER)).add(" Last login from ").add(*v["ip"]).add(".\n")
    return doc


def _signature(fake: Faker, locale: str, rnd: random.Random) -> Doc:
    v = _values(fake, locale, rnd)
    doc = Doc().add(rnd.choice(FILLER) + "\n\n" + SIGN[locale] + "\n")
    doc.add(*v["full"]).add(f"\n{fake.job()}\n{fake.company()}\n")
    doc.add(*v["address"]).add("\nT: ").add(*v["phone"]).add("\n").add(*v["email"]).add("\n")
    return doc


def _invoice(fake: Faker, locale: str, rnd: random.Random) -> Doc:
    v = _values(fake, locale, rnd)
    doc = Doc().add(f"INVOICE {rnd.randint(1000, 99999)}\nDate: {fake.date_this_year().isoformat()}\nBill to: ")
    doc.add(*v["full"]).add("\n").add(*v["address"]).add("\n")
    doc.add(f"Item: consulting, 12 hours, total {rnd.randint(100, 9000)}.00 EUR\n")
    doc.add("Pay by transfer to IBAN ").add(*v["iban"]).add(" or by card ").add(*v["card"]).add(".\n")
    doc.add("Questions: ").add(*v["email"]).add("\n")
    return doc


def main() -> None:
    rnd = random.Random(20260402)
    rows = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(rnd.randint(0, 10**9))
        for kind, make in (("email", _email), ("transcript", _transcript), ("crm", _crm), ("signature", _signature), ("invoice", _invoice)):
            for _ in range(DOCS_PER_KIND):
                doc = make(fake, locale, rnd)
                text = doc.text()
                assert all(text[x["start"] : x["end"]] == x["value"] for x in doc.labels)
                rows.append({"locale": locale, "country": COUNTRY[locale], "kind": kind, "text": text, "labels": doc.labels})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} documents, {sum(len(r['labels']) for r in rows)} labelled values -> {OUT}")


if __name__ == "__main__":
    main()
