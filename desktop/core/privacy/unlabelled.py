"""Values found without a label next to them: national IDs by a strong checksum, and emails
spelled out or spaced so that a plain pattern misses them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Protocol

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import merged
from desktop.core.privacy.token_scan import long_numbers


class _Validator(Protocol):
    """A python-stdnum module: ``is_valid`` checks a number's checksum and format."""

    def is_valid(self, number: str) -> bool: ...

# National IDs whose checksum is strong enough to stand without a context word, for the team's
# countries: one pass over the digits, a named group for each shape, its validators. A phone
# number that happens to pass one is hidden all the same, only under another kind.
_CHECKSUM_IDS = {
    # shape: (the pattern after its first digit, the validators' names in _checksum_rule)
    # (a Brazilian CPF is also written without its dots and dash: "52998224725")
    # (and a Greek AMKA and an Estonian isikukood: a birth date inside, a Luhn or mod-11 check)
    "d11": (r"\d{10}(?![\w\-]|\.\d)", ("tckimlik", "pesel", "idnr", "fodselsnummer", "nn", "cpf", "amka", "ik")),
    # Romanian CNP, South African ID and Korean RRN: 13 digits, a birth date inside, a check digit
    # (and Slovenia's EMŠO, the same layout as the Yugoslav JMBG)
    "cnp": (r"\d{12}(?![\w\-]|\.\d)", ("cnp", "za_idnr", "rrn", "emso")),
    # (its check digits after a dash, or a comma, dot, slash or space where a dash was meant: "418.302.957,05")
    "cpf": (r"\d{2}(?P<cpf_sep>[. ])\d{3}(?P=cpf_sep)\d{3}(?:-|[,./] ?| )\d{2}(?![\d\-]|[.,]\d)", ("cpf",)),
    "aadhaar": (r"(?<=[2-9])\d{3} ?\d{4} ?\d{4}(?![\w\-]|\.\d)", ("aadhaar",)),
    "ric": (r"\d{16}[\dXx](?!\w)", ("ric",)),
    "pnr": (r"\d{5}(?:\d{2})?[-+]\d{4}(?![\w\-])", ("personnummer", "hetu")),
    # Finnish henkilötunnus with a letter for its century or its check character ("141191-071N";
    # with a letter for its century, "010594Y9032", it is found by _LETTERED_HETU)
    "hetu": (r"\d{5}[\-+]\d{3}[A-Y](?!\w)", ("hetu",)),
    "idnr": (r"\d \d{3} \d{3} \d{3}(?![\w\-])", ("idnr",)),
    # German pension insurance number: area, birth date, the surname's initial, serial and check
    # ("65 021188 Y 012"): a capital between digit groups and a real date, found by its shape.
    "rvnr": (r"\d ?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2} ?[A-Z] ?\d{3}(?![\w\-])", ("rvnr",)),
    # Chilean RUT with its dots and check character ("20.618.897-9"), Argentine CUIL of a person
    # ("20-07254690-4": 20, 23, 24 and 27 are people's, 30 and 33 firms') and a Thai ID with its
    # dashes ("1-0825-03672-98-0"): each shape is rare, and its check digit must hold
    "rut": (r"\d?\.\d{3}\.\d{3}-[\dkK](?![\w\-])", ("rut",)),
    "cuil": (r"(?<=2)[0347]-\d{8}-\d(?![\w\-])", ("cuit",)),
    "thpin": (r"-\d{4}-\d{5}-\d{2}-\d(?![\w\-])", ("thpin",)),
    # an Emirates ID: 784 (the country), the birth year, a serial and a Luhn digit ("784-1989-4471920-6")
    # a Pakistani CNIC with its dashes ("34201-0891231-8": province, district, serial, sex) and a
    # Latvian personal code with its dash ("120389-12345": a birth date and a check digit)
    "cnic": (r"\d{4}-\d{7}-\d(?![\w\-])", ("cnic",)),
    "lvpk": (r"(?<=[0-3])\d{5}-\d{5}(?![\w\-])", ("pvn",)),
    "eid": (r"(?<=7)84(?P<eid_sep>-?)(?:19|20)\d{2}(?P=eid_sep)\d{7}(?P=eid_sep)\d(?![\w\-])", ("luhn",)),
}
# An Indian PAN ("ABCPV1234K"), found from its first digit (digits are rarer than capitals).
# One pass over the digits that capitals come before: an Indian PAN ("ABCPV1234K"), a Singapore
# NRIC/FIN ("S8012345B": a capital, seven digits, a check letter) and a Mexican CURP (four letters,
# a birth date, sex, state, consonants, two check characters). (A Taiwanese ID's one check digit
# is too weak to tell it from an order code without a cue.)
_LETTERED = lazy_re(
    r"\d(?<=[A-Z]\d)(?:(?<=[A-Z]{3}[PCHFATBLJG][A-Z]\d)(?<![\w][A-Z]{3}[PCHFATBLJG][A-Z]\d)(?P<pan>\d{3}[A-Z](?!\w))"
    r"|(?<=[STFG]\d)(?<![A-Za-z0-9][STFG]\d)(?P<nric>\d{6}[A-Z](?![A-Za-z0-9]))"
    r"|(?<=[A-Z]{4}\d)(?<![A-Za-z0-9][A-Z]{4}\d)(?P<curp>\d{5}[HM][A-Z]{5}[A-Z\d]\d(?![A-Za-z0-9])))"
)


