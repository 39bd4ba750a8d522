"""Numbers that have the shape of a phone, an ID or an IP address but are a firm's or a
document's: the words right before them say so.

Business text is full of digit runs: an order "Bestellnummer 4500123987", a meeting "Besprechungs-ID
345 987 654 12", a firm's "SIRET 412 883 001 00015" or "Organisationsnummer 556814-3308", a
"build 22621.3296", a "Version du logiciel : 5.8.12.3". Hidden as a phone or an ID, the answer
talks about "[PHONE_2]" where the text gave an order number, and a person can no longer check it.

A structured find is kept unless the label right before it, on the same line, with no digit
between, names such a number; a phone word in between ("Order desk phone:") keeps it, and a
number written with a leading "+" is always a phone. Sample values are labelled as such
("Sample phone 555-0100", "Codice fiscale di esempio"); "example" inside an address
("name@example.com") is no such label. An "address" that starts inside a log line's time or at a
weekday is a date, and a form's sample address ("Musterstraße 1, 12345 Musterstadt") no one's.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.privacy.address_dates import a_date_before_the_postcode
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import spaced_word_end, word_search_from
from desktop.core.privacy.name_words import CALENDAR, MONTH_ABBREVIATIONS
from desktop.core.privacy.not_business_codes import a_firms_number, a_flight, a_timestamp
from desktop.core.privacy.not_codes import under_a_letterhead
from desktop.core.privacy.not_named_things import a_spot_in_a_venue
from desktop.core.privacy.not_secrets import sample_connection, sample_email
from desktop.core.privacy.word_lists import derived, word_list

# Labels of a document's or a firm's numbers, in the team's languages, by the kinds they excuse.
_ORDERS = (
    r"orders?|po|purchase order|order (?:number|no|ref|id)|order_id|bestellnummer|bestellung|auftrag|auftragsnummer|"
    r"lieferschein|belegnummer|beleg|rechnungsnummer|invoice(?: no| number)?|pedido|número de pedido|orden de compra|"
    r"encomenda|commande|numéro de commande|ordine|numero d'ordine|ordernummer|ordrenummer|ordrenr|bestelnummer|"
    r"zamówienia|zamówienie|sipariş(?: no)?|ticket|ticketnummer|case(?: number| no)?|incident|melding|ärende|"
    r"kundärende|expediente|número de expediente|dossier|aktenzeichen|matter|referência|reference|ref|réf|rif|"
    r"référence(?: client)?|customer reference|kundenreferenz|referenz|referentie|referens|referans|"
    r"riferimento|referencia|booking ref|tracking|sendungsnummer|numéro de suivi|suivi|serial(?: number)?|"
    r"seriennummer|n° de série|part(?: no| number)?|p/n|sku|ean|artikelnummer|lot|lote|lotto|partij|isbn|"
    r"entidade|kostenstelle|cost cent(?:re|er)|aws account|business account|account id|tenant id|"
    r"bestelling|beställning|bestilling|ordre|factura|fattura|fatura|faktura|factuur|rechnung|facture|"
    r"pedido n|numer zamówienia|sipariş numarası|fatura no|"
    r"tilaus|tilausnumero|tilausnro|objednávka|objednávky|rendelés|rendelésszám|comanda|comandă|заказ|замовлення|"
    r"παραγγελία|pesanan|đơn hàng|"
    # invoice numbers named in one word or with "number" ("Factuurnummer 20251187", "Fakturanr 4471209")
    r"factuurnummer|factuurnr|fakturanummer|fakturanr|rechnungsnr|rechnungs-nr|numer faktury|nr faktury|fatura numarası|"
    r"número de factura|n[úu]mero da fatura|numero (?:di )?fattura|n° de facture|numéro de facture|laskun numero|laskunro|"
    # bookings and shipments ("reserva 77201983", "Takip numarası: 718204936152", "Bestellnr. 4500388122")
    r"bestellnr|best\.-nr|auftragsnr|reserva|reservation|reservierung|buchung|buchungsnummer|prenotazione|"
    r"reservering|boeking|rezerwacja|rezervasyon|bokning|booking|conf|confirmation|takip(?: numarası| no)?|"
    r"kargo takip|gönderi(?: no)?|sendung|colis|envío|seguimiento|spedizione|zending|przesyłka|försändelse|forsendelse|"
    # waybills and travel tickets ("fraktsedel 3901877124", "número de billete 075-2384910231")
    r"fraktsedel|fraktsedelnummer|frachtbrief|waybill|air waybill|awb|connote|guía|guia|"
    r"lettre de voiture|vrachtbrief|cmr|irsaliye|list przewozowy|remito|packing slip|delivery note|fragtbrev|consignment|"
    r"billete|número de billete|billet|biglietto|bilhete|eticket|flugticket|bilet|ticket number|"
    r"planning application|application(?: no| number| ref)?|"
    # insurance policies ("Polisnummer 7712-0045-881", "n° de police", "número de póliza")
    r"policy(?: no| number)?|polisnummer|polisnr|polis nr|n° de police|numéro de police|p[óo]liza|n[úu]mero de p[óo]liza|"
    r"polizza|numero (?:di )?polizza|ap[óo]lice|versicherungsschein(?:nummer)?|vertragsnummer|poli[çc]e(?: no| numarası)?|"
    r"numer polisy|polisa|försäkringsnummer|forsikringsnummer|vakuutusnumero|"
    # in Slovene, Croatian and Serbian ("Številka police: 40-7712934", "Broj polise 880-4412379-22"),
    # a contract in German and a group-insurance certificate in French
    r"številka police|stevilka police|broj police|broj polise|polise|vertrag|versicherungsvertrag|numéro de certificat|"
    r"numero de certificat|n° de certificat|број полисе|полиса|полисе"
)
# A card's number is no phone ("card no. 6014 4400 1188 (Flybuys)", "Kundenkarte 2771 0045 912"):
# excuses a phone only (an "ID card number" is an ID; a payment card is found as a card).
_CARDS = (
    r"card(?: no| number| nr| #)?|kundenkarte|bonuskarte|karten-?nr|kartennummer|carte(?: de)? fidélité|n° de carte|"
    r"numéro de carte|tarjeta(?: de socio| de fidelidad)?|número de tarjeta|carta fedeltà|numero carta|klantenkaart|"
    r"kaartnummer|kortnummer|bonuskort|kundekort|kart no|numer karty|cart[ãa]o(?: fidelidade)?"
)
# Loyalty, frequent-flyer and club numbers: a firm's reference for its customer, no phone
# ("Airpoints number is 4471882093", "socio del club de fidelidad: 6048 2271 9930").
_MEMBERSHIPS = (
    r"airpoints|frequent flyer|miles ?& ?more|avios|flying blue|skywards|loyalty|rewards|membership|payback|treuepunkte|"
    r"mitgliedsnummer|lidnummer|lidmaatschap|adhérent|adherent|fidelidad|fidélité|fidelite|fedeltà|fidelidade|socio|tessera"
)
# A place's or a department's line, not a person's ("Their goods-in line is ...", "el teléfono
# del almacén: ...", "Zentrale: ...").
_DEPARTMENT_LINES = (
    r"goods-in|goods in|warehouse|almacén|almacen|lager|magazzino|armazém|armazem|magazyn|entrepôt|entrepot|"
    r"reception|rezeption|recepción|recepcion|receptie|front desk|switchboard|zentrale|centralita|centralino|"
    r"central|centrale|central de atendimento|sentralbord|växel|vaihde|ústředna|központ|"
    r"accueil|standard(?=[ \t]*:)|helpdesk|service desk|servicedesk|hotline|kundenservice|customer service|klantenservice|kundtjänst"
)
# Customer numbers, with a few words between ("Ons klantnummer bij jullie is 1120458").
_CUSTOMERS = (
    r"kundennummer|kunden-nr|kundennr|klantnummer|klantnr|customer number|customer no|customer id|kundnummer|"
    r"kundenummer|kundenr|numéro client|n° client|número de cliente|numero cliente|codice cliente|"
    r"müşteri no|müşteri numarası|numer klienta|nr klienta|número do cliente"
)
# ("btw" alone is also "by the way" in a Dutch chat: the tax's only with its number's word or sign)
_FIRMS = (
    r"vat(?: reg)?(?: no| number)?|ust-?idnr|ust-id|umsatzsteuer-id|steuernummer|tva(?: intracommunautaire)?|"
    # ("Iva" alone in a cell before a row's other cells is a given name: "Iva;Kos;69382150405")
    r"p\. ?iva|partita iva|iva(?![;\t|])|btw[ \-]?(?:nummer|nr\.?|id)|btw(?=[ \t]*[:#(]|[ \t]+nl[ \t]?\d)|nip(?: firmy)?|regon|krs|kvk(?:-nummer)?|cvr(?:-nummer)?|"
    r"org\.? ?nr|organisationsnummer|orgnr|vkn|vergi kimlik numarası|vergi no|nipc|cif|cnpj|siret|siren|abn(?![ \t]*amro)|acn|"
    r"employer identification number|hrb|hra|company (?:no|number|registration)|companies house|cro|"
    r"firmenbuchnummer|uid|duns|eori|numéro d'entreprise|n° d'entreprise|ondernemingsnummer|kbo|bce"
)
# Firms' registration and tax numbers in the languages of Latin America, the Middle East, Asia,
# Eastern Europe and the Nordics (those that name a firm's number only, not a person's).
_FIRMS_MORE = (
    # (each alternative starts with a whole word written out: the cheap first-word test reads them)
    r"npwp (?:perusahaan|badan)|mã số thuế (?:công ty|doanh nghiệp)|mã số doanh nghiệp|ma so thue (?:cong ty|doanh nghiep)|"
    r"사업자등록번호|사업자 등록번호|사업자번호|법인등록번호|cégjegyzékszám|cegjegyzekszam|adószám|adoszam|ičo|ico|dič|y-tunnus|γεμη|γ\.ε\.μ\.η\.?|огрн|кпп|окпо|єдрпоу|едрпоу|еик|булстат|"
    r"ח\.פ\.?|ח\"פ|الرقم الضريبي للشركة|السجل التجاري|رقم السجل التجاري|trade licen[cs]e(?: no| number)?|trn|"
    r"commercial registration(?: no| number)?|cr no|uen|ssm|統一編號|統編|统一社会信用代码|法人番号|registrikood|ettevõtte registrikood|"
    r"cui(?: asocia[țt]ie)?|nit de la (?:empresa|cl[íi]nica|compa[ñn][íi]a)"
)
_MEETINGS = (
    r"meeting id|meeting-id|besprechungs-id|webinar id|access code|conference id|konferenz-id|code de la réunion|"
    r"id riunione|id de reunión|id da reunião|vergadering-id|id de conférence|id de la conférence|id de réunion|"
    r"id de la réunion|conferentie-id|vergader-id|mötes-id|møte-id|møde-id|kokoustunnus|id spotkania|id schůzky|"
    r"toplantı kimliği|id de conferencia|id da conferência|id conferenza|会議id|会議ｉｄ|ミーティングid|회의 id|회의id|会议id|会议号|"
    # (a meeting's number as Webex and Teams name it: "Webex-vergadernummer", "meeting number", "Besprechungsnummer")
    r"id\. de reuni[óo]n|webex-vergadernummer|vergadernummer|meeting number|besprechungsnummer|num[ée]ro de (?:la )?r[ée]union|n[úu]mero de (?:la )?reuni[óo]n|numero riunione|mötesnummer"
)
# A filing's or a form's own number in Spanish, Portuguese and Italian, a few words after its word
# ("Protocolo da proposta: 2026.01.77412", "protocolo de atendimento 2026...", "Folio de solicitud: 44120").
_FILINGS = r"protocolo|protocollo|folio"
_VERSIONS = (
    r"version|versione|versão|versión|versie|wersja|sürüm|sürümü|versjon|build|byggnummer|firmware|release|"
    r"chrome|safari|firefox|windows"
)
_SAMPLES = r"sample|example|beispiel|exemple|ejemplo|esempio|di esempio|voorbeeld|exemplo"
# Words of calling and reaching (their stems) in the team's languages: between a label and a
# number they make it a phone again ("IVA incluido, llámame al 612 ...").
_PHONE_WORDS = re.compile(
    r"(?i)\b(?:tel|tél|phone|call|mobile|mobil|handy|cell|whatsapp|fax|telefon|telefone|teléfono|telefono|gsm|"
    r"ll[aá]m|chiam|appel|ruf|anruf|zadzwo|dzwo|ring|sms|text|reach|contact|kontakt|contat|arayın|arayabilir|bel me|"
    r"direkt|direct|durchwahl|directo|diretto|doorkiesnummer|ext)"
)
# Which labels excuse which kinds: (labels written right before the number, labels that may
# have a few words between: "SIRET de notre entité :", "CVR-nummer til fakturaen:").
_EXCUSED = {
    "PHONE": ((_ORDERS, _CARDS), (_FIRMS, _FIRMS_MORE, _MEETINGS, _VERSIONS, _SAMPLES, _CUSTOMERS, _DEPARTMENT_LINES, _MEMBERSHIPS, _FILINGS)),
    "NATIONAL_ID": ((_ORDERS,), (_FIRMS, _FIRMS_MORE, _SAMPLES, _CUSTOMERS, _MEETINGS, _FILINGS)),
    "ACCOUNT": ((_ORDERS,), (_FIRMS, _MEETINGS)),
    "IP": ((), (_VERSIONS,)),
}
_REACH = 48  # how far before a number its label is looked for
_SWITCHBOARD = re.compile(r"\d{3,}[ \t]?-[ \t]?0$")
_MEETING_LINK = re.compile(r"(?:zoom\.us/(?:j|w|s|my)/|teams\.microsoft\.com/\S*|webex\.com/\S*|meet\.google\.com/)\S*$")
_SHORT_GAP = r"\.?[ \t]*(?:(?:number|no|nr|nummer|n[°º]|num|número|numero|numéro|id)\.?[ \t]*)?[:#=]?[ \t]*"
_LONG_GAP = r"[^\d\n]{0,30}"


def _shipment_words() -> str:
    """Order, shipment, receipt and contract words of more languages (shipment_order_words.txt), as
    alternatives: a phone's only (some of them also name a bank account)."""
    words = sorted(word_list("shipment_order_words.txt"), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)


