"""The words and shapes that tell a person's name from everything else written with capitals:
titles and name particles, company forms and trades, job words and products, greetings, words
that never start a name, the calendar, and the cue words around a name. Data for ``names.py``
(and the address rules: a date is no street), kept apart so the rules read as rules.
"""

from __future__ import annotations

import re

from desktop.core.privacy.honorifics import titles
from desktop.core.privacy.secret_words import CODE_LABELS, PASSWORD_FORMS
from desktop.core.privacy.word_lists import LazyWords

TITLES = LazyWords(lambda: frozenset(titles("w")))  # the one list of titles is honorifics.py (read on first use)
# The particles a surname opens with ("van der Linden", "de la Fuente", "bin Salman", "ap Rhys",
# "Nguyen Thi Lan"): the one table every rule takes its particles from, each with the rules that
# read it (the sets differ on purpose: a rule reads only the particles it was tuned and tested with):
#   n  PARTICLES, the pattern of the name rules (names, name_judge, name_edges, name_context);
#   c  CAPITAL_PARTICLES, written with a capital inside a name ("Nguyen Van Hai", "Ali Bin Omar");
#   s  surname_mentions: a surname met again without its first name, capitalised ("De la Fuente pide");
#   h  header_people: the words of a mail header's display name that need no capital;
#   t  chat_titled: the start of the surname after a title ("Frau van der Meulen");
#   l  chat_speakers: between a lowercase chat speaker's two names ("maria de souza");
#   p  name_pairs: glued before a name joined to another ("Crème de Marrons et ...");
#   r  restore: the start of a surname, to find a name again by its surname alone;
#   i, j  name_initials: after initials, in lowercase (i) and capitalised (j: "S. Van Damme").
_PARTICLE_USES = (
    ("van", "ncshtlprij"), ("von", "ncshtlprij"), ("der", "ncshtlri"), ("den", "ncshtri"), ("de", "ncshtlprij"),
    ("la", "ncshtlprij"), ("le", "ncshtlprij"), ("du", "nstprj"), ("des", "nspr"), ("del", "ncshtprj"),
    ("della", "nstprj"), ("los", "n"), ("las", "n"), ("di", "ncshtlprij"), ("da", "ncshtlprij"),
    ("dos", "ncshtlrj"), ("das", "nshtrj"), ("do", "nsr"), ("ter", "nshtrj"), ("ten", "nsrj"), ("y", "n"),
    ("bin", "nchl"), ("bint", "n"), ("binti", "n"), ("ibn", "n"), ("ben", "ncl"), ("al", "nchli"),
    ("el", "nchli"), ("zu", "ns"), ("vom", "ns"), ("'t", "ntr"), ("ap", "n"), ("lo", "ns"), ("dello", "s"),
    ("vanden", "s"), ("vander", "s"), ("dal", "s"), ("dalla", "s"), ("thi", "c"), ("te", "cht"),
)


def particles(use: str) -> tuple[str, ...]:
    """The particles marked with ``use`` in the table above, in its order."""
    return tuple(word for word, uses in _PARTICLE_USES if use in uses)


def particle_alternation(use: str, capital: bool = False) -> str:
    """The particles marked with ``use`` as one regular-expression alternation, in the table's
    order, with a capital first letter when ``capital``."""
    return "|".join(re.escape(word.capitalize() if capital else word) for word in particles(use))


