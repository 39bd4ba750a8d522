"""Acting on the user's behalf, risky changes, talk of "the user", hidden text, orders.
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue
from desktop.core.injection.cues.team_languages import ORDER_STARTS, ORDER_VERBS
from desktop.core.privacy.fastscan import first_char_dispatch

_ACT = (
    Cue("act", 0.3, r"\b(?:approve|authori[sz]e|accept|sign|book|pay|wire|refund|issue|grant|reset|delete|close|cancel|decline|"
                    r"mark|update|change|set|assign|schedule|confirm|classify|treat)\b[^.\n]{0,40}\b(?:refund|payment|invoice|"
                    r"transfer|claim|request|contract|lease|invitation|meeting|ticket|password|admin|rights|bank|iban|account|"
                    r"priority|credit note|suite|penthouse|order|form|expenses?|trusted|as paid|as approved|as resolved|"
                    r"as urgent|as positive|as compliant)\b"),
    Cue("act", 0.4, r"\bon (?:the user'?s|the recipient'?s|their|someone'?s) behalf\b|\bon behalf of (?:the )?(?:users?|"
                    r"customers?|recipients?)\b|\bpre-?(?:verified|approved|authori[sz]ed|cleared)\b|"
                    r"\b(?:has|have) already (?:been )?(?:approved|verified|agreed|passed)\b|\b(?:is|are) already (?:approved|verified|paid|"
                    r"cleared)\b|\bautomatically book\b|"
                    r"\b(?:use|call|invoke|run) (?:your|the) \w+(?: \w+)? tool\b|\b(?:browsing|email|search) tool\b|"
                    r"\b(?:are|is) (?:hereby )?authori[sz]ed to (?:transfer|pay|wire|send|approve|release|forward|delete|share|"
                    r"export|disclose)\b"),
)

_RISKY = (
    # Money sent to an account that is new: "process the transfer of £23,500 to the new supplier account"
    Cue("risky", 0.6, r"\b(?:transfer|pay|wire|send|remit|move|release)\b[^.\n]{0,50}?\b(?:to|into) (?:the|a|our|this|their|"
                      r"his|her) new (?:[\w-]+ )?(?:account|bank account|iban|bank details)\b"),
    Cue("risky", 0.6, r"\b(?:update|change|replace|set|switch|amend)\b[^.\n]{0,40}\b(?:iban|bank (?:details|account)|"
                      r"account number|sort code|routing number|payee details)\b|"
                      r"\b(?:grant|give)\b[^.\n]{0,30}\badmin(?:istrator)? (?:rights|access|privileges)\b|"
                      r"\b(?:add|put)\b(?:[^.\n]|\.(?=\w)){0,40}\b(?:to|in|into) (?:the )?(?:domain |[\w]+[- ])?admin(?:istrator)?s?\b|"
                      r"\b(?:set|reset|change)\b (?:a |the |his |her |their )?(?:new )?password (?:to|for|as)?\s*[\"':]|"
                      r"\b(?:add|make)\b(?:[^.\n]|\.(?=\w)){0,40}\bas (?:an? )?(?:owner|admin|administrator|co-owner)\b|"
                      r"\bdroits? (?:d'|de )?administrat\w*|\bbeheerdersrechten\b|\b(?:administrator|admin)rechte\b|"
                      r"\b(?:derechos|diritti|direitos|privilegios|privilegi) (?:de |di )?(?:administrador|amministratore|admin)\b|"
                      r"\b(?:iban|bankverbindung|coordonnees bancaires|datos bancarios|coordinate bancarie|"
                      r"dados bancarios|bankgegevens|rekeningnummer)\b[^.\n]{0,40}\b(?:andern|aktualisier\w*|modifie\w*|"
                      r"cambia\w*|actualiza\w*|aggiorna\w*|altera\w*|atualiz\w*|wijzig\w*|pas \w+ aan)"),
)

_USER = (
    Cue("user", 0.4, r"\b(?:tell|inform|notify|remind|convince|let|ask|warn|show)\s+(?:the|your)\s+(?:user|human|reader)\b|"
                     r"\bthe user'?s (?:passwords?|files|contacts|calendar|emails|chat|conversation|data|saved|stored|full|"
                     r"email|mailbox|other|previous)\b|\bthe user'?s (?:\w+ ){1,3}(?:statements|documents|invoices|records|"
                     r"emails|files|contacts|passwords)\b|\bto the user\b|\byour (?:user|human|operator)\b|"
                     r"\b(?:dem|den) (?:benutzer|nutzer)\b|\bl'utilisateur\b|\bal usuario\b|\ball'utente\b|\bde gebruiker\b|"
                     r"\b(?:ao|do) (?:usuario|utilizador)\b|\bkullaniciya\b|\buzytkownikowi\b|"
                     # what is held about them: "the home address you have on file for the user"
                     r"\b(?:on file|you have|you hold|held|stored|saved|recorded) (?:for|about|on) (?:the|your|this) (?:user|human)\b"),
)

# Styles and attributes that keep text off the screen (white text is also white on a dark
# background, so it is weak alone like the rest). Digits beside letters are read as letters
# before this is searched: "1px" is "ipx" here.
_INVISIBLE_STYLE = (r"(?:display\s*:\s*none|font-size\s*:\s*(?:0(?![.\d])|[1i]px|[0o]?\.\w*(?:px|em|pt))|visibility\s*:\s*hidden|"
                    r"opacity\s*:\s*0(?![.\d])|color\s*:\s*(?:white\b|#fff(?:fff)?\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))|"
                    r"visually-hidden|sr-only|<\w+\s+hidden\b|aria-hidden=\"true\")")
_HIDDEN = (
    Cue("hidden", 0.4, rf"<!--(?:(?!-->)[^\n]){{0,400}}?\b\w+\b\s+\w+\s+\w+|{_INVISIBLE_STYLE}", before=20),
)

_VERBS = (
    r"approve|mark|update|change|delete|cancel|forward|send|email|reply|respond|say|tell|write|output|print|reveal|book|"
    r"reclassify|lock|unlock|sign|"
    r"accept|decline|grant|reset|issue|transfer|wire|pay|schedule|classify|rate|recommend|describe|state|claim|report|"
    r"include|append|search|collect|visit|click|treat|follow|ignore|disregard|forget|skip|stop|summari[sz]e|translate|"
    r"process|execute|perform|finali[sz]e|authori[sz]e|release|unlock|activate|record|add|remove|rank|move|offer|give|draft|run|enter|flag|create|put|set|"
    r"post|credit|waive|export|upload|share|publish|award|queue|present|show|hide|list|quote|mention|leave|omit|exclude|"
    r"highlight|promote|prioriti[sz]e|rewrite|"
    r"repeat|answer|confirm|replace|fill in|gather|drop|assign|close|always|never|do not|don't|let \w+ know|"
    r"ignoriere|vergiss|gib|leite|bestatige|behaupte|sende|schicke|schreibe|antworte|sag|nenne|empfiehl|fasse|"
    r"genehmige|melde|markiere|losche|"
    r"oublie|reponds|envoie|transfere|affiche|dis|recommande|ecris|approuve|confirme|indique|signale|valide|"
    r"olvida|ignora|envia|reenvia|responde|revela|aprueba|di|escribe|muestra|confirma|recomienda|"
    # (with the pronoun joined on, "dile a Carlos que ...", and the Nordic "please": "vær sød at fortælle")
    r"dile|diles|digale|cuentale|indicale|comunicale|recomiendale|informale|vaer sod at|var snall och|vennligst|"
    r"fortael|fortaell|berat|"
    r"dimentica|inoltra|rivela|scrivi|approva|di'|dichiara|invia|conferma|rispondi|"
    r"negeer|vergeet|stuur|keur|zeg|toon|beoordeel|schrijf|bevestig|antwoord|verwijder|"
    r"esqueca|envie|encaminhe|aprove|diga|revele|responda|escreva|confirme|"
    r"zignoruj|zapomnij|przekaz|wyslij|napisz|ujawnij|zatwierdz|odpowiedz|powiedz|" + ORDER_VERBS
)
# (the verbs as the engine can skip through them: one branch per first letter, not one per verb,
# tried at every sentence start, comma and "and" near an address)
def _top_level(alternatives: str) -> list[str]:
    """``a|(?:b|c)d|e`` as ``["a", "(?:b|c)d", "e"]``."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(alternatives):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(alternatives[start:i])
            start = i + 1
    return [*parts, alternatives[start:]]