@cache
def _label_before(kind: str) -> re.Pattern[str]:
    near, far = _EXCUSED[kind]
    if kind == "PHONE":
        near = (*near, _shipment_words())
    alternatives = []
    if near:
        alternatives.append(rf"(?:{'|'.join(near)})(?![\w]){_SHORT_GAP}")
    alternatives.append(rf"(?:{'|'.join(far)})(?![\w])({_LONG_GAP})")
    return re.compile(rf"(?i)(?:{'|'.join(alternatives)})$")


# Every label's first word (and some more): a label can only be there if one of them is.
_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_WORDS = frozenset(
    m.group(0) for part in "|".join((_ORDERS, _CARDS, _FIRMS, _FIRMS_MORE, _MEETINGS, _VERSIONS, _SAMPLES, _CUSTOMERS, _DEPARTMENT_LINES, _FILINGS)).split("|")
    for m in [_LETTERS.match(part.lstrip("(?:"))] if m
)


@cache
def _first_words() -> frozenset[str]:
    """The first words of the labels, with those of shipment_order_words.txt."""
    return _FIRST_WORDS | {_LETTERS.findall(w)[0] for w in word_list("shipment_order_words.txt")}


derived(_label_before.cache_clear)
derived(_first_words.cache_clear)
# Where a label may start: a letter not glued to a word, an address or a path ("example" in
# "name@example.com" is no label). Only these few places are tried, not every character.
_WORD_START = re.compile(r"(?<![\w@./\-])[^\W\d_]")


