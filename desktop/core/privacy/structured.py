"""Values with a shape and, where one exists, a checksum: emails, phones, cards, IBANs, IDs, IPs,
dates of birth and links that carry credentials.

Each rule finds candidates with a regular expression and then asks a validator
(``phonenumbers`` for phones with the country as a hint, ``python-stdnum`` for IBAN and national
IDs, Luhn for cards) or the words around it, so numbers that merely look alike (order numbers,
dates, prices) stay.

Longer than most modules: each value kind is a short rule with its validator, and they share the
text's normalised view and cue-word windows; regional IDs (``regional.py``),
spoken phones (``spoken.py``) and unlabelled IDs (``unlabelled.py``) are already apart.
"""

from __future__ import annotations

import bisect
import ipaddress
import re
import string
from functools import cache, lru_cache

from desktop.core.privacy.at_sign import email_matches
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.cards import find_loose_cards
from desktop.core.privacy.fastscan import (
    keyword_windows,
    lazy_re,
    lazy_skippable,
    long_numbers,
    lowered,
    skippable,
)
from desktop.core.privacy.iban_forms import find_more_ibans
from desktop.core.privacy.id_documents import find_id_documents
from desktop.core.privacy.id_wrapped import find_wrapped_ids
from desktop.core.privacy.member_numbers import find_member_numbers
from desktop.core.privacy.profile_links import find_profile_links
from desktop.core.privacy.regional import find_regional
from desktop.core.privacy.spoken import spoken_phones
from desktop.core.privacy.structured_banks import find_bank_accounts
from desktop.core.privacy.structured_dates import find_more_birth_dates
from desktop.core.privacy.structured_sql import sql_values
from desktop.core.privacy.unlabelled import answered_ids, checksum_ids, loose_emails

_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "IE", "CA", "AU")
# Further team countries, tried only for a number next to a phone word (each region tried costs a
# parse, and most numbers without a cue are not phones).
_MORE_REGIONS = ("PT", "BR", "PL", "TR", "SE", "IN", "MX", "AR", "CO", "CN", "TW", "JP", "KR")


@cache
def _re(name: str) -> re.Pattern[str]:
    pattern = skippable(_PATTERNS[name]) if name in _SKIPPABLE else _PATTERNS[name]
    return re.compile(pattern, re.IGNORECASE if name in _CASELESS else 0)


_MONTHS = (
    r"jan(?:uary|uar|vier|\.)?|feb(?:ruary|ruar|\.)?|f[ée]vr(?:ier|\.)?|m[aä]r(?:ch|z|s|\.)?|apr(?:il|\.)?|avr(?:il|\.)?|"
    r"may|mai|jun(?:e|i|\.)?|juin|jul(?:y|i|\.)?|juil(?:let|\.)?|aug(?:ust|\.)?|ao[uû]t|sep(?:t|tember|tembre|\.)?|"
    r"o[ck]t(?:ober|obre|\.)?|nov(?:ember|embre|\.)?|d[ée]c(?:ember|embre|\.)?|dez(?:ember)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januari|februari|maart|mei|juni|juli|augustus|oktober|"
    # Portuguese, then Polish in the genitive a date takes ("23 lipca 1994") and the nominative
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|"
    r"stycze[ńn]|luty|kwiecie[ńn]|czerwiec|lipiec|sierpie[ńn]|wrzesie[ńn]|pa[źz]dziernik|listopad|grudzie[ńn]|"
    # Turkish, then Swedish/Danish/Norwegian forms not above, then Czech in the genitive ("8. května 1990")
    r"ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|"
    r"maj|marts|augusti|"
    # Finnish in the partitive a date takes ("3. toukokuuta 1990")
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kes[äa]kuuta|hein[äa]kuuta|elokuuta|syyskuuta|lokakuuta|"
    r"marraskuuta|joulukuuta|ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|listopadu|prosince"
)
_DATE = (
    rf"(?:(?:19|20)\d{{2}}\s*[년年]\s*\d{{1,2}}\s*[월月]\s*\d{{1,2}}\s*[일日]|"
    rf"(?:DD|TT|JJ|GG)\s?\d{{1,2}}\s?/\s?MM\s?\d{{1,2}}\s?/\s?(?:YYYY|AAAA|JJJJ|YY)\s?(?:19|20)?\d{{2}}|\d{{1,2}}[./\-]\d{{1,2}}[./\-](?:(?:19|20)\d{{2}} r\.|(?:19|20)?\d{{2}})|\d{{1,2}} [./\-] \d{{1,2}} [./\-] (?:19|20)\d{{2}}|\d{{1,2}}\.[ \t]\d{{1,2}}\.[ \t]?(?:19|20)\d{{2}}|(?:19|20)\d{{2}}\.[ \t]?\d{{1,2}}\.[ \t]?\d{{1,2}}\.?|(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+|of\s+)?(?:{_MONTHS})\s+(?:del?\s+)?(?:(?:19|20)\d{{2}}(?: r\.)?|['’]?\d{{2}}(?![\d:.]))|"
    rf"\d{{1,2}}[\-/](?:{_MONTHS})[\-/](?:19|20)?\d{{2}}(?!\d)|"
    rf"(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})"
)
# A date without separators, year first or last ("19900512", "900512", "12051990"): a date only
# right after a birth word.
_COMPACT_DATE = (
    r"(?:(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2})(?![\d\-./])"
)
# A date in words, as school and bank forms ask for it ("Date of birth (in words): Fourteenth
# August Two Thousand Sixteen"); only after a birth word.
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and)"
)
_WORDS_DATE = (
    r"(?:the[ \t]+)?(?:(?:twenty|thirty)[ \t\-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)[ \t]+(?:of[ \t]+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)[ \t,]+"
    rf"{_NUMBER_WORD}(?:[ \t\-]+{_NUMBER_WORD}){{1,6}}(?!\w)"
)
_SHORT_BIRTH = lazy_re(r"\.(?<=[bfs]\.)(?<![\w.][bfs]\.) ?\d{1,2}[./]\d")
_BIRTH_WORDS = (
    r"born|birth(?:_?date|_?dt|day)?|date_of_birth|d\.?o\.?b\.?|birthday|geboren|geb\.|geburtsdatum|geburtstag|n[ée]e? le|naissance|"
    # the birthplace between the word and the date ("née à Namur le", "nato a Bari il": not NATO)
    r"n[ée]e?(?= [àa] )|[Nn](?-i:at[oa])(?= a )|[Nn](?-i:at[oa]/[ao])|"
    r"geb\.?[ \-]?datum|nacid[oa]|naci[óo]|nac[íi](?!\w)|nasci(?!\w)|(?<!\w)nac\.|(?<!\w)nasc\.|nasceu|nacque|nascid[oa]|nacimiento|(?<!\w)ur\.|nat[oa] il|nascita|geboortedatum|verjaardag|data ur\.?|data urodzenia|urodzon[ya]|"
    r"do[gğ]um (?:yeri ?/ ?)?tarih(?:iniz|in|im|i)|do[gğ]umlu|nascimento|f[öo]delsedatum|f[öo]dd|f[öo]tt|f[øo]dselsdato|f[øo]dt|"
    # Quebec's "date de fête" (birthday), Portuguese "d.n." (data de nascimento)
    r"date de f[êe]te|(?<![\w.])d\.n\.|d(?<=D)(?-i:N)(?=[ \t]*:)|(?<![\w.])d\.[ \t]?t\.(?=[ \t]*:)|syntym[äa]aika|syntynyt|narozen[íiáaýy]*|"
    r"na[șşs]terii|n[ăa]scut[ăa]?|sz[üu]let(?:ett|[ée]si)|जन्म ?तिथि|生年月日|出生日期|생년월일|"
    # Turkish forms' "D. Tarihi"; "b." (born), Nordic "f." (født, född) and Finnish "s." (syntynyt)
    # only after a name's comma or a bracket and before a whole date ("Walter Hobbs, b. 3/4/1960")
    r"d\.[ \t]?tarihi|[bfs](?<=[ \x28][bfs])(?<![^,;\x28] [bfs])\.(?=[ \t]?\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}(?![\d./]))"
)