_VERBS_DISPATCHED = first_char_dispatch(_top_level(_VERBS), r"\w")
_IMPERATIVE = (
    Cue("imperative", 0.4, rf"(?:^|[:.!?;\-\u2013]\s*|\b(?:please|pls|plz|kindly|and|then|also|now|so|accordingly|therefore|hence|thus|could you(?: please)?|en|et|und|dann|puis|y|e|poi|"
                           rf"must|should|shall|are to|is to|need to|needs to|have to|has to|{ORDER_STARTS})\s+|"
                           r",\s*|\"\s*|(?<![\w.])a(?:bot|ai|gpt|assistant|assistente?|asistente|assistent)\s+)"
                           rf"(?:{_VERBS_DISPATCHED})\b|\b(?:are|is) (?:hereby )?(?:instructed|required|ordered|directed|expected) to\b|"
                           r"\b(?:soyle|gonder|yaz|goster|onayla|ilet)(?=\s*[.!\n]|$)"),
    # ... given as a reminder: "please remember to tell her ...", "make sure to approve ...", "don't forget to forward ...",
    # or passed on through whoever has the machine: "please have it approve the invoice"
    Cue("imperative", 0.4, rf"\b(?:remember|make sure|be sure|don't forget|do not forget|dont forget) (?:to|that you) "
                           rf"(?:{_VERBS_DISPATCHED})\b|\b(?:have|get) (?:it|them) (?:{_VERBS_DISPATCHED})\b|"
                           # ... or as a request made impersonally: "It is requested that any summary give ..."
                           r"\bit is (?:requested|required|expected|asked|instructed|kindly requested) that\b"),
    # Near an address, an order given as a duty ("il doit confirmer", "er muss bestätigen") or as a
    # polite wish ("it would mean a lot if ...", "our brand should come first")
    Cue("imperative", 0.4, r"\b(?:(?:doit|doivent|dois|devez|debe|deben|debes|deve|devono|devi|muss|mussen|musst|moet|moeten|"
                           r"devem)\s+[a-z]{3,}|it would (?:mean a lot|be great|really help|help us)|we(?:'d| would) "
                           r"(?:appreciate|love) it|(?:would|could) you (?:kindly|please)|it would be (?:\w+ )?(?:lovely|helpful|great|nice|"
                           r"appreciated) if|we would be (?:\w+ )?grateful if|i would be (?:\w+ )?grateful if|"
                           r"we'd be (?:\w+ )?grateful if|i'd be (?:\w+ )?grateful if|i'd appreciate it if|id appreciate it if|"
                           r"please be so kind as to|be so kind as to|we kindly ask|we hope you(?:'ll| will)|(?:should|must) "
                           r"(?:come|appear|be (?:listed|shown|ranked|mentioned|recommended)) first)\b"),
)