def business_number(text: str, c: Candidate) -> bool:
    """Whether the structured find ``c`` is an order, firm, meeting, version or sample number
    by the label right before it (or a toll-free phone), or a sample connection string."""
    if c.type == "URL":
        return sample_connection(text[c.start : c.end])  # "postgres://app:changeme@localhost/orders"
    if a_timestamp(text, c) or a_firms_number(text, c):
        return True  # "2024/10/21 09:12": when it happened; "Kft. (Cg. 13-09-187654)": the firm's
    if c.type not in _EXCUSED or text[c.start : c.start + 1] == "+":
        return False
    if c.type == "PHONE" and (_SWITCHBOARD.search(text, c.start, c.end) or _not_a_phone(text, c)):
        return True  # "0711 9482-0": a firm's switchboard (extension 0), no one's own line
    if c.type == "NATIONAL_ID" and _firms_tax_number(text, c):
        return True  # "CUIT 30-70308853-4", "PAN AAACL1234F", "NIF 509 442 013": a firm's tax number
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[c.start - 1 : c.start] == "/" and _MEETING_LINK.search(text, max(line_start, c.start - 40), c.start):
        return True  # "https://us02web.zoom.us/j/85120349967"
    low = max(line_start, c.start - _REACH)
    if _first_words().isdisjoint(_LETTERS.findall(text[low : c.start].casefold())):
        return False  # no label's first word before it (most numbers: a cheap set test)
    pattern = _label_before(c.type)
    for start in [m.start() for m in _WORD_START.finditer(text, low, c.start)][-6:]:
        label = pattern.match(text, start, c.start)
        if label is not None:
            break
    else:
        return c.type == "PHONE" and _a_shops_number(text, c, low, pattern)
    gap = label.group(1) or ""
    return not _PHONE_WORDS.search(gap) or re.match(rf"(?i){_SAMPLES}", label.group(0)) is not None