# Most patterns begin with a plain character class and check the character before it with a
# look-behind placed after it ("\d(?<![\d\-]\d)"): the regular expression engine can then skip
# quickly to candidate characters, which makes these rules two to three times faster.
_PATTERNS: dict[str, str] = {
    "email": r"(?<![\w.+\-])[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}(?![\w\-])",
    # (a database URL may name its driver: "postgresql+psycopg2://", "mysql+pymysql://")
    "url": r"\b(?:https?|ftp|s3|(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle)(?:\+\w{2,12})?|mongodb(?:\+srv)?|rediss?|amqps?)://[^\s<>\"'`]+",
    "ipv4": (
        r"\d(?<![\d.]\d)\d{0,2}(?<!25[6-9])(?<!2[6-9]\d)(?<![3-9]\d\d)(?<!(?<![1-9])0\d)"
        r"(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.]\d|\d)"
    ),
    "ipv6": r"[0-9a-fA-F](?<![\w:][0-9a-fA-F])[0-9a-fA-F]{0,3}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])",
    # Groups split by spaces, dashes, dots or a line break ("4111.1111.1111.1111", a number
    # wrapped over two lines)
    "card": r"\d(?<![\d\-.]\d)(?:(?:[ \-.]|\r?\n)?\d){11,18}(?![\d\-]|\.\d)",
    # An IBAN from its check digits on (digits are rarer than letters, so the scan skips more);
    # the country letters before them are checked behind, and the match starts two characters
    # earlier than the engine says (see find_structured).
    # A card with only its last one to four digits masked ("4539 1872 0466 31XX"): twelve digits
    # or more are still there to read (a mask that keeps the first six and last four hides enough).
    "masked_card": r"\d(?<![\d\-.]\d)\d{3}([ \-]?)\d{4}\1\d{4}\1\d{0,3}[Xx*•]{1,4}(?![\w*•])",
    # (groups split by spaces, dashes or dots, or wrapped over two lines: "DE89.3704.0044...")
    "iban": r"\d(?<=[A-Za-z]{2}\d)(?<!\w[A-Za-z]{2}\d)\d(?:(?:[ \-.]|\r?\n)?[A-Za-z0-9]){11,30}\b",
    "ssn": r"\d(?<![\d\-]\d)\d{2}([- ])\d{2}\1\d{4}(?![\d\-])",
    # (ZZ, written where the number is missing, fits these letter classes too)
    "nino": r"[A-Z](?<!\w[A-Z])(?<=[A-CEGHJ-PR-TW-Z])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-Z]\b",
    "es_id": r"[XYZ\d](?<!\w[XYZ\d])(?:(?<=[XYZ])-?\d{7}|(?<=\d)\d{7})[- ]?[A-Z]\b",
    "it_cf": r"[A-Z](?<!\w[A-Z])[A-Z]{5}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b",
    "fr_nir": r"[12](?<!\d[12]) ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?!\d)",
    "id_context": (
        r"\b(?:(?i:social security(?: number| no\.?)?|ssn|tax (?:id|identification number)|tin|steuer-?id|"
        r"steueridentifikationsnummer|ppsn?|pps number|personalausweis(?:nummer)?|passport(?: number| no\.?| #)?|reisepass(?:nummer)?|"
        r"passeport|pasaporte|passaporto|paspoort|bsn|burgerservicenummer|dni|nie|nif|codice fiscale|"
        r"national insurance(?: number| no\.?)?|ni number|nino|driver'?s? licen[cs]e(?: number| no\.?| #)?|"
        r"licen[cs]e (?:number|no\.?|#)|dl(?: number| no\.?| #)|f[üu]hrerschein(?:nummer)?|permis de conduire|"
        r"id (?:number|no\.?|#)|identity (?:card|number)|tax file number|social insurance number|nhs (?:number|no\.?)|"
        r"c[ée]dula(?: de ciudadan[íi]a| de identidad)?|my number|マイナンバー|dow[óo]d(?: osobisty)?|identiteitskaart|"
        r"carte d['’]identit[ée]|carta d['’]identit[àa]|documento de identidad|bilhete de identidade)"
        # short ones only in capitals ("sin" is Spanish for "without")
        # (an RFC is read by id_documents, which tells a person's from a firm's)
        r"|(?-i:SIN|TFN|NHS|NRIC|FIN|CURP|CUIL|CUIT|RG|NSS|TCKN|AHV|AVS|C\.C\.))"
        r"\s*(?i:is|:|#|=|-)?\s*(?P<value>[A-Z0-9](?:[A-Z0-9]|[ \-.](?=\d)){4,19})(?![\w\-]|\.\d)"
    ),
    "account_context": (
        r"\b(?:account|acct|acc|a/c|konto(?:nummer)?|kontonr\.?|compte|cuenta|conto(?: corrente)?|"
        r"rekening(?:nummer|nr\.?)?|rek\.?[ \t]?nr\.?|rek(?=\.[ \t]?\d)|sort code|routing(?: number)?|aba|bsb|numer konta|nr konta|konta|"
        # Polish, Turkish, Czech, Finnish, Mexican and German short forms
        r"rachunk(?:u|iem)|rachunek|hesap(?: no| numaras[ıi])?|[úu][čc]tu|[úu][čc]et|tilinumero|"
        r"clabe|kto\.?-?nr|kto(?=\.? ?:? ?\d)|konto-?nr|"
        # Brazilian and Portuguese current accounts ("Conta corrente: 28.771-9", "Conta: 4410-2")
        r"conta[ \-]corrente|n[úu]mero da conta|conta(?= ?:)|conta(?=[ \t]+(?:na|no|do|da|em)[ \t]+(?-i:[A-Z]))|"
        # UK and Irish sort codes ("s/c", "NSC"), a Canadian transit number, Italian/Spanish "c/c",
        # Polish "nr rach.", Turkish "hesap numaram", Swiss and Italian postal accounts
        r"s/c|nsc|transit(?= ?(?:#|no\b|number|nr))|c/c|rach(?=\.)|hesap numaram|ccp|post(?:check)?konto|pc-konto|"
        # Hungarian, a French RIB and a Portuguese NIB (the whole line of codes), a Brazilian "CC
        # 41027-3" (with its check digit: "cc" alone is a card or a copy)
        r"sz[áa]mlasz[áa]m(?:om|a)?|banksz[áa]mla(?:sz[áa]m)?|rib|nib|cc(?= ?:? ?\d{3,12}-[\dxX]\b)|"
        # "rtng 140468670", "sort 20-00-00"
        r"rtng|rtn(?= ?#? ?\d{9}\b)|sort(?= ?:? ?\d{2}[- ]\d{2}[- ]\d{2}\b)|"
        r"(?:checking|chequing|savings)(?= ?(?:account|acct|a/c|#|no\b|:|\d{6,17}\b))|(?<=/ )(?:checking|chequing|savings))\b\.?"
        # a word saying which kind of account ("CLABE interbancaria", "cuenta bancaria", "compte courant")
        r"(?:[ \t]+(?:interbancaria|bancaria|bancario|bancaire|banc[áa]ria|corriente|courant|de ahorros?|de n[óo]mina|poupan[çc]a))?"
        r"(?: number| no\.?| nr\.?| num\.?| n[º°o]?\.| n[º°]| #)?"
        # the bank named (capitalised) between the label and the number: "Account number (Monzo):
        # ...", "Numéro de compte chez BNP : ...", "conto presso Unicredit n. ..."
        r"(?:[ \t]*\((?-i:[A-Z])[^()\n\d]{1,29}\)|[ \t]+(?:bei(?: der)?|chez|at|with|en|presso|bij|hos|w|i|su|sur|na|no|em|in|on|auf|på)[ \t]+"
        r"(?-i:[A-Z])[^\n\d:()]{1,29}?)?"
        r"[ \t]*(?:n\.|nr\.|no\.)?"
        r"\s*(?:is|es|est|ist|è|é|lautet|är|er|jest|was|war|era|était|fue|foi|var|:-|:|#|=|-(?=\d))?\s*(?P<value>\d(?:[\d]|[ \-.](?=\d)){4,34}(?:/\d{4}(?!\d))?)"
    ),
    "phone": (
        # "+44 20 ...", "(555) 555-0100", "030 1234567": each form starts with its own character
        # (the characters before and after may be Chinese, Japanese or Korean: "手机13800138000")
        r"(?:\+(?<![0-9A-Za-zÀ-ÿ_+/.\-]\+)\d{1,3}[ \t.\-]?(?:\(\d{1,5}\)[ \t.\-]?|\d)(?:[ \t.\-/]{0,3}\(?\d\)?){5,16}"
        r"|\((?<![0-9A-Za-zÀ-ÿ_+/.\-]\()\d{1,5}\)[ \t.\-]?(?:[ \t.\-/]{0,3}\(?\d\)?){5,16}"
        r"|\d(?<![0-9A-Za-zÀ-ÿ_+/.\-]\d)(?:[ \t.\-/]{0,3}\(?\d\)?){5,16})"
        r"(?:[ \t]*(?:x|ext\.?|extension|#)[ \t]*\d{1,6})?(?![0-9A-Za-zÀ-ÿ_]|-\d|\.\d)"
    ),
    "phone_context": (
        r"(?i)(?:(?:phone|tel|mobile|cell|fax|call|ring|text|whatsapp|number|reach|contact|answering|ph|mob|"
        r"telefon|handy|t[ée]l[ée]phone|portable|t[ée]l|tel[ée]fono|m[óo]vil|cellulare|telefoon|mobiel|bel|"
        r"from|rang|called|calling|callback|call back|call-back|r[üu]ckruf|dial|on|at|numarası|numarasi|n[úu]mero|nummer|tlf|gsm|cep|celular|telefone|"
        r"telem[óo]vel|komórka|tel\.|mobil|fon)\b|电话|手机|電話|携帯|전화|연락처|"
        r"(?<!\w)[tmpf]\.?:)[^\n\d]{0,25}$"
    ),
    # (no "\b" after the cue: "geb." ends in a period)
    # (a date without separators only right after the word: "birthday party, invoice 20250412")
    "dob": (
        rf"(?i)(?:{_BIRTH_WORDS})(?!\w)(?:[^\n\d]{{0,30}}?(?P<value>{_DATE}|{_WORDS_DATE})"
        rf"|[ \t:=\"'|,;(]{{0,6}}(?P<compact>{_COMPACT_DATE}))"
    ),
}
_CASELESS = {"email", "url", "account_context"}
_SKIPPABLE = {"phone_context", "dob"}  # (caseless inside: searched in the form the engine skips through)