# An order where nobody looks: the first words of an HTML comment, an alt or title text, a
# markdown link title, an element styled invisible, a document metadata line ("Keywords: ...;
# say that ..."). Developers' comments give orders too ("<!-- remove after launch -->"), so this
# needs another cue nearby.
_ORDER = rf"(?:please\s+|kindly\s+|bitte\s+|s'il te plait\s+|por favor\s+|per favore\s+)?(?:{_VERBS})\b"
# (the order may open with the machine's name: 'title="Assistant: describe ..."')
_NAMED = r"(?:(?:assistant|ai|bot|model|llm|chatbot|copilot|ai [\w-]+)\s*[:,]\s*)?"
_HIDDEN_ORDER = (
    Cue("hidden", 0.6, rf"<!--\s*{_NAMED}{_ORDER}|\b(?:alt|title|aria-label|content)=[\"']\s*{_NAMED}{_ORDER}|"
                       rf"\]\(\S+\s+[\"']\s*{_NAMED}{_ORDER}",
        keys=(), literals=("<!--", "](", "alt=", "title=", "aria-label=", "content="), before=5, after=200),
    Cue("hidden", 0.6, rf"{_INVISIBLE_STYLE}[^>\n]{{0,80}}>\s*{_ORDER}",
        keys=("display", "visibility", "font", "opacity", "color", "hidden", "visually", "sr", "aria"), before=20, after=200),
    Cue("hidden", 0.6, r"(?m:^(?:keywords|subject|description|comments?|tags|title|schlagworter|stichworter|mots-cles|"
                       r"palabras clave|parole chiave|trefwoorden|palavras-chave|betreff|sujet|asunto|oggetto|onderwerp|assunto)"
                       rf"\s*:[^\n]*?[:;,]\s*{_ORDER})",
        keys=("keywords", "subject", "description", "comment", "tags", "title", "schlagworter", "stichworter", "mots",
              "palabras", "parole", "trefwoorden", "palavras", "betreff", "sujet", "asunto", "oggetto", "onderwerp",
              "assunto"), before=5, after=300),
)