# A henkilötunnus with a letter for its century ("131052A308T", "010594Y9032"): its six digits
# are no long number (``token_scan.long_numbers``), so it is found apart, from that letter (rarer
# than digits), the digits before it checked behind it; the match starts six characters earlier.
_LETTERED_HETU = lazy_re(r"[A-FU-Y](?<=(?<![\w.\-])\d{6}[A-FU-Y])(?:\d{3}[A-Y]|\d{4})(?!\w)")


# A currency or an amount's word beside a CPF written with a comma: an amount.
_MONEY_NEAR = lazy_re(r"(?i)R\$|\$|€|£|(?<![\w])(?:reais|real|brl|usd|eur|mil|milh(?:ão|ões)|total|valor|preço|pre[çc]o)(?![\w])")


class _Compact:
    """A validator that reads the digits only (python-stdnum's Luhn check takes no dashes)."""

    def __init__(self, module: _Validator) -> None:
        self.module = module

    def is_valid(self, number: str) -> bool:
        return self.module.is_valid("".join(c for c in number if c.isdigit()))


class _AnyShape:
    """For a shape that is its own proof (its date checked by the pattern): every match is valid."""

    def is_valid(self, number: str) -> bool:
        return True


@cache
def _checksum_rule() -> tuple[re.Pattern[str], dict[str, tuple[_Validator, ...]]]:
    # Imported by name here, not looked up at run time, so that the packaged app holds them.
    from stdnum import luhn
    from stdnum.ar import cuit
    from stdnum.be import nn
    from stdnum.br import cpf
    from stdnum.cl import rut
    from stdnum.cn import ric
    from stdnum.de import idnr
    from stdnum.ee import ik
    from stdnum.fi import hetu
    from stdnum.gr import amka
    from stdnum.in_ import aadhaar, pan
    from stdnum.kr import rrn
    from stdnum.lv import pvn
    from stdnum.no import fodselsnummer
    from stdnum.pk import cnic
    from stdnum.pl import pesel
    from stdnum.ro import cnp
    from stdnum.se import personnummer
    from stdnum.si import emso
    from stdnum.th import pin as thpin
    from stdnum.tr import tckimlik
    from stdnum.za import idnr as za_idnr

    modules: dict[str, _Validator] = {
        "tckimlik": tckimlik, "pesel": pesel, "idnr": idnr, "cpf": _Compact(cpf), "aadhaar": aadhaar, "ric": ric,
        "personnummer": personnummer, "fodselsnummer": fodselsnummer, "nn": nn, "cnp": cnp, "hetu": hetu, "rvnr": _AnyShape(),
        "amka": amka, "ik": ik, "za_idnr": za_idnr, "rrn": rrn, "rut": rut, "cuit": cuit, "thpin": thpin,
        "luhn": _Compact(luhn), "emso": emso, "cnic": cnic, "pvn": pvn}
    # One pass: a digit that no word character, dot or dash precedes, then each shape's rest.
    alternatives = "|".join(f"(?P<{name}>{pattern})" for name, (pattern, _) in _CHECKSUM_IDS.items())
    rule = re.compile(rf"\d(?<![\w.\-]\d)(?:{alternatives})")
    validators: dict[str, tuple[_Validator, ...]] = {
        name: tuple(modules[module] for module in names) for name, (_, names) in _CHECKSUM_IDS.items()
    }
    validators["pan"] = (pan,)
    return rule, validators