# Numbers that name something else: a VAT or company number, an order, a meeting, a policy.
_NOT_PHONE_BEFORE = lazy_skippable(
    r"(?i)(?:vat|tva|iva|ust-?id(?:nr)?\.?|ust\.?|p\.?\s?iva|partita iva|nip|regon|abn|acn|siret|siren|kvk|btw|"
    r"org\.?\s?nr\.?|org\.?\s?no\.?|company no\.?|reg(?:istration)?\.? no\.?|policy(?: no\.?| number)?|order(?: no\.?| #)?|"
    r"invoice(?: no\.?)?|tracking(?: no\.?)?|meeting id|zoom(?: id)?|conf(?:irmation)?\.?\s?#?|isbn|sku|pn|part(?: no\.?)?|"
    r"ticket|case|ref\.?|cnpj|ein|customer(?: no\.?| number| #| id)?|klantnummer|talep no|订单号|订单编号|注文番号|주문번호|(?:ticket|talep|commande|facture|dossier|pedido|ordine)\s+(?:n[°º.o]|no\.?|nr\.?)|kundennummer|kundennr\.?|klantnr\.?|sendungsnr\.?|nif|cif|ifsc|emp id)"
    r"(?:[ \t]+(?:is|lautet|est|es|è|era|was))?(?-i:\s[A-Z]{2}\d{0,2}(?=\s))?[\s:#.\-]{0,3}$"  # (a VAT number may start with its country: "VAT GB 123 ...",
    # in capitals: "customer on 07700 ..." is a phone)
)
# Product codes (an EAN/GTIN barcode, an article or item number) and offer or quote numbers: a
# second, shorter rule, tried only on a number the first one let through.
_PRODUCT_BEFORE = lazy_skippable(
    r"(?i)(?:artikel(?:nummer|nr\.?)?|art\.?-?nr\.?|ean(?:-?13)?|gtin|upc|barcode|item(?: no\.?| #)?|article(?: no\.?)?|"
    r"codice articolo|offerte?(?:nummer|nr\.?)?|angebot(?:snummer|snr\.?)?|quote(?: no\.?| #)?|devis|presupuesto|preventivo|"
    r"steuernummer|steuer-?nr\.?|st\.-?nr\.?)"
    r"[\s:#.\-(]{0,3}$"
)
_YEAR_RANGE = lazy_re(r"(?:19|20)\d{2}[ \t]*[-–—/][ \t]*(?:19|20)\d{2}")  # "2016–2020" on a CV
_LEADING_DATE = lazy_re(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}(?:[ T]|$)")
_PHONE_AFTER = re.compile(r"\s*[-–(]?\s*(?i:office|fax|mobile|cell|home|work|direct|tel|phone|landline)\b")
_URL_SECRET_PARAMS = re.compile(
    r"[?&#;](?:[\w\-]*(?:token|key|secret|password|passwd|pwd|auth|sig|signature|session|sessionid|sid|"
    r"credential|code|otp|jwt|hash)[\w\-]*)=([^&#\s]{6,})",
    re.IGNORECASE,
)
# Any query value long and random enough to be a one-time token, whatever its parameter's name
# ("recover?t=2b7e15...", "passwort-neu?k=..."): hex or mixed letters and digits.
_URL_RANDOM_PARAM = re.compile(r"[?&#;][\w\-]{1,20}=([A-Za-z0-9_\-]{24,})(?=[&#\s]|$)")
# A parameter named "key", "code" or "token" in another language, or by one letter ("?t=",
# "?k="), carrying a value with letters and digits ("passwort-neu?t=a81bf3...", "?clave=7KQ2MX...").
_URL_SHORT_SECRET = re.compile(
    r"[?&#;](?i:t|k|c|tk|tok|h|clave|cl[eé]|codice|c[oó]digo|jeton|jet[oó]n|chave|c[oó]d|schl[uü]e?ssel|sleutel|klucz|kod|"
    r"kode|koodi|nyckel|n[øo]gle|anahtar|acceso|accesso|acesso|zugang|toegang|senha|clau|codigo_acesso)=([A-Za-z0-9_\-]{8,})(?=[&#\s]|$)"
)
# A link without its host ("/account/reset-password?token=...", "/cuenta/recuperar?codigo=..."):
# a path, a query, not inside a longer URL or a word.
_RELATIVE_LINK = re.compile(r"/(?<![\w:/.\-]/)[\w\-.~%/]*\?[^\s<>\"'`]+")
_URL_USERINFO = re.compile(r"://[^/\s:@]+:[^/\s@]+@")
# A key as the whole user part ("https://3fa9c81e...@o44812.ingest.sentry.io/5512"): a random one
_URL_KEY_USER = re.compile(r"://([A-Za-z0-9_\-]{16,})@")
_URL_RANDOM_SEGMENT = re.compile(r"/([A-Za-z0-9_\-]{20,})(?=[/?#]|$)")


