"""Identity-document numbers named in the words of each language: passports, driving licences,
residence permits, identity cards and social-insurance, pension, health and tax numbers
("Reisepassnummer: ...", "n° de passeport ...", "número de pasaporte", "paspoortnummer",
"numer paszportu", "pasaport no", "passnummer", "旅券番号", "Führerschein-Nr.", "NIE", "BSN",
"personnummer", "TFN", "UAN", ...).

These numbers have no shape of their own (a passport number is nine letters and digits), so
they are taken only where the text names them:

- after the document's word, on the same line, within a few words ("Ihr Aufenthaltstitel
  (Nr. RP0418827)", "El número de pasaporte que aparece en tu contrato (PAF482117)");
- in a column of a table (CSV, TSV, markdown) or a JSON/``key: value`` key named like one;
- as the whole answer, in a chat, to a line that asked for one ("numer paszportu?" /
  "tak, EA4408123").

A value holds at least three digits and is not a date, so "passport valid until 2027-08" and
"the passport number is on file" stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.id_document_tables import table_columns
from desktop.core.privacy.text_cache import present_keys

# The same for the countries of Latin America, the Middle East, South-East and East Asia, Eastern
# Europe, the Nordics and Africa, in their own words and scripts (a number after one of these
# with a firm named between them is the firm's: "ΑΦΜ εταιρείας ...").
_MORE_WORDS = r"""
cuil|(?:n[úu]mero de )?ktp|nomor (?:induk kependudukan|paspor|sim)|no\.? sim|paspor|kartu tanda penduduk|
cccd|cmnd|c[ăa]n c[ưu][ớo]c(?: c[ôo]ng d[âa]n)?|(?:s[ốo] )?h[ộo] chi[ếe]u|gi[ấa]y ph[ée]p l[áa]i xe|b[ằa]ng l[áa]i(?: xe)?|
mykad|kad pengenalan|no\.? kp|ic[ _\-]?(?:number|no\.?)|hkid|my[ _\-]?number[ _\-]?card(?:[ _\-]?(?:no\.?|number))?|(?-i:My ?Number)|
teudat zehut|t\.z\.?|philsys|iqama(?:[ _\-]?(?:no\.?|number))?|civil[ _\-]?id(?:[ _\-]?(?:no\.?|number))?|cnic|ghana card|
philhealth(?:[ _\-]?(?:no\.?|number))?|загранпаспорт|رخصة السياقة|جواز (?:ال)?سفر|lesen memandu|pasport|lisensya|
leseni ya udereva|kitambulisho(?: cha taifa)?|pag-?ibig(?:[ _\-]?(?:no\.?|number))?|bpjs(?:[ _\-]?kesehatan)?|npwp|huduma(?: number| namba)?|(?:thai|sa|national|emirates)[ _\-]?id(?:[ _\-]?(?:number|no\.?|card))?|kra[ _\-]?pin|
sni?ls|снилс|инн|паспорт[ау]?|серия и номер|водительск\w* удостоверени\w*|полис омс|рнокпп|іпн|посвідченн\w* водія|
ідентифікаційн\w* (?:код|номер)|егн|лнч|лична карта|
ad[óo]azonos[íi]t[óo](?: jel)?|taj[ _\-]?sz[áa]m|szem[ée]lyi(?: igazolv[áa]ny| sz[áa]m)|jogos[íi]tv[áa]ny|[úu]tlev[ée]l(?:sz[áa]m)?|
[čc][íi]slo op|ob[čc]ansk(?:[ýy] pr[ůu]kaz|[ýy] preukaz)|[řr]idi[čc]sk[ýy] pr[ůu]kaz|[řr]idi[čc][áa]k|vodi[čc]sk[ýy] preukaz|
(?:[čc][íi]slo )?pasu|cestovn[íi] pas|
αμκα|αφμ|αδτ|amka|afm|α\.μ\.κ\.α\.?|α\.φ\.μ\.?|α\.δ\.τ\.?|αριθμ[όο]ς ταυτ[όο]τητας|δελτ[ίι]ο ταυτ[όο]τητας|διαβατ[ήη]ρ[ίι]?(?:ου|ο)|δ[ίι]πλωμα οδ[ήη]γησης|
ajokort(?:ti|in)(?: numero)?|passin? ?numero|henkil[öo]kort(?:ti|in)(?: numero)?|hetu|isikukood|kennitala|
carte de identitate|permis de conducere|pa[șş]aport(?:ul)?|putovnic[ae]|paso[šs]|potni list|cestovn[ýy] pas|
osobn[ae] iskaznic[ae]|osebn[ae] izkaznic[ae]|li[čc]n(?:a|e|oj|u) kart(?:a|e|i|u)|
seria (?:[șşs]i )?(?:nr\.?|num[ăa]rul|num[ăa]r)(?: (?:ci|bi|c\.i\.|act(?:ului)?))?|
oib|jmbg|emšo|emso|јмбг|ембг|матичн\w* број|mati[čc]n\w* (?:broj|številk\w*)|dav[čc]n\w* (?:broj|številk\w*|št\.)|
nik(?=[ \t]+(?:saya|aku|ku|anda|kamu|nya|dia|istri|suami)(?!\w))|
paso (?:nr\.?|numeris)|asmens kod(?:as|o)|personas kod(?:s|a)|id-картк\w*|id-карт\w*|
δελτ[ίι]ου ταυτ[όο]τητας|(?:رقم )?الجواز|voza[čc]k[ae] dozvol[ae]|vozni[šs]k[oe] dovoljenje|
الرقم القومي|الرقم الوطني|رقم الهوية(?: الوطنية)?|الهوية الوطنية|رقم الإقامة|رقم جواز السفر|جواز السفر|رخصة القيادة|بطاقة الهوية|
תעודת ה?זהות|מספר ה?זהות|ת["״']ז|ת\.ז\.?|דרכון|רישיון נהיגה|
เลขประจำตัวประชาชน|เลขบัตรประชาชน|หนังสือเดินทาง|ใบขับขี่|
"""
# Words naming an identity document or a personal number, lowercased, as regular-expression
# alternatives ("[ _\-]?" lets the same entry match a column name: "passport_no", "dl-number").
_DOC_WORDS = r"""
passport(?:[ _\-]?(?:number|no\.?|nr\.?|num|#))?|ppt?[ _\-]?(?:no\.?|number|#)|driv(?:ing|er'?s?)[ _\-]?licen[cs]e(?:[ _\-]?(?:number|no\.?|#))?|
licen[cs]e[ _\-]?(?:number|no\.?|#)|dl[ _\-](?:number|no\.?|#|nr\.?)|residence[ _\-]?(?:permit|card)|work[ _\-]?permit|
biometric residence permit|visa[ _\-]?(?:number|no\.?)|national[ _\-]?insurance(?:[ _\-]?(?:number|no\.?))?|ni[ _\-]?(?:number|no\.?)|nino|
nhs[ _\-]?(?:number|no\.?)|health[ _\-]?card|medicare(?:[ _\-]?(?:card|number|no\.?))?|tax[ _\-]?file[ _\-]?number|
social[ _\-]?(?:insurance|security)(?:[ _\-]?(?:number|no\.?))?|pan[ _\-]?(?:number|no\.?|card)|aadhaa?r|
id[ _\-]?card|identity[ _\-]?(?:card|number|document|no\.?|nr\.?)|national[ _\-]?id|identification[ _\-]?(?:number|no\.?)|
n[úu]mero de identificaci[óo]n|num[ée]ro d'identification|(?-i:C\.C\.)(?:[ \t]*(?:[Nn][oº°]\.?))?|
reisepass(?:nummer|[ _\-]?nr\.?)?|passnummer|pass-?nr\.?|f[üu]hrerschein(?:nummer|[ _\-]?nr\.?)?|personalausweis(?:nummer|[ _\-]?nr\.?)?|
ausweis(?:nummer|[ _\-]?nr\.?)?|aufenthalts(?:titel|erlaubnis|bewilligung|karte)|sozialversicherungs(?:nummer|[ _\-]?nr\.?)|sv-?(?:nummer|nr\.?)|
rentenversicherungs(?:nummer|[ _\-]?nr\.?)|krankenversicherten(?:nummer|[ _\-]?nr\.?)|versichertennummer|ahv(?:-?nr\.?|-?nummer)?|
steuer[ _\-]?id|steuer-?identifikationsnummer|
passeport|permis de conduire|permis(?=\s*(?:[:：#]|n°|nº|no\b))|n[°º] de permis|carte (?:nationale )?d'identit[ée]|titre de s[ée]jour|carte de s[ée]jour|r[ée]c[ée]piss[ée]|
s[ée]curit[ée] sociale|n[°º]\.?[ \t]?s\.?s\.?(?=[ \t]*[:：])|s[ée]cu(?=[ \t]*[:：]?[ \t]*\d)|registre national|num[ée]ro national|num[ée]ro fiscal|
pasaporte|(?:n[úu]mero de )?afiliaci[óo]n|permiso de (?:conducir|residencia)|carn[ée]t? de conducir|
licencia de conducir|seguridad social|tarjeta sanitaria|c[ée]dula|clave de elector|credencial (?:de elector|para votar)|
passaporto|carta d'identit[àa]|patente(?: di guida)?|codice fiscale|permesso di soggiorno|tessera sanitaria|
paspoort(?:nummer|nr\.?)?|rijbewijs(?:nummer|nr\.?)?|burgerservicenummer|identiteitskaart(?:nummer)?|id-kaart|rijksregisternummer|
verblijfsvergunning|
paszport(?:u)?|pesel|dow[óo]d(?:u)? osobist(?:y|ego)|nr dowodu|numer dowodu|prawo jazdy|prawa jazdy|karta pobytu|
pasaport(?:[ _\-]?(?:no|numaras[ıi]))?|t\.?c\.?[ _\-]?kimlik(?:[ _\-]?no)?|kimlik[ _\-]?(?:no|numaras[ıi])|kimlik kart[ıi](?: seri)?(?: no| numaras[ıi])?|ehliyet(?:[ _\-]?(?:no|numaras[ıi]))?|
s[üu]r[üu]c[üu] belgesi|oturma izni|
pass(?:[ \-]?nr\.?|nummer)|voter[ _\-]?id|personnummer|k[öo]rkort(?:snummer)?|uppeh[åa]llstillst[åa]nd|cpr-?nummer|pasnummer|k[øo]rekort|
f[øo]dselsnummer|f[øo]rerkort|oppholdstillatelse|
documento (?:nacional )?de identi\w+|documento d'identit[àa]|documentnummer|numer dokumentu|id-kort(?:snummer)?|legitimation|
bilhete de identidade|n[úu]mero de utente|n\.?[º°]\.? de utente|svnr|kimlik seri(?: no)?|
(?-i:pnr|Pnr|PNR(?=[ \t]*\d{6}))|personnr\.?|carteirinha|cart[ãa]o (?:do )?sus|
licen[cs]e(?=[ \t]*\((?-i:[A-Z]{2,3})\))|licen[cs]e(?=[ \t]+[A-Z0-9][A-Z0-9 \-]{4,14}[ \t]*\([A-Za-z]{2,3}\))|
passaporte|cart[ãa]o de cidad[ãa]o|seguran[çc]a social|carta de condu[çc][ãa]o|carteira de motorista|
旅券番号|パスポート番号|マイナンバー|個人番号|運転免許証番号|免許証番号|在留カード番号|保険証番号|
身份证号码|身份证号|身份證字號|身分證字號|护照号码|护照号|護照號碼|驾驶证号|驾照号码?|社保号|여권번호|주민등록번호|운전면허번호
"""
# Short names written in capitals ("NIE", "PAN", "TFN"): matched with their case only, since
# "sin", "pan", "nie", "tie" are everyday words in Spanish, Polish and English; a table's header
# may write them in lowercase ("bsn;paspoort").
_ACRONYMS = "UTR|BRP|TFN|SIN|SSN|UAN|PAN|CNI|DNI|NIE|TIE|NIF|NSS|NUSS|CURP|BSN|PESEL|CPR|NISS|CPF|RG|CNH|PIS|NINO|DL|NI|AHV|NIR|RFC|RUT|NIK|BVN|NIN|NRIC|CNP|SSS|HKID|EGN|QID|NID|INE|DUI"
# Those of the short names that are also everyday words or parts of them (Spanish "sin", Polish
# "nie", French "pis"): in lowercase they are a name only as a key ("sin: ..."); the others ("mi
# dni", "seu cpf", "twój pesel") are names in any case.
_EVERYDAY = frozenset({"sin", "nie", "tie", "pan", "pis", "ni", "dl", "rg", "nir", "cni", "uan", "utr", "nss", "cpr", "brp", "rfc", "cnh", "rut"})
# Short stems one of which every word above holds (searched fast); each place a stem is found,
# the expression is tried at the start of its word and of the word before ("codice fiscale",
# "driving licence"), so a stem may also be in other words ("pas" in "password") at little cost.
_STEMS: tuple[str, ...] = (
    "pas", "licen", "pp no", "pp#", "pp-no", "pp_no", "ppt", "perm", "resid", "nhs", "medicare", "tax", "social", "aadha", "ident", "id card", "id-card", "nation",
    "schein", "ausweis", "aufenthalt", "versich", "steuer", "cart", "titre", "registr", "afilia", "carn", "dula", "patente",
    "fiscal", "rijbewijs", "kaart", "verblijf", "dow", "praw", "karta", "kimlik", "ehliyet", "belgesi", "personn", "kort",
    "uppeh", "dselsn", "condu", "c.c.", "identific", "sv-n", "n° ss", "nº ss", "n° s.s", "n°ss", "dl ", "dl#", "dl:", "ni n", "voter", "health", "piss", "insur", "documentn", "documento de i", "documento n", "documento d", "dokumentu",
    "id-kort", "legitim", "bilhete", "utente", "svnr", "pnr", "sécu", "secu ", "secu:", "elector", "credencial",
    # short names written in lowercase in a table's header or a JSON key ("ssn,", "bsn;", "nino":)
    "ssn", "bsn", "dni", "nif", "nino", "pesel", "cpf", "brp", "nss", "tfn", "uan",
    # the words of the countries above in their own languages and scripts (each stem starts its word)
    "cuil", "pașaport", "paşaport", "putovnic", "pasoš", "pasos", "potni l", "cestovný", "cestovny", "osobn", "osebn", "lična", "licna", "vozačk", "vozack", "vozniš", "voznis",
    "seria", "oib", "jmbg", "emšo", "emso", "јмбг", "ембг", "матичн", "matičn", "maticn", "davčn", "davcn", "nik ", "nik\t",
    "paso n", "asmens k", "personas k", "id-карт", "الجواز", "lične", "licne", "ličn", "licn",
    "ktp", "nomor", "o. sim", "o.sim", "cccd", "cmnd", "căn", "can c", "hộ chi", "ho chi", "số h", "giấy", "bằng",
    "mykad", "kad p", "o. kp", "o.kp", "no kp", "ic n", "ic-n", "ic_n", "hkid", "my number", "my-number", "mynumber", "teudat",
    "t.z", "philsys", "загран", "lesen", "lisens", "leseni", "kitambul", "iqama", "civil", "cnic", "ghana c", "philhealth", "pag-ibig", "pagibig", "bpjs", "npwp", "huduma", "thai id", "thai-id", "thai_id", "sa id", "emirates", "kra p", "kra-p", "kra_p",
    "snils", "sils", "снилс", "инн", "паспорт", "серия", "водител", "полис", "рнокпп", "іпн", "посвідч", "ідентиф", "егн",
    "лнч", "лична", "adóaz", "adoaz", "taj", "személy", "szemely", "jogos", "útlev", "utlev", "číslo", "cislo",
    "občan", "obcan", "řidi", "ridi", "vodi", "pasu", "cestov", "αμκα", "αφμ", "αδτ", "α.μ.κ", "α.φ.μ", "α.δ.τ", "ת\"ז", "ת״ז", "ת'ז", "ת.ז", "amka", "afm", "αριθμ", "δελτ",
    "διαβατ", "δίπλ", "διπλ", "ajokort", "passin", "henkil", "hetu", "isikukood", "kennitala", "carte de i", "permis de c",
    "الرقم", "رقم", "الهوية", "جواز", "رخصة", "بطاقة", "תעודת", "מספר", "דרכון", "רישיון", "เลข", "หนังสือ", "ใบขับ",
)
# The stems of _MORE_WORDS, tried with their own expression (one twice the size costs every stem
# found twice as much); each list also without the stems a text in plain ASCII cannot hold.
_MORE_STEMS = (*_STEMS[_STEMS.index("cuil") :], "paspor", "pasport", "no sim")
_STEMS = _STEMS[: _STEMS.index("cuil")]
_ASCII_STEMS = tuple(stem for stem in _STEMS if stem.isascii())
_CJK_STEMS = ("番号", "マイナンバー", "身份", "身分", "护照", "護照", "驾", "駕", "居留", "社保", "证件", "證件", "여권", "주민", "운전")
# The short names in capitals ("TFN", "PAN", "NIE"), found by one pass over the text that stops
# only at capitals (rarer than lowercase letters).
_UPPER = lazy_re(
    r"[ABCDEHINPQRSTU](?<![\w].)(?:(?<=S)(?:SN|IN|SS)|(?<=T)(?:FN|IE)|(?<=P)(?:AN|ESEL|IS)|(?<=N)(?:IE|IF|SS|USS|INO|IR|ISS|IK|IN|RIC|ID|I)|"
    r"(?<=Q)ID|(?<=I)NE|(?<=D)(?:NI|L|UI)|(?<=C)(?:PF|NH|PR|URP|NI|NP)|(?<=B)(?:SN|RP|VN)|(?<=U)(?:AN|TR)|(?<=R)(?:G|FC|UT)|(?<=A)HV|(?<=E)GN|(?<=H)KID)(?![^\W_])"
)
_CJK_WORDS = (
    r"(?:旅券|パスポート|マイナンバー|個人番号|免許証|在留カード|保険証|身份|身分|证件号|證件號|护照|護照|驾驶证|驾照|駕照|駕駛執照|居留證|居留证|"
    r"社保|年金番号|基礎年金|여권|주민등록|운전면허)"
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]*"  # (the rest of the word, in its script only: "番号は")
)


@cache
def _doc_re(headers: bool = False, part: str = "all") -> re.Pattern[str]:
    """The words above, then the acronyms (any case in a header, else in capitals only); ``part``:
    "base" for _DOC_WORDS and the acronyms only, "more" for _MORE_WORDS only."""
    if part == "more":
        more = _MORE_WORDS.replace("\n", "").strip("|")
        return re.compile(rf"(?<![\w'])(?:(?i:{more})|(?P<acr>(?!)))(?![^\W_])")
    parts = (_DOC_WORDS,) if part == "base" else (_DOC_WORDS, _MORE_WORDS)
    words = "|".join(w.replace("\n", "").strip("|") for w in parts)
    acronyms = rf"(?i:{_ACRONYMS})" if headers else _ACRONYMS
    # Not inside a word ("spin", "opinion", "Tiefgarage"); CJK words may touch their neighbours.
    return re.compile(
        rf"(?<![\w'])(?:(?i:{words})|(?:T\.?C\.? )?(?P<acr>{acronyms})(?:[ _\-]?(?i:no\.?|nr\.?|number|nummer|numarası|#))?)(?![^\W_])|{_CJK_WORDS}"
    )


# Document and card-code words that label a field ("旅券番号：", "Steuer-ID |"): read by the layout
# and name rules as labels (labels.field_keys), so that they are not taken for a name or a chat
# speaker. (Short names that are also words or names, "sin", "pan", "tie", are left out.)
FIELD_LABELS = (
    "旅券番号", "パスポート番号", "個人番号", "運転免許証番号", "免許証番号", "在留カード番号", "保険証番号", "基礎年金番号",
    "身份证号码", "身份證字號", "身分證字號", "护照号码", "护照号", "護照號碼", "驾驶证号", "驾照号码", "社保号", "여권번호",
    "운전면허번호", "カード番号", "有効期限", "セキュリティコード", "卡号", "有效期", "安全码",
    "passport", "passport no", "passport number", "reisepass", "reisepassnummer", "passnummer", "führerschein",
    "führerschein-nr", "personalausweis", "ausweisnummer", "steuer-id", "steuerid", "sozialversicherungsnummer",
    "rentenversicherungsnummer", "krankenversichertennummer", "ahv-nr", "aufenthaltstitel", "n° de passeport",
    "numéro de passeport", "passeport", "permis de conduire", "titre de séjour", "numéro de sécurité sociale",
    "pasaporte", "número de pasaporte", "dni", "nif", "nss", "passaporto", "carta d'identità", "codice fiscale",
    "paspoort", "paspoortnummer", "rijbewijs", "rijbewijsnummer", "bsn", "burgerservicenummer", "rijksregisternummer",
    "paszport", "numer paszportu", "pesel", "nr dowodu", "numer dowodu", "prawo jazdy", "pasaport", "pasaport no",
    "ehliyet", "ehliyet no", "personnummer", "passnr", "körkort", "cpr-nummer", "passaporte", "cpf", "cnh", "nino",
    "ni number", "national insurance number", "nhs number", "tfn", "ssn", "uan", "aadhaar", "driving licence",
    "driver's license", "dl number", "cvv", "cvc", "cvv2", "prüfnummer", "cryptogramme", "código de seguridad",
)


# A candidate value: letters and digits, groups split by a space, dash, dot or slash before a digit
# ("12 150675 Y 556" is split before a letter too: a German pension number), and a check
# character after a dash ("24.678.135-X": a Brazilian RG, a Chilean RUT), and groups of letters and
# digits split by dashes ("1EG4-TE5-MK73": a US Medicare number).
_VALUE = lazy_re(
    r"(?<![A-Za-z0-9_\-./])[A-ZΑ-Ω0-9](?:[A-ZΑ-Ω0-9]|[ \-./](?=\d)|(?<=\d) (?=[A-Z] \d)|(?<=\d) (?=[A-Z](?:[\n,;)\]\"']|\.?$|\.\s))|(?<=\d)-(?=[A-Z]{2}\b|[0-9A-Z](?![\w\-]))|(?<=[A-Z0-9])-(?=[A-Z]{1,2}\d)){4,24}(?![A-Za-z0-9_\-]|[./]\w)"
)
_DATE = lazy_re(r"\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{1,4})?|(?:19|20)\d\d")
# The stretch between the word and its value: no digit, no end of sentence, not another field.
_GAP_STOP = re.compile(r"[!?;]|\.\s|\n")


def id_value_ok(value: str) -> bool:
    """Whether a value next to a document's word can be its number: three digits or more (two in
    a longer code), six characters or more, not a date or a year."""
    if re.search(r"(?i)x{3,}|\*{3,}|•{3,}", value):
        return False  # masked: "XXXX XXXX 2233" shows the last digits only
    compact = re.sub(r"[ \-./]", "", value)
    digits = sum(c.isdigit() for c in compact)
    # (two digits are enough in a code of eight or more letters and digits: a French identity card
    # since 2021 is "X4RTBPFW4")
    if (digits < 3 and not (digits == 2 and len(compact) >= 8)) or len(compact) < 6 or len(compact) > 20:
        return False
    return not _DATE.fullmatch(value)


# The end of a key in JSON, a config or a log ("nino": "...", brp=...): there a short name may
# be in lowercase.
_KEY_END = lazy_re(r"[\"']?[ \t]*[:=]")


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßıłśźżąęćńőűğş0123456789_-'’.º°")


def _word_start(lower: str, at: int) -> int:
    start = at
    while start > 0 and at - start < 30 and lower[start - 1] in _WORD_CHARS:
        start -= 1
    return start


def _starts(lower: str, stems: tuple[str, ...]) -> set[int]:
    """Where a word holding one of ``stems`` starts, and the two words before it."""
    from desktop.core.privacy.text_cache import key_starts, present_keys

    starts: set[int] = set()
    for stem in present_keys(lower, stems):
        for at in _apart(key_starts(lower, stem), len(stem)):
            _add_word_and_two_before(lower, at, starts)
    return starts


def _add_word_and_two_before(lower: str, at: int, starts: set[int]) -> None:
    """Add where the word holding ``at`` starts, and the two words before it ("codice fiscale",
    "número de utente")."""
    start = _word_start(lower, at)
    starts.add(start)
    for _ in range(2):
        before = start
        while before > 0 and lower[before - 1] in " \t":
            before -= 1
        if before == start or before == 0:
            break
        start = _word_start(lower, before)
        starts.add(start)


@cache
def _more_stem_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(stem) for stem in sorted(_MORE_STEMS, key=len, reverse=True)))


def _more_starts(lower: str, by_words: bool = False) -> set[int]:
    """As _starts for _MORE_STEMS, found in one pass (they are many and rare: a search each would
    cost more than the pass)."""
    starts: set[int] = set()
    for at in _more_stem_starts(lower, by_words):
        _add_word_and_two_before(lower, at, starts)
    return starts


@cache
def _more_stem_automaton() -> Any:
    """One automaton of _MORE_STEMS (each word's value: its length); None without the package."""
    from desktop.core.privacy.cue_index import _AUTOMATA

    if _AUTOMATA is None:
        return None
    automaton = _AUTOMATA.Automaton()
    for stem in _MORE_STEMS:
        automaton.add_word(stem, len(stem))
    automaton.make_automaton()
    return automaton


_SEARCHED_FROM = 4000  # characters (``text_cache.present_keys`` answers from a text's words from there on)


def _more_stem_starts(lower: str, by_words: bool = False) -> Iterator[int]:
    """Where _more_stem_re finds its stems in ``lower`` (at each place the longest, none inside
    the one before), from one automaton pass where the package is there (the expression tries its
    hundred-odd words at every character). ``by_words``: ``lower``'s text holds no Turkish "İ" (the
    text's words, lowercased, then hold what ``lower`` holds, and a long text's stems are looked
    up in its words first)."""
    automaton = _more_stem_automaton()
    if automaton is None:
        yield from (m.start() for m in _more_stem_re().finditer(lower))
        return
    longest: dict[int, int] = {}
    if by_words and len(lower) >= _SEARCHED_FROM:
        # A long text: the stems its words can hold (most hold none: the automaton's pass over all
        # of it found three or four), each then searched for, every place (as the pass finds them).
        for stem in present_keys(lower, _MORE_STEMS):
            at = lower.find(stem)
            while at >= 0:
                if len(stem) > longest.get(at, 0):
                    longest[at] = len(stem)
                at = lower.find(stem, at + 1)
    else:
        for end, length in automaton.iter(lower):
            start = end - length + 1
            if length > longest.get(start, 0):
                longest[start] = length
    after = 0
    for start in sorted(longest):
        if start >= after:
            yield start
            after = start + longest[start]


def _cues(text: str, lower: str) -> list[re.Match[str]]:
    """Every document word in ``text``: the expression tried where a stem is found."""
    from desktop.core.privacy.text_cache import key_starts, present_keys

    rule = _doc_re(headers=True)
    plain = lower.isascii()
    starts = _starts(lower, _ASCII_STEMS if plain else _STEMS) | {m.start() for m in _UPPER.finditer(text)}
    base, more = _doc_re(headers=True, part="base"), _doc_re(part="more")
    found = {m.start(): m for m in (base.match(text, start) for start in starts) if m}
    for m in (more.match(text, start) for start in _more_starts(lower, "İ" not in text)):
        if m:
            found.setdefault(m.start(), m)
    for stem in present_keys(lower, _CJK_STEMS):
        for at in _apart(key_starts(lower, stem), len(stem)):
            for m in rule.finditer(text, max(0, at - 8), at + len(stem) + 12):
                found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


def _apart(starts: list[int], length: int) -> list[int]:
    """The ``starts`` (in order) that a search from the end of the last one taken finds: the
    places of a stem that do not overlap (the text's starts of each cue are found once)."""
    out: list[int] = []
    after = 0
    for at in starts:
        if at >= after:
            out.append(at)
            after = at + length
    return out


_PERSONAL_RFC = lazy_re(r"[A-ZÑ&]{4}\d{6}[A-Z0-9]{3}")


def _labelled(text: str, cues: list[re.Match[str]], add: Callable[[Candidate], None]) -> None:
    for cue in cues:
        acronym = cue.group("acr")
        if acronym and not acronym.isupper() and acronym.lower() in _EVERYDAY and not _KEY_END.match(text, cue.end()):
            continue  # "sin", "nie", "pan" in a sentence: everyday words
        if acronym and acronym.upper() == "RFC":
            found: list[Candidate] = []
            _value_after(text, cue.end(), found.append)
            for c in found:  # a person's RFC has four letters; a company's three ("GMO9102156E1") is no one's
                if _PERSONAL_RFC.fullmatch(text, c.start, c.end):
                    add(c)
            continue
        _value_after(text, cue.end(), add, firms=bool(_more_re().fullmatch(cue.group(0))))


@cache
def _more_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_MORE_WORDS.replace(chr(10), '').strip('|')})")


# A firm named between a number's word and the number: the firm's number.
_FIRM_BETWEEN = lazy_re(
    r"(?i)\b(?:company|company's|firm|employer|empresa|entreprise|soci[ée]t[ée]|firma|firmy|unternehmens?|azienda|"
    r"bedrijf|şirket\w*|εταιρ\w*|компании|организации|підприємства|společnosti|cég\w*|yritykse\w*|selskab\w*|"
    r"perusahaan|công ty|บริษัท|الشركة|החברה)(?!\w)"
)


# A firm's legal form just before the number's word on its line: "ООО «Вектор», ИНН ...", "Стил
# ЕООД, ЕИК ...". (A sole trader's "ИП" is a person and is left out.)
_FIRM_BEFORE = lazy_re(r"(?<!\w)(?:ООО|ОАО|ЗАО|ПАО|АО|ЕООД|ООД|ЕАД|АД|ТОВ|ПрАТ|ПАТ|ДОО|д\.о\.о\.)(?!\w)[^\n]{0,36}$")


def _value_after(text: str, at: int, add: Callable[[Candidate], None], firms: bool = False) -> None:
    """The first value after a document's word within a short stretch of the same sentence."""
    if firms and _FIRM_BEFORE.search(text, max(0, text.rfind("\n", 0, at) + 1, at - 50), at):
        return
    limit = min(len(text), at + 50)
    stop = _GAP_STOP.search(text, at, limit)
    # "Nr." and "n°" end in a period without ending the sentence.
    while stop and stop.group(0).startswith(".") and re.search(r"(?i)(?:\bn|nr|no|n°|nº|núm|num|art|\bč|\bc|\bbr)$", text[max(0, stop.start() - 4) : stop.start()]):
        stop = _GAP_STOP.search(text, stop.end(), limit)
    end = stop.start() if stop else limit
    for m in _VALUE.finditer(text, at, end + 25 if stop is None else end):
        value = m.group(0).rstrip(" -./")
        if firms and _FIRM_BETWEEN.search(text, at, m.start()):
            return  # "ΑΦΜ εταιρείας 0918...", "tax number of the company": a firm's number, no one's
        if id_value_ok(value):
            add(Candidate(m.start(), m.start() + len(value), "NATIONAL_ID"))
            return
        if any(c.isdigit() for c in value):
            return  # a date or a short number came first: the number is not given here


# A chat line that asks for a document's number, then the next line's whole message is it.
_ANSWER = lazy_re(
    r"(?:\[[\d:. ]{3,12}\][ \t]*)?[^\n:：]{0,40}[:：][ \t]*(?:[a-zà-ÿ'’]{1,8},?[ \t]+){0,3}(?P<value>[A-Z0-9][A-Z0-9 \-./]{4,24}[A-Z0-9])"
    # (the number ends the line, or a comma goes on to something else: "7.254.690, nací el ...";
    # a few lowercase words may come around it: "he said GB5571204 i think")
    r"(?:(?:[ \t]+[a-zà-ÿ'’]{1,8}){0,3}[ \t]*(?:です|입니다|。|\.|!|\?)?[ \t]*$|(?=[,;][ \t]))",
    re.MULTILINE,
)


# A number already given on the cue's own line ("Паспорт: 45 12 883914"): a form's line, not a
# question, so the next line is the form's next field ("Номер направления: 2026/0417"), no answer.
_GIVEN = lazy_re(r"[^\n]*?\d[^\n]*?\d[^\n]*?\d")


def _answered(text: str, cues: list[re.Match[str]], add: Callable[[Candidate], None]) -> None:
    ends = {text.find("\n", cue.end()) for cue in cues if (not cue.group("acr") or cue.group("acr").isupper()
            or _asked(text, cue)) and not _GIVEN.match(text, cue.end(), max(cue.end(), text.find("\n", cue.end())))}
    for line_end in sorted(ends - {-1}):
        m = _ANSWER.match(text, line_end + 1)
        if m and id_value_ok(m.group("value")):
            add(Candidate(m.start("value"), m.end("value"), "NATIONAL_ID"))


# A short name in lowercase asked for in a chat ("y el dni?", "cpf dele?"): the question ends its
# line within a few words, so the short name is not an everyday word inside a sentence.
_ASKED = lazy_re(r"[^\n\d]{0,20}\?[ \t]*$", re.MULTILINE)


def _asked(text: str, cue: re.Match[str]) -> bool:
    acronym = cue.group("acr")
    return acronym.lower() not in _EVERYDAY and _ASKED.match(text, cue.end()) is not None


def find_id_documents(text: str, add: Callable[[Candidate], None], lower: str | None = None) -> None:
    """Add every identity-document number these rules find in ``text``."""
    cues = _cues(text, text.lower() if lower is None else lower)
    if not cues:
        return
    _labelled(text, cues, add)
    if "\n" in text:
        table_columns(text, cues, _doc_re(headers=True), id_value_ok, add)
        _answered(text, cues, add)
