"""Street addresses in the forms of South and South-East Asia, which the street rules read only in
part:

- Indonesian: the street with its kilometre post, alley and number, then the neighbourhood, village,
  district and town ("Jl. Kaliurang Km 7,5 Gg. Mawar No. 12, RT 04/RW 11, Kel. Sinduharjo, Kec.
  Ngaglik, Sleman 55581");
- Filipino: block and lot or a house number, then the barangay and the town ("Blk 7 Lot 22 Camella
  Homes, Brgy. Molino III, Bacoor, Cavite");
- Indian: a house or door number written with dashes and slashes, then the localities and the town,
  in chat as much as in a letter ("H.No 12-2-417, Gudimalkapur, Mehdipatnam, Hyderabad").

Each rule looks only around its own words (a lowercase search of "jl.", "brgy", "h.no"...): most
texts hold none of them.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows, lowered

# A capitalised name of up to four words, a roman or plain number allowed among them ("Molino III").
_WORDS = r"[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z0-9][\w'’.\-]*|de|del|dela|ng|of)){0,4}"
# (an Indonesian street's name stops before its kilometre post, alley, number or block)
_ID_NAME = r"[A-Z][\w'’\-]*(?:[ \t]+(?!(?:Km|KM|No|Nomor|Gg|Gang|Blok|RT|RW)(?![\w'’\-]))[A-Z0-9][\w'’\-]*){0,4}"
_ID_PART = (
    r"(?:RT[ \t]?\d{1,3}(?:[ \t]?/[ \t]?(?:RW[ \t]?)?\d{1,3})?|RW[ \t]?\d{1,3}"
    rf"|(?:Kel\.|Kelurahan|Kec\.|Kecamatan|Desa|Ds\.|Kab\.|Kabupaten|Kota|Prov\.|Provinsi)[ \t]+{_WORDS}"
    rf"|{_WORDS}(?:[ \t]+\d{{5}}(?!\d))?|\d{{5}}(?!\d))"
)
_INDONESIAN = lazy_re(
    rf"(?:(?i:jl|jln)\.[ \t]*|Jalan[ \t]+|JALAN[ \t]+)(?:{_ID_NAME})?(?:[ \t]+(?:Km|KM)\.?[ \t]*\d{{1,3}}(?:[,.]\d{{1,2}})?)?"
    rf"(?:,?[ \t]+(?:Gg\.|Gang)[ \t]+(?:{_ID_NAME})?)?"
    r"(?:,?[ \t]+(?:No\.?|Nomor|Blok)[ \t]*[A-Z]?\d{1,4}[A-Za-z]?(?:/\d{1,4})?)?"
    rf"(?:[ \t]*,[ \t]*{_ID_PART}){{0,6}}"
)
# (or a housing estate with its block and number: "Perumahan Griya Asri Blok C2 No. 15, Kel. Sukamaju")
_ESTATE = lazy_re(
    rf"(?:Perumahan|Perum\.?|Komplek|Kompleks|Komp\.|Griya|Villa|Taman)[ \t]+(?:{_ID_NAME})?[ \t]+(?:Blok|Blk\.?)[ \t]*[A-Z]{{0,2}}\d{{0,3}}[A-Za-z]?"
    rf"(?:,?[ \t]*(?:No\.?|Nomor)[ \t]*\d{{1,4}}[A-Za-z]?)?(?:[ \t]*,[ \t]*{_ID_PART}){{0,6}}"
)
_PH_PART = rf"(?:[ \t]*,[ \t]*{_WORDS})"
_FILIPINO = lazy_re(
    r"(?<![\w\-])(?:(?:(?i:blk|block|lot|unit|phase|ph\.)[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+){1,3}|#?\d{1,5}[A-Za-z]?[ \t]+)"
    # (a tower and the condominium's name may stand between: "Unit 1204 Tower 2, Avida Towers, Brgy. Bel-Air")
    r"(?:[^\n,:;|\t]{2,40}?,[ \t]*){0,2}(?i:brgy\.?|barangay|bgy\.?)[ \t]+" + _WORDS + _PH_PART + "{0,3}"
)
_INDIAN = lazy_re(
    r"(?i:h\.?[ \t]?no|house[ \t]no|d\.?[ \t]?no|door[ \t]no|plot[ \t]no)\.?[ \t]*:?[ \t]*\d[\w/\-]{0,12}"
    # (landmark words may be written in lowercase: "near hanuman temple", "opp. sbi bank")
    r"(?:,[ \t]*(?:(?i:near|opp\.?|opposite|behind|beside)[ \t]+[^\W\d_][\w.'’\-]*|[A-Z0-9][\w.'’\-]*)"
    r"(?:[ \t](?:[A-Z0-9][\w.'’\-]*|(?:road|rd|street|nagar|colony|layout|cross|main|temple|bank|school|church|"
    r"masjid|mosque|hospital|market|circle|sector|phase|block)\.?)){0,4}){1,6}"
    r"(?:[ \t]*[-–]?[ \t]*\d{3}[ \t]?\d{3}(?!\d))?"
)


def asian_addresses(text: str) -> list[Candidate]:
    """Indonesian, Filipino and Indian addresses in ``text``, each rule only near its words."""
    lower = lowered(text)
    found: dict[tuple[int, int], None] = {}
    for rule, keys, before in ((_INDONESIAN, ("jl.", "jln.", "jalan "), 1), (_ESTATE, ("blok",), 60), (_FILIPINO, ("brgy", "barangay", "bgy."), 60),
                               (_INDIAN, ("h.no", "h no", "h. no", "house no", "d.no", "door no", "plot no"), 1)):
        for a, b in keyword_windows(lower, keys, 180, before):
            for m in rule.finditer(text, a, b):
                value = m.group(0)
                if sum(ch.isdigit() for ch in value) and ("," in value or rule is not _FILIPINO):
                    found[m.span()] = None
    return [Candidate(a, b, "ADDRESS") for a, b in found]