_DOB_KEYS = (
    "born", "birth", "dob", "d.o.b", "geboren", "geb.", "geburt", "née", "né ", "nee le", "ne le", "naissance",
    # ("nac" is in nacid-, nació, nacimiento, nac., nací; "nasc" in nascid-, nascimento, nasceu, nasci, nascita)
    "nac", "nasc", "nacque", "ur.", "nato", "nata", "geboorte", "verjaardag", "data ur", "urodz", "doğum",
    "dogum", "födelse", "fodelse", "född", "fött", "fødsel", "生年月日", "出生日期", "생년월일", "date de f", "d.n.", "dn:", "dn :", "d.t.", "d. t.",
    "født", "synty", "naroz", "naște", "naşte", "născut", "szület", "जन्म",
    "bday", "b-day", "생일", "生日", "誕生日",  # (asked about in a chat: structured_dates)
    "d.tarih", "d. tarih",
)
# "La empresa nació el ...", "the company was born in ...": a firm's founding date, no one's birth.
_FIRM_BORN = re.compile(
    r"(?i)\b(?:empresa|company|firm|business|soci[ée]t[ée]|entreprise|azienda|societ[àa]|firma|unternehmen|bedrijf|project|"
    r"projeto|proyecto|progetto|startup|brand|marca|gmbh|ltd|inc)\b[^\n.]{0,40}$"
)
# Substrings at least one of which every id_context keyword holds; short ones with the
# character around them, so "did" or "meeting" do not open a window.
_ID_KEYS = (
    "social security", "ssn", "pps", "tax id", "tax identification", " tin", "steuer", "personalausweis", "passport",
    "reisepass", "passeport", "pasaporte", "passaporto", "paspoort", "bsn", "burgerservice", "dni", " nie",
    "nif", "codice fiscale", "national insurance", "ni number", "nino", "licen", "dl ", "dl:", "dl#",
    "führerschein", "fuhrerschein", "permis de conduire", "id ", "id:", "id#", "id.", "identit",
    # (single words: a key of several common words costs a search of the whole text; the short
    # capital cues with the colon after them: "sin", "rg", "fin" are inside common words)
    "sin:", "tfn", "nhs", "nric", "fin:", "curp", "cuil", "cuit", "dula", "rg:", "nss:", "tckn", "ahv", "avs",
    "マイナンバー", "dowód", "dowod", "c.c.",
)
_ACCOUNT_KEYS = (
    "account", "acct", "acc", "a/c", "konto", "compte", "cuenta", "conto", "rekening", "sort code", "routing",
    "aba", "bsb", "rachun", "hesap", "úč", "tilinumero", "clabe", "kto", "konta ", "konta:", "rek.", "reknr", "rek nr",
    "s/c", " nsc", "transit", "c/c", "rach.", "rtn", "sort", "checking", "savings", "conta", "ccp",
    "számla", "szamla", "rib ", "rib:", "nib ", "nib:", "cc ", "cc:",  # (not "cc" alone: "account", "success")
)