PARTICLES = rf"(?:{particle_alternation('n')})"
CAPITAL_PARTICLES = frozenset(particles("c"))
COMPANY = {
    "inc", "ltd", "llc", "llp", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc",
    "corp", "co", "company", "group", "limited", "holding", "holdings", "partners", "associates",
    "bakery", "bakeries", "logistics", "freight", "solicitors", "design", "media", "interiors", "events",
    "dental", "consulting", "services", "solutions", "studio", "studios", "labs", "systems", "technologies",
    "software", "digital", "agency", "capital", "ventures", "foods", "motors", "clinic", "hotel", "restaurant",
    "café", "cafe", "shop", "store", "stores", "bank", "insurance", "legal", "law", "realty", "properties",
    "construction", "engineering", "marketing", "publishing", "pharma", "health", "healthcare", "academy",
    "school", "university", "college", "institute", "foundation", "trust", "council", "gmbh & co",
    "fils", "sons", "söhne", "hijos", "figli", "zonen", "brothers", "bros",
    # legal forms of more countries, as the tokens split them ("S.r.l." -> "s.r.l")
    "ltda", "s.r.l", "s.r.o", "s.l", "s.a", "s.a.s", "b.v", "n.v", "aps", "a/s", "oy", "kft", "cia", "cie",
    "pty", "pvt", "bhd", "sdn", "ohg", "mbh", "e.k", "synové", "sønner", "söner", "filhos", "hnos",
    "memorial", "medical", "general", "hospital", "regional",
    # trades a family firm is named with ("Schulte Metallbau", "Henderson Plumbing")
    "metallbau", "maschinenbau", "holzbau", "spedition", "transporte", "transportes", "trasporti", "transport",
    "logistik", "logistiek", "logística", "logistica", "druckerei", "bäckerei", "bakkerij", "boulangerie",
    "plomberie", "plumbing", "roofing", "catering", "scaffolding", "joinery", "removals", "haulage",
    "pharmacy", "farmacia", "apotheke", "meccanica", "emballages", "distribución", "distribuzione",
    "construcciones", "costruzioni", "construções", "möbelwerke", "werke", "elektro", "immobilien",
    "partnership", "mutual", "dealership", "autohaus", "landscaping", "upholstery", "opticians", "optik",
    # firms named after a place or a family with what they do ("Ashcombe Lettings", "Riverbend Credit Union")
    "lettings", "estates", "rentals", "union", "builders", "accountants", "surveyors", "electrical", "cleaning",
}
TRADES = frozenset({  # (also business words, below)
    "metallbau", "maschinenbau", "holzbau", "spedition", "transporte", "transportes", "trasporti", "transport",
    "logistik", "logistiek", "logística", "logistica", "druckerei", "bäckerei", "bakkerij", "boulangerie",
    "plomberie", "plumbing", "roofing", "catering", "scaffolding", "joinery", "removals", "haulage", "pharmacy",
    "farmacia", "apotheke", "meccanica", "emballages", "distribución", "distribuzione", "construcciones",
    "costruzioni", "construções", "möbelwerke", "werke", "elektro", "immobilien", "partnership", "mutual",
    "dealership", "autohaus", "landscaping", "upholstery", "opticians", "optik",
    "maçonnerie", "menuiserie", "charpente", "carrosserie", "peinture", "couverture", "nettoyage", "transports",
    "ébénisterie", "serrurerie", "boucherie", "pâtisserie", "fontanería", "carpintería", "panadería", "talleres",
    "reformas", "limpiezas", "idraulica", "falegnameria", "carrozzeria", "edilizia", "impianti", "autofficina",
    "panificio", "sanitär", "malerbetrieb", "dachdeckerei", "elektrotechnik", "schreinerei", "tischlerei",
    "zimmerei", "metzgerei", "gartenbau", "reinigung", "loodgieters", "installatietechniek", "bouwbedrijf",
    "electrical", "electrics", "builders", "plastering", "decorating", "glazing", "fencing", "carpentry",
    # places to eat and hire firms named after a family ("Brasserie Delvaux", "Trattoria Da Gino", "Kennards Hire")
    "brasserie", "trattoria", "pizzeria", "osteria", "ristorante", "taverna", "gasthaus", "gasthof", "konditorei",
    "hire", "sprl", "srl.", "bvba", "vof", "snc", "sas.", "eirl", "eurl",
})
COMPANY |= TRADES
# Words that say the capitalised words before them name a job, not a person ("Claims Officer",
# "Muhasebe Uzmanı", "Responsabile Qualità" is caught by its first word being everyday).
JOB_WORDS = frozenset({
    "officer", "manager", "director", "assistant", "executive", "nurse", "carer", "supervisor", "coordinator",
    "administrator", "accountant", "analyst", "engineer", "consultant", "specialist", "representative",
    "technician", "advisor", "adviser", "receptionist", "secretary", "operator", "controller", "partner",
    "uzmanı", "müdürü", "sorumlusu", "temsilcisi", "direktörü", "responsabile", "direttore", "direttrice",
    "gerente", "analista", "jefe", "jefa", "directora", "responsable", "directeur", "directrice", "leiter",
    "leiterin", "sachbearbeiter", "sachbearbeiterin", "teamleiter", "teamleiterin", "geschäftsführer",
    "medewerker", "kierownik", "specjalista", "dyrektor", "coordenador", "coordenadora", "chefe",
    # and a document's title: "Başvuru Formu", "Expense Report"
    "form", "formu", "formulario", "formulaire", "formular", "modulo", "formularz", "report", "raporu",
    "rapport", "bericht", "informe", "relatório", "protokoll", "tutanağı", "checklist",
})
# A product, system or account named after its maker: "Kingston Ford dealer portal", "the
# Jackson Hewitt integration".
THING_AFTER = re.compile(
    r"[ \t]+(?:dealer|dealership|portal|integration|connector|plugin|plug-in|platform|app|api|sdk|software|"
    r"system|module|extension|template|account manager)\b"
)
# What a product is, written last in its name: "Georgia Peach Jam", "Lincoln Log Set", "Austin
# Reed Blazer" (a catalogue or a sales sheet lists these beside the people).
PRODUCT_WORDS = frozenset({
    "jam", "tea", "coffee", "sauce", "soap", "candle", "candles", "wine", "beer", "gin", "whisky", "cider", "cake",
    "cookies", "chocolate", "blazer", "jacket", "coat", "shirt", "dress", "shoes", "boots", "bag", "pillow",
    "cushion", "throw", "blanket", "chair", "sofa", "table", "lamp", "rug", "mug", "set", "kit", "box", "pack",
    "bundle", "edition", "collection", "range", "series", "model", "bike", "toy", "game", "book", "guide",
    # dishes and food on menus and in recipes ("Buttermilk Pancakes", "Hereford Beef")
    "pancakes", "waffles", "muffins", "scones", "pie", "pies", "tart", "tarte", "soup", "salad", "bread",
    "biscuits", "crisps", "burger", "pizza", "pasta", "risotto", "stew", "fillet", "steak", "beef", "chicken",
    "pork", "cheese", "yoghurt", "yogurt", "juice", "syrup", "preserves", "potatoes",
    # clothes, furniture and devices in catalogues ("Monroe Chino", "Windsor Lounger", "Kensington Parasol")
    "sweater", "jumper", "hoodie", "cardigan", "chino", "chinos", "jeans", "trousers", "skirt", "belt",
    "scarf", "gilet", "sneakers", "trainers", "sandals", "gloves", "socks", "wallet", "backpack", "stool",
    "desk", "shelf", "cabinet", "mattress", "lounger", "parasol", "planter", "kettle", "toaster", "blender",
    "headphones", "charger", "adapter", "printer", "monitor", "laptop", "tablet", "e-bike", "ebike", "scooter",
})
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
DAY_AFTER = re.compile(r" \d{1,2}(?!\d)")
# A word and a small number: "Tier 2", "Sage 200", "Level 3" name a thing (a phone number's
# groups are longer or go on).
NUMBER_AFTER = re.compile(r" \d{1,3}(?![\w.,:/\-]?\d)")
NOT_NAME_START = {
    "san", "santa", "saint", "st", "sankt", "los", "las", "new", "fort", "port", "mount", "lake",
    "bad", "north", "south", "east", "west", "upper", "lower", "great", "little", "via", "rue",
    "calle", "piazza", "avenida", "avenue", "street", "road", "hotel", "hospital", "university",
    "bank", "team", "project",
    "fratelli", "irmãos", "irmaos", "hermanos", "gebrüder", "gebr", "frères", "freres", "hnos",
    # words a business's name starts with ("Banco Nación", "Ginásio Atlântico", "Farmacia Santa Cruz")
    "banco", "banca", "ginásio", "gimnasio", "palestra", "farmacia", "farmácia", "pharmacie", "apotheke",
    "restaurante", "ristorante", "clínica", "clinica", "colegio", "escola", "escuela", "instituto", "universidad",
    "pizzeria", "bäckerei", "boulangerie", "librería", "ferretería", "taller", "mercado", "supermercado", "tienda",
    "loja", "negozio", "autohaus", "café", "cafe", "hostel", "pousada", "pensión", "hostal", "agencia", "agência",
}
# The marks minutes and stand-ups start a line with ("AI: Kofi to send the deck", "AP:", "AOB:"):
# a line label, never the person speaking.
MINUTE_MARKS = frozenset({
    "ai", "ap", "action", "actions", "action item", "action point", "todo", "to do", "aob", "nb", "decision", "decided",
    "next steps", "follow-up", "followup", "owner", "due", "aufgabe", "aktion", "actie", "azione", "acción", "ação",
})
GREETINGS = {
    "dear", "hi", "hello", "hey", "thanks", "liebe", "lieber", "liebes", "cher", "chère", "hola",
    "ciao", "beste", "hallo", "hoi", "bonjour", "salut", "querida", "querido", "estimada", "estimado",
    "gentile", "caro", "cara", "geachte", "morning", "congrats", "welcome",
    "cc", "bcc", "attn", "fao",  # header words glued to the name after them
    # greetings and sign-offs of more languages ("Bună ziua", "Cu stimă", "Dobrý den")
    "bună", "buna", "cu", "dobrý", "dobry", "dzień", "merhaba", "hej", "hei", "goedemorgen", "goedemiddag",
    "buongiorno", "buonasera", "buenos", "buenas", "bom", "boa", "olá", "grüezi", "servus", "moin", "tervehdys",
    "chào", "xin", "cảm",  # Vietnamese "hello" and "thank (you)": "Chào chị Hằng", "Cảm ơn chị"
    "terveisin", "mvh", "pozdrawiam", "saludos", "atentamente", "cordialement", "groeten", "hälsningar",
    "hilsen", "venlig", "cumprimentos", "atenciosamente", "cordiali", "saluti", "regards", "cheers",
    "ok", "okay",  # a transcript's "Ok." is no one
    # greetings of Swahili, Indonesian and Malay, Arabic, Turkish and Hindi written in Latin letters
    "halo", "habari", "hujambo", "jambo", "salam", "salaam", "selam", "namaste", "namaskar", "assalamualaikum",
    # ... of Māori, Welsh, Irish, Icelandic, Basque and Tagalog ("Ngā mihi", "Diolch", "Kveðja", "Kaixo")
    "ngā", "nga", "tēnā", "tena", "mōrena", "diolch", "cofion", "kveðja", "kaixo", "agur", "kumusta", "magandang",
}
STOP = {
    # Words that end a name run in business text even when they are rare enough to pass.
    "inc", "ltd", "llc", "gmbh", "ag", "sa", "sarl", "srl", "spa", "bv", "nv", "plc", "corp", "co",
    "group", "street", "st", "rd", "ave", "strasse", "straße",
    "platz", "weg", "rue", "via", "calle", "team", "department", "office", "invoice", "order",
    "ticket", "subject", "re", "fw", "fwd", "ceo", "cto", "cfo", "vp", "hr", "it", "pm", "am",
    "i'm", "i’m", "i'll", "i've", "i'd", "client", "customer", "supplier", "vendor", "draft",
    "apt", "apartment", "suite", "unit", "flat", "floor", "room", "box", "po", "hi", "hello", "hey",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "dear", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}
