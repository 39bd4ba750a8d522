"""A note headed to whatever machine reads the text, named only as automatic, in the team's languages.

An injection that will not name an AI names its reader by what it is: "Note for any automated
reader of this invoice:", "To the kind automated helper reading tickets today:", "Hinweis für
automatische Leseprogramme:", "Nota per eventuali lettori automatici:", "Uwaga dla automatycznych
systemów czytających tę wiadomość:", "Для всех программ, автоматически читающих это письмо:",
"Примітка для автоматичних обробників заявок:", "Huomautus koneellisille lukijoille:",
"致所有自动处理本工单的系统：". Each is an address (kind "addressee"), so the orders near it count.

A person is never an automatic reader, so these need no check of who they are for (``people``);
a text that only talks about automatic processing ("automatic replies are switched on", "die
automatische Verarbeitung der Rechnungen") heads no note to it: the shapes below start with the
word a note is headed with ("for", "für", "dla", "для", "致"), or are the Finnish and Hungarian
case forms that mean "for the ...".

Written in each language's own spelling; ``languages._f`` folds them as the text is folded.
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue
from desktop.core.injection.cues.languages import _cue

# The readers, by language: (the shape, the words every match holds). "{ANY}" is a determiner or
# adjective or two ("any", "the kind", "eventuali").
_ANY = r"(?:[\w'-]+\s+){0,2}"
SHAPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": (rf"\b(?:for|to)\s+{_ANY}(?:automated|automatic|machine)\s+(?:[\w-]+\s+)?(?:readers?|systems?|programs?|"
           r"software|processors?|processing|handlers?|helpers?|tools?|triage|parsers?|sorters?|agents?|assistants?|"
           r"reviewers?|checkers?|approvers?|screeners?)\b",
           ("automated", "automatic", "machine")),
    # (and compounds ending in the reader: "für die automatische Belegverarbeitung")
    "de": (rf"\b(?:fur|an)\s+{_ANY}(?:automatisch|maschinell|automatisiert)\w*\s+(?:[\w-]+\s+)?\w{{0,14}}?(?:leseprogramm|"
           r"programm|system|leser|lesegerat|verarbeitung|bearbeitung|prufung|werkzeug|tool|assistent)\w*",
           ("automatisch", "maschinell", "automatisiert")),
    "fr": (rf"\b(?:pour|aux?|a)\s+{_ANY}(?:lecteur|systeme|programme|outil|logiciel|agent|traitement|assistant)s?\s+"
           r"(?:automatiques?|automatise(?:e|s|es)?)\b",
           ("automatique", "automatiques", "automatise", "automatisee", "automatises", "automatisees")),
    "es": (rf"\b(?:para|al?)\s+{_ANY}(?:lector|sistema|programa|herramienta|agente|asistente)(?:es|s)?\s+"
           r"(?:automatic[oa]s?|automatizad[oa]s?)\b",
           ("automatico", "automatica", "automaticos", "automaticas", "automatizado", "automatizada")),
    # (and the job between the reader and its adjective: "per il sistema di elaborazione automatica")
    "it": (rf"\b(?:per|a|ai|agli|al|allo)\s+{_ANY}(?:lettor|sistem|programm|strument|agent|assistent)[ieoa]\s+"
           r"(?:di (?:elaborazione|lettura|gestione|analisi|controllo)\s+)?(?:automatic|automatizzat)[oiahe]\b",
           ("automatico", "automatici", "automatica", "automatiche", "automatizzato", "automatizzata")),
    "pt": (rf"\b(?:para|a|aos?)\s+{_ANY}(?:leitor|sistema|programa|ferramenta|agente|assistente)(?:es|s)?\s+"
           r"(?:automatic[oa]s?|automatizad[oa]s?)\b",
           ("automatico", "automatica", "automaticos", "automaticas", "automatizado", "automatizada")),
    "nl": (rf"\b(?:voor|aan)\s+{_ANY}(?:automatische|geautomatiseerde)\s+(?:[\w-]+\s+)?(?:lezers?|systemen|systeem|"
           r"programma|verwerk|tools?|controle|beoordel)\w*", ("automatische", "geautomatiseerde")),
    # (the reader before its adjective too: "dla systemu automatycznego przetwarzania")
    "pl": (rf"\b(?:dla|do)\s+{_ANY}(?:automatyczn\w*\s+(?:czytnik|system|program|narzedz|asystent|agent|przetwarz)\w*|"
           r"(?:system|program|narzedz|asystent)\w*\s+automatyczn\w*)", ("automatyczn",)),
    # (Swedish, Danish and Norwegian: the handling as the reader, "för automatisk behandling")
    "sv": (rf"\b(?:till|for|til)\s+{_ANY}automatisk\w*\s+(?:lasare|laeser|leser|system|program|verktoy|verktyg|"
           r"behandling|hantering|bearbetning)\w*", ("automatisk",)),
    "fi": (r"\b(?:koneellis|automaattis)\w*(?:lle|ille)\s+(?:lukij|jarjestelm|ohjelm|kasittel)\w*", ("koneellis", "automaattis")),
    "cs": (rf"\b(?:pro|od)\s+{_ANY}(?:automatick|automatizovan)\w*\s+(?:ctec|system|program|nastroj|zpracov|asistent)\w*",
           ("automatick", "automatizovan")),
    "ro": (rf"\b(?:pentru|catre)\s+{_ANY}(?:sistem|program|cititor|instrument)\w*\s+automat\w*", ("pentru", "catre")),
    "hu": (r"\b(?:automatikus|gepi)\s+(?:olvaso|feldolgozo|rendszer|program)\w*(?:nak|nek|oknak|eknek)\b",
           ("automatikus", "gepi")),
    "tr": (r"\botomatik\s+(?:okuyucu|sistem|program|arac)\w*(?:a|e|ya|ye|lara|lere)\b", ("otomatik",)),
    "id": (r"\b(?:untuk|kepada)\s+(?:[\w-]+\s+)?(?:sistem|program|pembaca|alat|asisten|agen)\w*(?:\s+[\w-]+)?\s+otomatis\b",
           ("otomatis",)),
    # (the reader before its adjective, and "автоматизированный", too: "для системы автоматической обработки")
    "ru": (r"для\s+(?:всех\s+|любых\s+)?(?:(?:автоматическ|автоматизированн)\w*\s+(?:программ|систем|читател|обработ)\w*|"
           r"(?:программ|систем|обработчик)\w*,?\s+(?:автоматическ|автоматизированн)\w*)", ("для",)),
    # (a dative with no "для": "Автоматизированной системе, обрабатывающей данное письмо, надлежит ...")
    "ru-dative": (r"(?:автоматизированн|автоматическ)(?:ой|ым)\s+(?:систем|программ)(?:е|ам)\b",
                  ("автоматизированн", "автоматическ")),
    "uk": (r"для\s+(?:всіх\s+|будь-яких\s+)?(?:(?:автоматичн|автоматизован)\w*\s+(?:програм|систем|читач|оброб)\w*|"
           r"(?:програм|систем|обробник)\w*,?\s+(?:автоматичн|автоматизован)\w*)", ("для",)),
    "zh": (r"(?:致|给|对|供)(?:所有|任何)?(?:自动|自動)[^\n:。]{0,12}(?:系统|程序|工具)", ("自动", "自動")),
    "ja": (r"(?:自動|自动)[^\n:。]{0,12}(?:システム|プログラム|ツール)(?:へ|の方へ|各位)", ("自動", "自动")),
}

AUTOMATIC_READER_CUES: tuple[Cue, ...] = tuple(
    _cue("addressee", 0.6, shape, anchors, before=60, after=90) for shape, anchors in SHAPES.values()
)