_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a digit doubled, its two digits added


def _luhn(digits: str) -> bool:
    total = sum(map(int, digits[-1::-2])) + sum(_LUHN_DOUBLED[int(ch)] for ch in digits[-2::-2])
    return total % 10 == 0


_NOT_DIGIT = lazy_re(r"\D")
_CARD_WORD = re.compile(r"(?i)card|karte|carte|tarjeta|carta|kaart|visa|amex|mastercard|maestro|\bcc\b")


def _card_ok(raw: str, context: str) -> bool:
    digits = _NOT_DIGIT.sub("", raw)
    if not 12 <= len(digits) <= 19 or not _luhn(digits) or len(set(digits)) < 2:
        return False
    if len(digits) == 14 and not digits.startswith(("30", "36", "38")):
        return False  # fourteen digits are a SIRET (Luhn too) unless they are a Diners card
    if len(digits) == 12:  # Maestro: only where a card is being talked about
        return digits.startswith(("50", "56", "57", "58", "6", "0604")) and bool(_CARD_WORD.search(context))
    # Known issuer ranges stand on their own; anything else needs a card word nearby.
    if digits[0] in "23456" or digits.startswith(("1800", "2131")):
        return True
    return bool(_CARD_WORD.search(context))


_GROUP_GAP = lazy_re(r"[ \-.]|\r?\n")
_CARD_GROUP_GAP = lazy_re(r"[ \-]")


def _card_end(raw: str, context: str) -> int:
    """How much of ``raw`` is a card number (0: none). A card run on into the digits after it
    ("5248-7110-9833-5626 11/26": the expiry's month) is a card without its last groups."""
    if _card_ok(raw, context):
        return len(raw)
    cuts = [m.start() for m in _GROUP_GAP.finditer(raw)]
    for cut in reversed(cuts[-2:]):  # (at most two groups more: an expiry, a CVV)
        groups = [len(group) for group in _CARD_GROUP_GAP.split(raw[:cut])]
        # only a card written in its groups ("4 4 4 4", Amex "4 6 5"), not a version and a date
        if (groups == [4, 6, 5] or set(groups) == {4}) and _card_ok(raw[:cut], context):
            return cut
    return 0


# Numbers shaped like cards that are not anyone's: one called a test or demo card, an order or
# tracking number. (The networks' test numbers stay hidden otherwise: people write them as their
# own when they make up an example of their own complaint.)
_NOT_CARD_BEFORE = lazy_re(
    r"(?i)(?:(?:test|demo|sandbox|dummy|example)\s*(?:card|karte|carte|tarjeta|number|nr\.?|no\.?)?|"
    r"(?:order|订单|注文|주문|pedido|commande|bestell|ordine|sipari[şs]|zam[óo]wieni|tracking|invoice|ean|gtin|upc|barcode|artikel)\S*"
    r"\s*(?:no\.?|nr\.?|#|number|号|番号|번호)?)\s*[:：#]?\s*$"
    # or said to be one ("the test card is 4242 ...")
    r"|(?i:test|demo|sandbox|dummy|example)[ \t]+(?i:card|karte|carte|tarjeta|number)[ \t]+(?i:is|ist|est|es|è|är|er)[ \t]+$"
)


def _not_a_card(before: str) -> bool:
    return bool(_NOT_CARD_BEFORE.search(before))


_BASE36 = {ord(c): str(int(c, 36)) for c in string.ascii_uppercase}


def _iban_ok(raw: str) -> bool:
    from stdnum import iban

    compact = raw.replace(" ", "").replace("-", "").replace(".", "").replace("\n", "").replace("\r", "").upper()
    if compact.isascii() and compact.isalnum():
        # The check-digit sum first, as python-stdnum computes it: most tries (the longest
        # prefix of a match that ran on into the next words) fail it, and the full validation
        # (country tables, formats) costs ten times more.
        if int((compact[4:] + compact[:4]).translate(_BASE36)) % 97 == 1 and iban.is_valid(compact):
            return True
    elif iban.is_valid(compact):
        return True
    # Right country length but a wrong check digit is still someone's account, mistyped.
    lengths = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "IE": 22}
    return lengths.get(compact[:2]) == len(compact)


_VERSION_BEFORE = lazy_re(
    r"(?:version|build|release|ver\.?|firmware|rev\.?|patch|update|app|sdk|v|deploy|deployed|crash in|bug in|fixed in|"
    r"hotfix|tag|tagged|upgrade to|upgraded to|rollout|rolled out|kernel|driver|bios|os|versi[oó]n|vers[ãa]o|versione|"
    r"wersja|s[üu]r[üu]m[üu]?|ファームウェア|バージョン|版本|버전)(?:は|:|：|は、)?\W{0,3}$"
)
# Four numbers with small parts ("1.0.0.12", "6.1.0.18") are a version, not an address, unless a
# network word stands before them ("dns 8.8.8.8"): an address's parts are near random.
_IP_WORD_BEFORE = lazy_re(
    r"(?i)(?:ip|addr|address|adresse|dirección|indirizzo|host|server|dns|gateway|gw|from|router|vpn|subnet|mask|lan|wan|"
    r"proxy|client|peer|src|dst|source|remote|ping|connect(?:ed|ing)?(?: to)?|von|de|da|z|den)\W{0,3}$"
)