def checksum_ids(text: str, add) -> None:
    rule, validators = _checksum_rule()
    # (every shape of the rule but a lettered henkilötunnus holds a long number: the rule reads
    # only the stretches around those; the two kinds never overlap, so in order of start they
    # are what one pass over the text found)
    found = [(m.start(), m.end(), m.lastgroup or "") for m in long_numbers(text).finditer(rule)]
    hetu = [(m.start() - 6, m.end(), "hetu") for m in _LETTERED_HETU.finditer(text)]
    if hetu:
        found = sorted(found + hetu)
    lettered = list(_LETTERED.finditer(text))
    found += [(m.start() - 5, m.end(), "pan") for m in lettered if m.lastgroup == "pan"]
    for start, end, shape in found:
        value = text[start:end]
        if shape == "cpf" and "," in value and _MONEY_NEAR.search(text, max(0, start - 12), min(len(text), end + 12)):
            continue  # ("R$ 987.654.321,00": an amount whose cents pass the check)
        if any(v.is_valid(value) for v in validators[shape]):
            add(Candidate(start, end, "NATIONAL_ID"))
    for m in lettered:
        if m.lastgroup == "nric" and _sg_nric_ok(text[m.start() - 1 : m.end()]):
            add(Candidate(m.start() - 1, m.end(), "NATIONAL_ID"))
        elif m.lastgroup == "curp":
            from stdnum.mx import curp

            if curp.is_valid(text[m.start() - 4 : m.end()]):
                add(Candidate(m.start() - 4, m.end(), "NATIONAL_ID"))
    hk_ids(text, add)


# A Hong Kong identity card number with its check digit in brackets ("K533600(7)", "AB987654(A)"):
# the brackets and a mod-11 sum over the letters and digits make it its own proof.
_HKID = lazy_re(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]?\d{6} ?\([0-9A]\)")


def _hkid_ok(value: str) -> bool:
    compact = value.replace(" ", "").replace("(", "").replace(")", "")
    letters, digits, check = compact[:-7], compact[-7:-1], compact[-1]
    values = [36 if len(letters) == 1 else ord(letters[0]) - 55] + [ord(c) - 55 for c in letters[-1]]
    total = sum(v * w for v, w in zip(values, (9, 8), strict=True)) + sum(int(d) * (7 - i) for i, d in enumerate(digits))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


# A Hong Kong ID ends in its check character in brackets, at most nine characters after its start:
# the rule (tried at every capital) is tried only before such brackets (most texts hold none).
_HKID_CHECK = re.compile(r"\([0-9A]\)")


def hk_ids(text: str, add: Callable[[Candidate], None]) -> None:
    if "(" in text:
        for begin, end in merged((max(0, check.start() - 9), check.end()) for check in _HKID_CHECK.finditer(text)):
            for m in _HKID.finditer(text, begin, end):
                if _hkid_ok(m.group(0)):
                    add(Candidate(m.start(), m.end(), "NATIONAL_ID"))


_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_NRIC_LETTERS = {"S": (0, "JZIHGFEDCBA"), "T": (4, "JZIHGFEDCBA"), "F": (0, "XWUTRQPNMLK"), "G": (4, "XWUTRQPNMLK")}


def _sg_nric_ok(value: str) -> bool:
    offset, letters = _NRIC_LETTERS[value[0]]
    total = offset + sum(int(d) * w for d, w in zip(value[1:8], _NRIC_WEIGHTS, strict=True))
    return letters[total % 11] == value[8]


# An ID given as the answer on the next chat line ("and passport no" / "liam: PA1930572 exp
# 2029"): letters then digits, or digits with dashes, at least five digits.
_ID_ANSWER = lazy_re(
    r"(?:\[[^\]\n]{1,20}\][ \t]*)?[^\n:\d]{1,30}:[ \t]*(?P<value>[A-Z]{0,3}\d[\dA-Z\-]{4,17})(?![\w\-])"
)
_DIGIT = lazy_re(r"\d")