# A listed shop or carrier between an order's label and its number ("commande Canadian Tire 0488
# 1122 447", "Sendung DHL 0047 1228 8902", "AWB Fan Courier: 2300 1188 4471"); a person there keeps
# the phone ("Bestellung Anna 0176 ...": no listed firm).
_FIRM_BEFORE = re.compile(r"((?:[A-Z][\w&.'’-]*[ \t]+){0,2}[A-Z][\w&.'’-]*)[ \t]*[:#]?[ \t]*$")


def _a_shops_number(text: str, c: Candidate, low: int, label: re.Pattern[str]) -> bool:
    firm = _FIRM_BEFORE.search(text, low, c.start)
    if firm is None:
        return False
    # the firm is the found words' longest listed tail ("Canadian Tire", "Fan Courier", "DHL")
    starts = [firm.start(1), *(firm.start(1) + m.end() for m in re.finditer(r"[ \t]+", firm.group(1)))]
    for at in starts:
        if _listed_make(text[at : firm.end(1)]):
            return any(label.match(text, m.start(), at) for m in _WORD_START.finditer(text, low, at))
    return False


# Digit runs with a phone's length whose shape says what else they are: a version ("16.0.17928.20114",
# "2.4.1"), a build or a changelog line that holds a date ("20251105-1842", "2.4.1 (2025-10-30)"),
# a range of sums ("38.000–42.000"), a firm's Argentine CUIT ("30-70308853-4": 30, 33 and 34 are
# firms', 20, 23, 24 and 27 people's), a firm's main line ("01 45 87 00 00", "81 8355 0000").
_VERSION = re.compile(r"[1-9]\d?\.\d{1,2}\.\d+(?:\.\d+)?")
_DATE_INSIDE = re.compile(r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
_DATE_FIRST = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[\-_.]")
_SUM = r"\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+"
_SUM_RANGE = re.compile(rf"{_SUM}[ \t]?[–—\-][ \t]?{_SUM}")
_FIRM_CUIT = re.compile(r"3[034]-\d{8}-\d")
_MAIN_LINE = re.compile(r"0[ \t]?0[ \t]?0[ \t]?0$")
# A run of four-digit groups longer than any phone (a Brazilian invoice's access key, a barcode):
# a "phone" found at its tail is only its last groups.
_GROUP_BEFORE = re.compile(r"\d{4}[ \t]$")


# Tax numbers whose shape tells a firm's from a person's: an Indian PAN's fourth letter is P for a
# person (C a company, F a firm, T a trust...), a Portuguese NIF of a firm starts with 5 to 9 (a
# person's with 1 to 3), a Spanish one with a letter that names the kind of company.
_FIRM_PAN = re.compile(r"[A-Z]{3}[ABCFGHJLT][A-Z]\d{4}[A-Z]")
_FIRM_NIF = re.compile(r"[5-9]\d{2}[ .]?\d{3}[ .]?\d{3}|[ABCDEFGHJNPQRSUVW]-?\d{7}[0-9A-J]")
_NIF_BEFORE = re.compile(r"(?i)(?<![\w])nif(?![\w])[^\d\n]{0,30}$")


# A Russian INN of ten digits is a firm's (a person's has twelve); a tax number's label with the
# firm it belongs to between it and the number ("ИНН магазина", "ΑΦΜ καταστήματος", "NIP sklepu",
# "CUIT de la inmobiliaria") is a firm's.
_INN_BEFORE = re.compile(r"(?i)(?<![\w])инн(?![\w])[^\d\n]{0,30}$")
_FIRM_AFTER_LABEL = re.compile(
    r"(?i)(?<![\w])(?:инн|αφμ|afm|nip|vat|tax|tin|cuit|rut|nif|gstin|ust|steuer|tva|iva|kdv|vkn|ičo|dič)(?![\w])[^\d\n]{0,12}?"
    r"(?:магазин\w*|компани\w*|организаци\w*|фирм\w*|καταστήματος|εταιρ[εί]ας|sklepu|firmy|spółki|empresa|tienda|"
    r"inmobiliaria|soci[ée]t[ée]|boutique|entreprise|societ[àa]|negozio|firma|gesch[äa]ft\w*|shop|store|company|firm|venue|"
    r"hotel|school|agency|escola|loja|[şs]irket\w*|ma[ğg]aza\w*)(?![\w])[^\d\n]{0,12}$"
)
_TEN_DIGITS = re.compile(r"\d{10}")


def _firms_tax_number(text: str, c: Candidate) -> bool:
    if _FIRM_CUIT.fullmatch(text, c.start, c.end) or _FIRM_PAN.fullmatch(text, c.start, c.end):
        return True
    if _CJK_LABEL.search(text, max(0, c.start - 16), c.start) or _FIRM_AFTER_LABEL.search(text, max(0, c.start - 50), c.start):
        return True
    if _TEN_DIGITS.fullmatch(text, c.start, c.end) and _INN_BEFORE.search(text, max(0, c.start - 40), c.start):
        return True
    return bool(_FIRM_NIF.fullmatch(text, c.start, c.end) and _NIF_BEFORE.search(text, max(0, c.start - 40), c.start))


# A currency right after a number or right before it: a sum or a range of sums ("9 000 - 11 500 zł",
# "412 800 Kč", "€ 3.100"), not a phone.
_CURRENCIES = (r"zł|zl|pln|kč|czk|kr|sek|nok|dkk|€|eur|euro|euros|\$|usd|£|gbp|chf|tl|₺|huf|lei|ron|brl|r\$|mxn|₹|inr|¥|円|jpy|yen|aud|cad|"
               r"cop|clp|ars|pen|uyu|idr|rp|vnd|₫|thb|php|krw|₩|aed|sar|egp|uah|грн|rub|₽|руб|zar|ngn|kes|myr|sgd|hkd|cny|rmb|nzd|try")
_MONEY_AFTER = re.compile(rf"(?i)[ \t\u00a0]?(?:{_CURRENCIES})(?![^\W\d_])")
_MONEY_BEFORE = re.compile(rf"(?i)(?<![^\W\d_])(?:{_CURRENCIES})[ \t\u00a0]?$")
# Labels of a document's number in Japanese, Chinese and Korean, written before it with a
# particle ("お問い合わせ伝票番号は 4418-2290-7731", "订单号：", "송장번호:").
_CJK_LABEL = re.compile(
    r"(?:伝票番号|注文番号|追跡番号|問い合わせ番号|お問合せ番号|請求書番号|受付番号|管理番号|品番|型番|订单号|订单编号|运单号|"
    r"快递单号|发票号|发票号码|주문번호|송장번호|운송장번호|주문 번호|사업자번호|사업자 번호|사업자등록번호|法人番号|统一社会信用代码)"
    r"(?:[はがの]|은|는|이|가)?[ \t]*[:：#]?[ \t]*$"
)


def _money(text: str, c: Candidate) -> bool:
    """A sum: a currency right after the number or right before it."""
    return bool(_MONEY_AFTER.match(text, c.end) or _MONEY_BEFORE.search(text, max(0, c.start - 5), c.start))


def _not_a_phone(text: str, c: Candidate) -> bool:
    value = text[c.start : c.end]
    if value.startswith("+"):
        return False
    if _money(text, c) or _CJK_LABEL.search(text, max(0, c.start - 16), c.start):
        return True  # "9 000 - 11 500 zł brutto", "伝票番号は 4418-2290-7731"
    if _VERSION.fullmatch(value) or _DATE_FIRST.match(value) or _DATE_INSIDE.search(value):
        return True
    if _SUM_RANGE.fullmatch(value) or _FIRM_CUIT.fullmatch(value) or _MAIN_LINE.search(value):
        return True
    return _GROUP_BEFORE.search(text, max(0, c.start - 5), c.start) is not None


def drop_business_numbers(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without business numbers and documentation sample addresses ("name@example.com")."""
    return [
        c for c in found
        if not business_number(text, c) and not (c.type == "EMAIL" and sample_email(text[c.start : c.end]))
    ]


# An address find that starts inside a time ("2024-03-11 08:00:|05 INFO Mandant 100 ...", "16:|05
# UTC"), at a weekday or a month ("Wednesday 9 October"), or that is a form's sample address.
_TIME_BEFORE = re.compile(r"\d{1,2}:(?:\d{2}:)?$")
_MONTHS = "|".join(sorted(CALENDAR | MONTH_ABBREVIATIONS, key=len, reverse=True))
_DATE = re.compile(rf"(?i)\d{{1,2}}\.?[ \t]+(?:{_MONTHS})\.?,?[ \t]+\d{{4}}(?!\d)")  # ("14 March Road" is a street)
# An address find that ends inside a time ("Arlanda 06|:50"), is an HTTP status ("502 Bad Gateway"),
# starts with a sum ("412 800 Kč bez DPH") or with a recipe's measure ("2 łyżki", "3 cucharadas").
_TIME_AFTER = re.compile(r":\d{2}(?!\d)")
_HTTP_STATUS = re.compile(
    r"(?i)[1-5]\d\d[ \t]+(?:bad gateway|bad request|not found|gateway time-?out|service unavailable|internal server error|"
    r"too many requests|forbidden|unauthori[sz]ed|method not allowed|conflict|payload too large|request timeout|"
    r"moved permanently|found|not modified|no content|created|accepted|ok)\b"
)
_MONEY_FIRST = re.compile(rf"(?i)\d{{1,3}}(?:[ .,\u00a0]\d{{3}})*(?:[.,]\d{{2}})?[ \t\u00a0]?(?:{_CURRENCIES})(?![^\W\d_])")
_MEASURE_FIRST = re.compile(
    r"(?i)\d{1,3}(?:[.,/]\d{1,2})?[ \t]+(?:łyżki|łyżka|łyżek|łyżeczki|łyżeczka|szklanki|szklanka|tbsp|tsp|cups?|"
    r"tablespoons?|teaspoons?|cucharadas?|cucharaditas?|tazas?|colheres?|xícaras?|cucchiai|cucchiaio|cucchiaini|"
    r"cuillères?|esslöffel|teelöffel|eetlepels?|theelepels?|matskedar|tesked|spiseskeer?|teskeer?|yemek kaşığı|"
    r"çay kaşığı|su bardağı|lžíce|lžičky|hrnky|ruokalusikallista|teelusikallista)(?![^\W\d_])"
)
# A venue's word and its name right before an address on the same line: the address is the venue's.
_VENUE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:hotel|hôtel|hotell|hostal|hostel|restaurant|restaurante|ristorante|trattoria|brasserie|"
    r"zunfthaus|gasthaus|gasthof|museum|museo|musée|theatre|theater|théâtre|teatro|venue|veranstaltungsort|"
    r"lieu|sede|factory|conference cent(?:re|er)|kongresszentrum|congress cent(?:re|er)|messe|stadium|stadion)"
    r"(?![\w])(?:[ \t]*:)?(?:[ \t]+(?:[A-ZÀ-Þ0-9][\w'’&.\-]*|zum|zur|zu|de|del|la|le|les|di|da|du|des|the|of|am|an|van)){0,5}"
    r"[ \t]*[,:][ \t]*$"
)  # (only the venue's capitalised name between: "Hotel booking for guest: ..." is no venue)
# The place said to be one's home, opening the address a venue's key announces ("Lieu : chez moi, 8 rue ...").
_AT_HOME = re.compile(r"(?i)(?:chez (?:moi|nous)|at (?:my|our) (?:place|home|house)|bei (?:mir|uns)(?: zu ?hause)?)[ \t]*,")
_SAMPLE_ADDRESSES = ("musterstraße", "musterstrasse", "musterstadt", "example street", "calle ejemplo")


# Address finds that are a ledger's or a system's lines ("Konto 8400 Erlöse 19 % USt", "Mandant
# 100 (...)"), a number at a line's end read with the next line's first word ("asset tag 008812\n
# Steps taken"), a code after a lowercase word ("GST rate for SAC 998314"), or a street with a
# floor where the house number would be ("Konrad-Adenauer-Ufer, 4. Stock").
_LEDGER_WORDS = frozenset({
    "konto", "mandant", "kostenstelle", "kostenträger", "sachkonto", "buchungskreis", "account", "ledger",
    "cuenta", "conto", "compte", "rekening", "konta", "hesap", "position", "pos", "artikel",
    # a document's number and what it refers to ("Rechnung 2025-0419 zu Auftrag 700123")
    "rechnung", "invoice", "factura", "fattura", "facture", "faktura", "factuur", "fatura", "auftrag",
    "bestellung", "lieferschein", "angebot", "offerte", "quote", "quotation", "ticket", "order",
    # a product's model or type and its number ("(model 6143 XB", "Typ 4471 B")
    "model", "modell", "modelo", "modello", "modèle", "type", "typ", "tipo", "serie", "series",
    "employee", "cost", "personalnummer", "matricule", "matricola",  # "Employee No. 40217, Cost Centre 3105"
})
_NUMBER_THEN_WORD = re.compile(r"\d{3,}[a-z]?[ \t]*\n[ \t]*[^\W\d_]+")
_CODE_AFTER_WORD = re.compile(r"[a-zà-ÿ]{2,5}[ \t]+[A-Z]{2,4}[ \t]+\d{4,8}")
_FLOOR_AFTER = re.compile(
    r"(?i)\.?[ \t]*(?:stock|og|obergeschoss|etage|étage|ème étage|e étage|piso|planta|piano|verdieping|floor|kat|piętro)\b"
)
_DIGITS = re.compile(r"\d+")
_QUANTITY_CELL_LAST = re.compile(r"[^\W\d_][ \t]{3,}\d{1,3}$")  # an invoice row's "Phase 2 Concepts     1": its quantity column
# Where firms, not people, are: industrial and trading estates, business parks (casefolded).
_PREMISES = re.compile(
    r"industrial estate|trading estate|business park|industriegebiet|gewerbegebiet|gewerbepark|zona industrial|"
    r"polígono industrial|zona industriale|bedrijventerrein|parque empresarial|organize sanayi|strefa ekonomiczna"
)
# A day, a month of Turkish, Polish or Portuguese and a year ("12 eylül 2022", "3 marca 2024").
_OTHER_DATE = re.compile(
    r"\d{1,2}\.?[ \t]+(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|stycznia|"
    r"lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|janeiro|"
    r"fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)[ \t]+(?:de[ \t]+)?\d{4}$"
)
_QUANTITY_MAKE_MODEL = re.compile(r"\d{1,3}[ \t]+([A-ZÀ-Þ][\w\-]+)[ \t]+[A-Z]{1,4}[\w\-]*[ \t]*\d[\w\-]*")


def _listed_make(word: str) -> bool:
    from desktop.core.privacy.lexicon import lexicon

    return lexicon().is_not_name(word)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")  # ("Pos. 10  Sechskantschraube")
# A law's article and its paragraph ("Art. 6 Abs. 1 lit. b DSGVO", "§ 147 Abs. 3 AO", "art. 13
# ust. 1 RODO"): a citation in legal boilerplate, no street.
_LAW_CITATION = re.compile(
    r"(?i)\d{1,4}[a-z]?[ \t]+(?:abs\.|absatz|satz|ziff\.|lit\.|alinéa|comma|apartado|ust\.|odst\.|bod)(?![^\W\d_])"
)
# Hungarian forints ("15 000 Ft felett"): an amount, unless a capitalised word follows ("Ft Myers").
_FORINTS = re.compile(r"\d{1,3}(?:[ .\u00a0]\d{3})*[ \t\u00a0]?Ft\.?(?![^\W\d_])(?![ \t]+[A-ZÀ-Þ])")


def not_an_address(text: str, c: Candidate) -> bool:
    """Whether an address find is a log line's time, a date or a sample address."""
    if c.type != "ADDRESS":
        return False
    if _TIME_BEFORE.search(text, max(0, c.start - 6), c.start) or _DATE.match(text, c.start, c.end):
        return True  # a time's seconds, "3 Jun 2024" of a mail header
    if _TIME_AFTER.match(text, c.end) or _HTTP_STATUS.match(text, c.start) or _MONEY_FIRST.match(text, c.start):
        return True  # "SK 2008 Stockholm Arlanda 06:50", "502 Bad Gateway", "412 800 Kč bez DPH"
    if _MEASURE_FIRST.match(text, c.start) or a_flight(text, c) or _QUANTITY_CELL_LAST.search(text, c.start, c.end):
        return True  # "2 łyżki śmietany 18%": a recipe's quantity; "Return: SK 656 via Copenhagen"
    if under_a_letterhead(text, c.start):
        return True  # "Pty Ltd  ABN 51 824 753 556" over "Level 3, 88 Pitt Street": the firm's own
    if _LAW_CITATION.match(text, c.start) or _FORINTS.match(text, c.start):
        return True  # "Art. 6 Abs. 1 DSGVO": a law's paragraph; "15 000 Ft felett": an amount
    if _VENUE_BEFORE.search(text, max(text.rfind("\n", 0, c.start) + 1, c.start - 60), c.start) \
            and not _AT_HOME.search(text, max(0, c.start - 20), min(c.end, c.start + 16)):
        return True  # "Hotel: Pestana Palace, Rua Jau 54": a venue's public address, no one's home
    value = text[c.start : c.end].casefold()
    first = value.split(maxsplit=1)[0].strip(",.(")
    if first in CALENDAR or any(sample in value for sample in _SAMPLE_ADDRESSES):
        return True
    low = max(0, c.start - 24)
    word_end = spaced_word_end(text, low, c.start)
    # (searched only when spaces stand before it, from the last space before the word on: the
    # word holds none, and most addresses start a line or follow a comma)
    before = _WORD_BEFORE.search(text, word_search_from(text, low, word_end), c.start) if word_end >= 0 else None
    if before and before.group(1).casefold() in _LEDGER_WORDS:
        return True  # "Konto 4400 Erlöse 7 % USt": an account of the ledger and its name
    if first in _LEDGER_WORDS or _NUMBER_THEN_WORD.fullmatch(value) or _CODE_AFTER_WORD.fullmatch(text, c.start, c.end):
        return True  # "Konto 8400 Erlöse", "008812\nSteps", "for SAC 998314"
    if _PREMISES.search(value) or _OTHER_DATE.match(value):
        return True  # "Unit 9, Ballymount Industrial Estate": a firm's premises; "12 Eylül 2022": a date
    make = _QUANTITY_MAKE_MODEL.fullmatch(text, c.start, c.end)
    if make and _listed_make(make.group(1)):
        return True  # "9 Jungheinrich EFG 316": a count, a make and a model
    if _FLOOR_AFTER.match(text, c.end) and len(_DIGITS.findall(value)) == 1:
        return True  # "am Konrad-Adenauer-Ufer, 4. Stock": a floor, no house number
    if a_spot_in_a_venue(text, c.start, c.end) or a_date_before_the_postcode(text, c):
        return True  # "on Level 5, Plant Room B", "Hall 1, allée B": a venue's floor or hall; "Levering 2026-04-11, 3511 Utrecht"
    # "Meeting ID: 851 2034 9967 Passcode": a labelled number, whatever words follow it
    return first[:1].isdigit() and business_number(text, c._replace(type="PHONE"))