def _version_shaped(ip: str, before: str) -> bool:
    parts = ip.split(".")
    small = sum(len(part) == 1 for part in parts[1:])
    return len(parts[0]) == 1 and small >= 2 and not _IP_WORD_BEFORE.search(before)
_VERSION_AFTER = lazy_re(r"\s+(?:released|ships|is out|build|release)\b", re.IGNORECASE)
_IPV6_HINT = re.compile(r":[0-9a-fA-F]{0,4}:")
_EXTENSION = re.compile(r"(?i)\s*(?:x|ext\.?|extension|#)\s*(?=\d+$)")
_MAY_EXTEND = re.compile(r"[xXeE#]")  # (a character every extension mark holds: most numbers have none)
_DATE_LIKE = re.compile(r"\d{1,2} ?[./\-] ?\d{1,2} ?[./\-] ?\d{2,4}|\d{4}-\d{2}-\d{2}")
# A reference that starts with a year ("2025-0318-44", "2024/118/7"): an offer or file number
# A range of days in one month ("14–27.07.2025", "3-9/5/2025"): a stay or a course, no phone.
_DAY_RANGE = re.compile(r"(?:0?[1-9]|[12]\d|3[01]) ?[–—\-] ?(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?\d{2}")
_YEAR_REFERENCE = re.compile(r"(?:19|20)\d{2}[\-/]\d")
_DATE_SIGN = re.compile(r"[./\-–—]")


# Countries whose national numbers are written with a leading 0 (mobiles too): a bare run of
# digits there without it is a part, order or waybill number.
_TRUNK_ZERO = frozenset({"DE", "AT", "CH", "FR", "NL", "BE", "GB", "IE", "SE", "TR", "AU", "NZ", "JP"})


def _phone_shape(raw: str) -> tuple[str, int] | None:
    """``raw`` as a phone number is parsed ("00" written as "+") and its digits before any
    extension; None with too few or too many digits for any phone number."""
    stripped = raw.strip()
    main = _EXTENSION.split(stripped)[0] if _MAY_EXTEND.search(stripped) else stripped
    digits = sum(map(str.isdigit, main))
    if digits < 7 or digits > 15:
        return None
    if main.startswith("00"):
        stripped = "+" + stripped[2:].lstrip(" -.")
    return stripped, digits


def _never_phone(raw: str) -> bool:
    """The first checks of ``_phone_ok``, which need no context: too few or too many digits,
    or a date. Done before the context look-up, which most such matches do not need."""
    shape = _phone_shape(raw)
    if shape is None:
        return True
    stripped = shape[0]
    # a date, or a date and a time ("03/04/2024 11:20" taken up to the hour); a span of years
    if not _DATE_SIGN.search(stripped):
        return False  # (each date form below holds one of these signs: most numbers have none)
    return bool(_DATE_LIKE.fullmatch(stripped) or _LEADING_DATE.match(stripped) or _YEAR_RANGE.fullmatch(stripped)
                or _YEAR_REFERENCE.match(stripped) or _DAY_RANGE.fullmatch(stripped))


@lru_cache(maxsize=4096)
def _phone_ok(raw: str, country: str, has_context: bool) -> bool:
    """Whether ``raw`` is a phone number: valid for the hinted country (or, when written with
    a country code or next to a phone word, anywhere), or possible and written like one."""
    import phonenumbers

    shape = _phone_shape(raw)
    if shape is None:
        return False
    stripped, digits = shape
    if _DATE_LIKE.fullmatch(stripped):
        return False  # a date
    formatted = bool(re.search(r"[\s().\-+/]", stripped)) or stripped.startswith("00")
    if formatted and has_context:
        return True  # what every way through the regions below ends in: no need to parse it
    if not formatted and not has_context and digits not in (10, 11):
        return False
    if not formatted and not has_context and country.upper() in _TRUNK_ZERO and stripped[0] not in "0+":
        return False  # "Profilschiene 3842993419": here a national number is written with its leading 0
    regions: tuple[str, ...] = (country.upper(),)
    if not stripped.startswith("+") and (formatted or has_context):
        regions += tuple(r for r in _REGIONS + (_MORE_REGIONS if has_context else ()) if r != country.upper())
    if digits < 9 and not has_context and not stripped.startswith("+"):
        return False  # a short local number only next to a phone word ("7873 216" is a house number)
    for i, region in enumerate(regions):
        try:
            number = phonenumbers.parse(stripped, region)
        except phonenumbers.NumberParseException:
            continue
        # Cheapest test first: a number written like a phone number (or next to a phone word)
        # that has a possible length for the hinted country is one.
        if i == 0 and (formatted or has_context) and phonenumbers.is_possible_number(number):
            return True
        valid = (
            phonenumbers.is_valid_number(number)
            if stripped.startswith("+")
            else phonenumbers.is_valid_number_for_region(number, region)
        )
        if valid:
            return formatted or has_context or i == 0
        if has_context and formatted:
            return True  # what every later region could answer, and the answer when none does
    return has_context and formatted