def next_line_answers(text: str, lower: str, asked: Iterable[int], answer: re.Pattern[str], digits: int, kind: str,
                      add: Callable[[Candidate], None]) -> None:
    """The value that answers, on the next chat line, a line asking for it: the line of each word
    that asks (starting at ``asked``) ends within 60 characters of it with no digit after it, and
    the next line matches ``answer``, its group "value" holding at least ``digits`` digits."""
    for at in asked:
        line_end = lower.find("\n", at, at + 61)  # (bounded: a long paragraph has no line end near)
        if 0 <= line_end - at <= 60 and not _DIGIT.search(text, at, line_end):
            m = answer.match(text, line_end + 1)
            if m and sum(c.isdigit() for c in m.group("value")) >= digits:
                add(Candidate(m.start("value"), m.end("value"), kind))


def answered_ids(text: str, lower: str, windows: list[tuple[int, int]], add: Callable[[Candidate], None]) -> None:
    """An ID on the line after an ID word (``windows``: where those words are) that ends its
    line within 60 characters with no digit after it."""
    next_line_answers(text, lower, (at for at, _ in windows), _ID_ANSWER, 5, "NATIONAL_ID", add)


# Addresses written so that a plain pattern misses them: "john.smith @ gmail.com", "＠", "%40",
# "[at]", and "john dot smith at gmail dot com".
_LOOSE_EMAIL = lazy_re(
    r"(?<![\w.+\-])[\w.%+\-]+(?:[ \t]*(?:@|＠)[ \t]*|%40|[ \t]*[\[(](?:at|ät|ma[łl]pa|arroba|chiocciola|arobase|snabel-a|klammeraffe)[\])][ \t]*)"
    r"[\w\-]+(?:(?:\.|[ \t]*[\[(]dot[\])][ \t]*)[\w\-]+)*(?:\.|[ \t]*[\[(]dot[\])][ \t]*)[A-Za-z]{2,24}(?![\w\-])"
)
_SPOKEN_EMAIL = lazy_re(
    r"(?i)(?<![\w.])[a-z0-9](?:[a-z0-9._\-]*[a-z0-9])?(?:[ \t]+(?:dot|punkt|point|punto|ponto|nokta)[ \t]+[a-z0-9]+)*[ \t]+"
    r"(?:at|ät|chez|bei|arroba|chiocciola|apenstaartje|et|arobase|arrobase|klammeraffe|snabel-a|ma[łl]pa)[ \t]+[a-z0-9\-]+(?:[ \t]+(?:dot|punkt|point|punto|ponto|nokta)[ \t]+[a-z]{2,24})*"
    r"[ \t]+(?:dot|punkt|point|punto|ponto|nokta)[ \t]+(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|be|at|ch|se|pl|pt|br|in|"
    r"cn|jp|kr|tr|au|ca|mx|ar|ie|dk|no|fi|info|biz|eu)(?!\w)"
)


_LOOSE_KEYS = ("＠", "%40", " @", "@ ", "[at]", "(at)", "(ät)", "[ät]", "(ma", "(arr")
# An address with a space between every character ("b r i a n . k o h @ g m a i l . c o m").
_SPACED_EMAIL = lazy_re(r"(?<![\w.])(?:[\w.\-] ){3,60}(?:@|＠)(?: [\w.\-]){4,60}(?![\w.])")
_PLAIN_EMAIL = lazy_re(r"[\w.+\-]+[@＠][\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}")


def loose_emails(text: str, lower: str | None = None) -> list[Candidate]:
    """Email addresses spelled out or spaced to dodge filters; looked for only around a sign of
    one (an odd "@", a spoken "dot com")."""
    from desktop.core.privacy.text_cache import keyword_windows

    lower = text.lower() if lower is None else lower
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, _LOOSE_KEYS, 90, 90):
        out += [Candidate(m.start(), m.end(), "EMAIL") for m in _LOOSE_EMAIL.finditer(text, a, b)]
        for m in _SPACED_EMAIL.finditer(text, a, b):
            if _PLAIN_EMAIL.fullmatch(m.group(0).replace(" ", "")):
                out.append(Candidate(m.start(), m.end(), "EMAIL"))
    for dot in _SPOKEN_DOT.finditer(lower):
        out += [Candidate(m.start(), m.end(), "EMAIL") for m in _SPOKEN_EMAIL.finditer(text, max(0, dot.start() - 100), dot.end() + 12)]
    return out


_SPOKEN_DOT = lazy_re(r" (?:dot|punkt|point|punto|ponto|nokta) [a-z]{2,4}\b")