# Days and months of the app's languages: capitalised, and several are also first names.
CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril",
    "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lunes",
    "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero", "marzo",
    "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "gennaio", "febbraio",
    "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "maandag",
    "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari",
    "maart", "mei", "augustus", "christmas", "easter", "weihnachten", "noël", "navidad", "natale",
}
STOP |= CALENDAR | {"born", "nata", "nato", "née", "né", "geboren"}
# Words of a secret's label ("Kod PIN do alarmu: ...", "Hasło tymczasowe: ..."): never part of a name.
STOP |= PASSWORD_FORMS | CODE_LABELS  # (secret_words.py: every language's, each form)

# Words right before a run that say "a person comes next" (matched on the last one to four
# words, lowercased, so each run costs a few set look-ups instead of a regular expression).
NOT_A_STREET = CALENDAR | MONTH_ABBREVIATIONS  # used by the address rules: "12 March 2024", "13 Mar 2025" are no street

CUES = frozenset("""
hi|hello|hey|dear|hallo|hoi|liebe|lieber|liebes|sehr geehrte|sehr geehrter|bonjour|salut|cher|chère|chere|
hola|estimado|estimada|estimados|estimadas|querido|querida|ciao|salve|gentile|egregio|egregia|caro|cara|beste|
geachte|good morning|good afternoon|good evening|thanks|thank you|danke|merci|gracias|grazie|bedankt|
my name is|my name's|i am|i'm|this is|call me|named|name|contact|from|to|cc|bcc|attn|attention|signed|by|
owner|assignee|assigned to|customer|client|patient|employee|tenant|applicant|candidate|caller|ich bin|
mein name ist|ich heiße|ich heisse|je suis|je m'appelle|mon nom est|me llamo|mi nombre es|soy|mi chiamo|sono|
il mio nome è|ik ben|mijn naam is|ik heet|says|said|asks|asked|adds|added|according to|told|explains|
explained|wrote|writes|replied|spoke with|spoke to|talked to|met with|meeting with|call with|ask|tell|cc'd|
ccd|von|an|kunde|ansprechpartner|nom|nombre|nome|naam|de la part de|van|aan|per|kid|son|daughter|wife|
husband|friend|colleague|partner|brother|sister|mother|father|mum|mom|dad|uncle|aunt|cousin|nephew|niece|
boss|manager|given|gave|thank|name is|maiden name is|everyone calls me|people call me|call me|known as|ask for|speak to|speak with|talk to|
paní|pan|pane|doamna|doamnei|domnul|domnului|domnule|fru|herr|frau|rouva|herra|pani|panie|bay|bayan|sayın|signora|signor|
sra|sr|don|doña|dona|senhor|senhora|mevrouw|meneer|mevr|dhr|mme|madame|monsieur|señor|señora|mr|mrs|ms|dr|
dobrý den|bună ziua|dzień dobry|hej|hei|merhaba|god morgen|goedemorgen|buongiorno|buenos días|bom dia|
kontakt|yhteyshenkilö|kontaktní osoba
""".replace("\n", "").split("|"))

# A team signing a message ("Saludos,\nAdministración"): a department, not a person.
DEPARTMENTS = frozenset({
    "administración", "administration", "administração", "amministrazione", "administratie", "verwaltung",
    "contabilidad", "contabilità", "boekhouding", "buchhaltung", "accounts", "finance", "finanzas", "financeiro",
    "finanze", "finanzen", "ventas", "vendite", "vendas", "vertrieb", "verkoop", "sales", "compras", "acquisti",
    "einkauf", "inkoop", "purchasing", "procurement", "marketing", "support", "soporte", "suporte", "assistenza",
    "kundenservice", "klantenservice", "recepción", "reception", "rrhh", "personalabteilung", "personeelszaken",
    "logística", "logistica", "logistik", "logistics", "dispatch", "expedición", "muhasebe", "satış", "destek",
    "management", "direction", "dirección", "direzione", "geschäftsleitung", "directie", "facturación", "billing",
    "legal", "compliance", "payroll", "operations", "facilities", "security", "recruiting", "recruitment", "admin",
})