def find_structured(text: str, country: str = "US") -> list[Candidate]:
    """Every structured personal value in ``text`` (before overlaps are settled)."""
    out: list[Candidate] = []
    add = out.append
    lower = lowered(text)
    for a, b in keyword_windows(lower, ("@",), 256, 128):
        for m in email_matches(_re("email"), text, a, b):  # (what finditer finds there)
            if text.endswith("://", 0, m.start()) and m.group(0).split("@", 1)[0].isalpha():
                continue  # "https://public@sentry.example.com/12": a link's key word, the link decides
            add(Candidate(m.start(), m.end(), "EMAIL"))
    for m in _links(text, lower):
        url = m.group(0).rstrip(".,;:!?)]}'\"")
        if _URL_USERINFO.search(url) or _key_user(url) or _secret_query(url) or _random_segment(url) or _random_param(url):
            add(Candidate(m.start(), m.start() + len(url), "URL"))
    if "?" in text:
        for m in _RELATIVE_LINK.finditer(text):
            url = m.group(0).rstrip(".,;:!?)]}'\"")
            if _secret_query(url) or _random_param(url):
                add(Candidate(m.start(), m.start() + len(url), "URL"))
    for m in _re("ipv4").finditer(text):
        before = text[max(0, m.start() - 16) : m.start()].lower()
        if _VERSION_BEFORE.search(before) or before.rstrip().endswith("v") or _VERSION_AFTER.match(text, m.end()):
            continue
        if _version_shaped(m.group(0), before):
            continue
        add(Candidate(m.start(), m.end(), "IP"))
    if _IPV6_HINT.search(text):  # every IPv6 address has two colons at most four hex digits apart
        for m in _re("ipv6").finditer(text):
            try:
                ipaddress.IPv6Address(m.group(0))
            except ValueError:
                continue
            add(Candidate(m.start(), m.end(), "IP"))
    _ibans(text, add)
    find_more_ibans(text, add, lower)  # (wrong check digits after an account word, country set apart)
    for m in long_numbers(text).finditer(_re("card")):  # (twelve digits or more)
        before = text[max(0, m.start() - 40) : m.start()]
        end = _card_end(m.group(0), before)
        if end and not _not_a_card(before):
            add(Candidate(m.start(), m.start() + end, "CARD"))
    if "X" in text or "x" in text or "*" in text or "•" in text:
        for m in long_numbers(text).finditer(_re("masked_card")):
            before = text[max(0, m.start() - 40) : m.start()]
            if m.group(0)[0] in "23456" or _CARD_WORD.search(before):
                add(Candidate(m.start(), m.end(), "CARD"))
    find_loose_cards(text, add)  # (cards mistyped or pasted with odd gaps, beside a card word)
    _national_ids(text, add, lower)
    out += loose_emails(text, lower)
    out += find_profile_links(text, lower)
    for a, b in keyword_windows(lower, _ACCOUNT_KEYS, 80, 15):  # ("Postkonto", "PC-Konto": the cue "konto" ends them)
        for m in _re("account_context").finditer(text, a, b):
            # Dots group a Dutch or Brazilian account ("3254.18.772", "28.771-9"); with fewer
            # than six digits or cents after them they are an amount ("Konto 1.250", "1.234.567,00").
            value = m.group("value")
            if "." in value and (sum(c.isdigit() for c in value) < 6 or text[m.end() : m.end() + 1] == ","):
                continue
            add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
    find_regional(text, add, lower)
    find_id_documents(text, add, lower)
    find_wrapped_ids(text, add)
    find_member_numbers(text, add, lower)
    find_bank_accounts(text, add, lower)
    sql_values(text, add, lower)
    birth_windows = keyword_windows(lower, _DOB_KEYS, 90)
    # "b.", "f.", "s." before a date's first digit: one pass, not a key each ("Mrs. " holds "s. ")
    birth_windows = sorted(birth_windows + [(m.start() - 1, m.start() + 90) for m in _SHORT_BIRTH.finditer(lower)])
    for a, b in birth_windows:
        for m in _re("dob").finditer(text, a, b):
            if not _FIRM_BORN.search(text, max(0, m.start() - 50), m.start()):
                group = "value" if m.group("value") else "compact"
                add(Candidate(m.start(group), m.end(group), "DOB"))
    find_more_birth_dates(text, add, lower, _DATE, birth_windows)
    # Phones last: digits already taken by a card, an IBAN, an IP or an ID are not checked again.
    out += _phones(text, country, sorted((c.start, c.end) for c in out))
    out += spoken_phones(text, lower)
    return out


def _ibans(text: str, add) -> None:
    for m in _re("iban").finditer(text):
        start = m.start() - 2  # the country letters
        raw = text[start : m.end()]
        # The pattern may run on into following words ("... 0130 00 is paid"): try the longest
        # prefix that ends at a group boundary and validates.
        cuts = [len(raw)] + [i for i in range(len(raw) - 1, 14, -1) if raw[i] in " -.\n"]
        for cut in cuts:
            if _iban_ok(raw[:cut]):
                add(Candidate(start, start + cut, "IBAN"))
                break


def _cue_before(text: str, cue_at: int, phone_context: re.Pattern[str]) -> bool:
    """Whether a phone word stands in the 40 characters before ``cue_at``. (A phone word and
    what follows it hold no digit or line break: it is looked for only after the last one.)"""
    before = text[max(0, cue_at - 40) : cue_at]
    tail = _CUE_TAIL.search(before)  # (always found, if only empty at the end)
    return bool(phone_context.search(before, tail.start() if tail else 0))


def _phones(text: str, country: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Phone numbers in ``text`` outside the ``taken`` spans (sorted)."""
    out = []
    taken_starts = [t[0] for t in taken]
    phone_context = _re("phone_context")
    for start, raw, cue_at in _phone_matches(text):
        while raw.endswith(")") and raw.count(")") > raw.count("("):
            raw = raw[:-1].rstrip(" .-/")  # "(phone +44 20 7946 0958)": the bracket closes the aside
        end = start + len(raw)
        i = bisect.bisect_left(taken_starts, end) - 1  # spans that start before this one ends
        if i >= 0 and taken[i][1] > start and any(taken[j][1] > start for j in range(max(0, i - 3), i + 1)):
            continue
        if _never_phone(raw):
            continue
        context = _cue_before(text, cue_at, phone_context) or bool(_PHONE_AFTER.match(text, end))
        if (_phone_ok(raw, country, context) and not _NOT_PHONE_BEFORE.search(text, max(0, start - 24), start)
                and not _PRODUCT_BEFORE.search(text, max(0, start - 20), start) and not _service_line_named(text, start, end, raw, country)):
            out.append(Candidate(start, end, "PHONE"))
    return out


# A toll-free, shared-cost or premium line ("0800 123 4567", "1-800-555-0199", "0333 014 2200",
# "800 123 4567" in Mexico) named as a service's: a line or a desk before it, or "free" after it
# ("our HR line on 0333 ...", "Atención a clientes: 800 ... (sin costo)"). Told by the number plan,
# only for numbers whose digits start as such lines do (most numbers are not parsed again).
_SERVICE_BEFORE = re.compile(
    r"(?i)(?:(?:hr|help|service|support|info|customer|office|main|advice|booking|sales|enquiry|enquiries|our) line|hotline|helpline|help ?desk|service ?desk|support|customer (?:service|care)|switchboard|"
    r"atenci[óo]n a (?:clientes|usuarios)|servicio al cliente|service client(?:s|èle)?|kundenservice|kundendienst|"
    r"l[íi]nea|ligne|linea|numero verde|klantenservice|infolijn|kundtjänst|asiakaspalvelu|m[üu]şteri hizmetleri)\b[^\n\d]{0,25}$"
)
_FREE_AFTER = re.compile(
    r"(?i)[ \t]*\(?(?:toll[ \-]?free|free ?phone|free of charge|sin costo|gratuit[oa]?|gratis|kostenlos|geb[üu]hrenfrei|"
    r"numero verde|n[úu]mero gratuito|appel gratuit|[üu]cretsiz|gratisnummer|maksuton)"
)


# Substrings one of which every word of _SERVICE_BEFORE or _FREE_AFTER holds (a cheap test first).
_SERVICE_KEYS = ("line", "desk", "support", "service", "care", "board", "client", "kunden", "nea", "gne", "verde",
                 "lijn", "tjänst", "palvelu", "hizmet", "free", "costo", "grat", "kostenlos", "hren", "cretsiz", "maksuton")


def _service_line_named(text: str, start: int, end: int, raw: str, country: str) -> bool:
    if not _SERVICE_START.match(raw.strip()):
        return False  # (most numbers: no context looked at)
    around = text[max(0, start - 40) : end + 30].lower()
    if not any(key in around for key in _SERVICE_KEYS):
        return False
    if not (_FREE_AFTER.match(text, end, end + 30) or _SERVICE_BEFORE.search(text, max(0, start - 40), start)):
        return False
    return _service_line(raw, country)
_SERVICE_START = re.compile(r"\+?(?:0{0,2}(?:1|44|49|33|34|39|31|61|52|55|91)?[ \-.()]*)?0?(?:8\d\d|9\d\d|3\d\d|1[38]\d\d)")


@lru_cache(maxsize=1024)
def _service_line(raw: str, country: str) -> bool:
    import phonenumbers
    from phonenumbers import PhoneNumberType as Kind

    if not _SERVICE_START.match(raw.strip()):
        return False
    try:
        number = phonenumbers.parse(raw, country.upper())
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in (Kind.TOLL_FREE, Kind.SHARED_COST, Kind.PREMIUM_RATE, Kind.UAN)


_CUE_TAIL = re.compile(r"[^\n\d]*+\n?\Z")
_NUMBER_SLASH = re.compile(r"[ \t]+/[ \t]*|[ \t]*/[ \t]+")


def _phone_matches(text: str):
    """(start, text, where its cue would end) of each phone rule match; two numbers written
    "A / B" are two matches, the second with the first one's cue ("Tel: 021-6432 8877 / 139 ...")."""
    rule = _re("phone")
    pos = 0
    follows_at, cue_at = -1, -1  # where a number after "A / " starts, and A's cue position
    while (m := rule.search(text, pos)) is not None:
        raw = m.group(0).rstrip(" .-/")
        sep = _NUMBER_SLASH.search(raw) if "/" in raw else None
        if sep and sum(map(str.isdigit, raw[: sep.start()])) < 7:
            sep = None  # "0911 / 55 20 418": the slash after an area code
        if sep:
            raw = raw[: sep.start()]
        cue = cue_at if m.start() == follows_at else m.start()
        yield m.start(), raw, cue
        if sep:
            follows_at, cue_at = m.start() + sep.end(), cue
            pos = follows_at
        else:
            pos = m.end()


def _links(text: str, lower: str):
    """The url rule's matches in the stretches around each "://" (16 characters before, 4096
    after), as scanning those stretches finds them, but tried only where a scheme ("https",
    "postgresql+psycopg2": at most 24 characters) can start: the 24 characters before each "://"."""
    rule = _re("url")
    windows = keyword_windows(lower, ("://",), 4096, 24)
    w = 0
    last_end = 0
    at = lower.find("://")
    while at >= 0:
        while windows[w][1] <= at:
            w += 1
        begin, end = windows[w]
        for start in range(max(last_end, begin, at - 24), at):
            m = rule.match(text, start, end)
            if m:
                last_end = m.end()
                yield m
                break
        at = lower.find("://", at + 1)


def _key_user(url: str) -> bool:
    m = _URL_KEY_USER.search(url)
    return bool(m) and sum(c.isdigit() for c in m.group(1)) >= 4 and sum(c.isalpha() for c in m.group(1)) >= 4  # type: ignore[union-attr]


def _secret_query(url: str) -> bool:
    if _URL_SECRET_PARAMS.search(url):
        return True
    for m in _URL_SHORT_SECRET.finditer(url):
        value = m.group(1)
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return True
    return False


def _random_param(url: str) -> bool:
    for m in _URL_RANDOM_PARAM.finditer(url):
        value = m.group(1)
        digits = sum(c.isdigit() for c in value)
        if digits >= 6 and len(value) - digits >= 6:
            return True
    return False


def _random_segment(url: str) -> bool:
    for m in _URL_RANDOM_SEGMENT.finditer(url.split("?", 1)[0]):
        seg = m.group(1)
        if any(c.isdigit() for c in seg) and any(c.isalpha() for c in seg) and not seg.islower() | seg.isupper():
            return True
        if sum(c.isdigit() for c in seg) >= 6 and sum(c.isalpha() for c in seg) >= 6:
            return True
    return False


def _national_ids(text: str, add, lower: str | None = None) -> None:
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.it import codicefiscale
    from stdnum.us import ssn

    numbers = long_numbers(text)  # (SSNs, NIRs, DNIs and NIEs hold seven digits or more)
    for m in numbers.finditer(_re("ssn")):
        if ssn.is_valid(m.group(0).replace(" ", "-")) or ssn.is_valid(m.group(0)):
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    for m in _re("nino").finditer(text):
        prefix = m.group(0)[:2]
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT"}:  # ZZ stands in for a missing number: still hide
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    for m in numbers.finditer(_re("es_id")):
        value = m.group(0)
        if dni.is_valid(value) or nie.is_valid(value):
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    for m in _re("it_cf").finditer(text):
        if codicefiscale.is_valid(m.group(0)):
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    for m in numbers.finditer(_re("fr_nir")):
        if nir.is_valid(m.group(0)):
            add(Candidate(m.start(), m.end(), "NATIONAL_ID"))
    checksum_ids(text, add)
    lower = text.lower() if lower is None else lower
    windows = keyword_windows(lower, _ID_KEYS, 70, 2)
    found = (m for a, b in windows for m in _re("id_context").finditer(text, a, b))
    for m in found:
        value = m.group("value")
        if any(ch.isdigit() for ch in value):
            add(Candidate(m.start("value"), m.end("value"), "NATIONAL_ID"))
    answered_ids(text, lower, windows, add)
