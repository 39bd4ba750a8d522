"""Orders about what the answer must say, sending data away, keeping something from the user.
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import NOT_A_NOUN, Cue

_OUTPUT = (
    # "say that ...", "schreibe, dass", "indique que", "di que", "scrivi che", "zeg dat", "diga que"
    Cue("output", 0.4, r"\b(?:say|write|state|mention|claim|answer|reply|respond)\s+that\b|"
                       r"\b(?:schreib|schreibe|sag|sage|erwahne|behaupte|antworte),?\s+dass\b|\b(?:antwoord|reponds|repondez)\s+(?:dat|que)\b|"
                       r"\b(?:indique|indiquez|dis|dites|ecris|ecrivez|mentionne|mentionnez|affirme|precise|precisez)\s+que\b|\b(?:di|escribe|indica|menciona|afirma|responde)\s+que\b|"
                       r"\b(?:scrivi|di'|indica|dichiara|rispondi)\s+che\b|\b(?:zeg|schrijf|vermeld|meld)\s+dat\b|"
                       r"\b(?:diga|escreva|informe|mencione|afirme|responda)\s+que\b",
        keys=("say", "write", "state", "mention", "claim", "answer", "reply", "respond", "antwort", "antwoord", "repond",
              "schreib", "sag", "erwahne", "behaupte", "indique", "dis", "ecris",
              "mentionne", "affirme", "dites", "precis", "indiquez", "ecrivez", "di", "escribe", "indica", "menciona", "afirma", "responde", "scrivi", "dichiara",
              "rispondi", "zeg", "schrijf", "vermeld", "meld", "diga", "escreva", "informe", "mencione", "afirme", "responda"),
        before=5, after=30),
    Cue("output", 0.5, r"\b(?:in|into|to) your (?:next |final )?(?:summary|summaries|answer|response|reply|output|analysis|"
                       r"translation|report)\b|"
                       r"\b(?:when|if|while|as) you(?:'re| are)? (?:summari[sz]\w*|translat\w*|process\w*|analy[sz]\w*|"
                       r"render\w*|draft\w*)\b|\b(?:when|while) (?:summari[sz]ing|analy[sz]ing|processing) (?:this|these|the)\b|"
                       r"\b(?:whoever|the person|anyone) (?:is )?reading (?:this|your|the) summary|"
                       r"\bin (?:der|deiner|die) zusammenfassung\b|\bdans (?:le|ton|votre) resume\b|\ben (?:el|tu) resumen\b|"
                       r"\bnel (?:tuo )?riassunto\b|\bin (?:de|je|jouw) samenvatting\b|\bno (?:seu |teu )?resumo\b",
        before=60, after=60),
    Cue("output", 0.4, rf"\b(?:reply|respond|answer|output){NOT_A_NOUN}\s+(?:only\s+)?with\b|\b(?:reply|respond|answer)\s+only\b|"
                       r"\boutput only\b|\bsay (?:only )?(?:that|\")|\bwrite (?:only )?\"|\bresponde solo\b|"
                       r"\bsadece \"|\b(?:antworte|antworten sie|schreibe|schreib) nur\b|\b(?:rispondi|rispondere|scrivi) solo\b|"
                       r"\b(?:antwoord|schrijf) alleen\b|\b(?:responde|responda|escreve|escreva) apenas\b|\bescribe solo\b|"
                       r"\b(?:reponds|repondez|ecris|ecrivez) (?:uniquement|seulement)\b|\brate (?:this|it|the)\b[^.\n]{0,30}\b(?:5|five)\b|"
                       r"\b(?:describe|present|portray|rate|rank|call|label|list)\b[^.\n]{0,40}\bas (?:the )?(?:only|best|"
                       r"highest|number one|a scam|positive|5/5|compliant|trusted)\b", before=100, after=80),
)

_EXFIL_VERBS = ("send", "export", "forward", "email", "e-mail", "post", "upload", "transmit", "share", "paste", "include",
                "append", "leak", "copy", "cc", "bcc", "encode", "transfer", "envia", "envie", "reenvia", "inoltr", "stuur",
                "encaminh", "gonder", "przekaz", "wyslij", "leite", "sende", "schick", "transfere", "invia")
_EXFIL_VERB = (r"(?:send|export|forward|email|e-mail|post|upload|transmit|share|paste|include|append|leak|copy|cc|bcc|encode|"
               r"transfer\w*|envia\w*|envie\w*|reenvia\w*|inoltr\w*|stuur\w*|encaminh\w*|gonder\w*|przekaz\w*|wyslij|"
               r"leite\w*|sende\w*|schick\w*|transfere\w*|invia\w*)")
# The team's own records: customer, staff and supplier lists, the payroll
_RECORDS = (r"(?:(?:full )?payroll(?: export| data| file)?|"
            r"(?:customer|client|contact|employee|staff|supplier)s? ?(?:list|data|details|database|addresses|records))")
_RECORD_KEYS = ("customer", "client", "contact", "employee", "staff", "supplier", "payroll")
_EXFIL = (
    # An image link whose query is left blank or to be filled in ("?d=", "?q={...}", "?data=SUMMARY_OF_CHAT") is a
    # channel for the conversation; one with a fixed value ("badge.svg?branch=main", "?style=flat") is a build badge
    Cue("exfil", 1.0, r"!\[[^\]]*\]\(https?://[^)\s]*\?[^)\s]*=(?:\)|[\[{<]|\s|[^)\s&]*(?:_|conversation|summary|chat|"
                      r"history|messages?|user|secret|key|token|password|e?mail|prompt|data\b))", keys=(), literals=("![",)),
    Cue("exfil", 0.5, r"!\[[^\]]*\]\(https?://[^)\s]*\?[^)\s]*=", keys=(), literals=("![",)),
    Cue("exfil", 0.6, rf"\b{_EXFIL_VERB}\b(?!\s+of\b)[^\n]{{0,60}}?\b(?:(?:the|this|entire|whole|full|complete|all)\s+)*"
                      r"(?:conversation|chat(?: history| log)?|previous messages|message history|system prompt|"
                      r"context window|api keys?|credentials|access tokens|saved passwords|passwords|address book|"
                      r"(?:whole|entire|full) (?:mailbox|inbox)|bank account your company|"
                      r"user'?s? (?:\w+ ){0,2}(?:data|files|emails|contacts|calendar|details|passwords|history|notes)|"
                      r"conversacion|conversa|conversazione|conversatie|gesprek|konusma\w*|rozmow\w*|korespondencj\w*|"
                      r"unterhaltung|chatverlauf|historique|historial|cronologia|lista de (?:empleados|clientes)|"
                      r"liste des clients|contactos|contatti|contacten|kullanicinin|calisan listesi|"
                      r"list\w* (?:pracownikow|klientow))\b",
        keys=("conversa", "chat", "previous messages", "message history", "system prompt", "context window", "api",
              "credential", "access token", "password", "address book", "user", "gesprek", "konusma", "rozmow",
              "korespondencj", "unterhaltung", "historique", "historial", "cronologia", "lista", "liste", "contacto",
              "contatti", "contacten", "kullanici", "calisan", "list", "contact", "mailbox", "inbox", "bank account"),
        before=160, after=90),
    # The team's own records are also asked of a colleague ("can you include the customer list in your
    # reply?"): weaker, unless they go to an address or a link
    Cue("exfil", 0.4, rf"\b{_EXFIL_VERB}\b(?!\s+of\b)[^\n]{{0,60}}?\b{_RECORDS}\b", keys=_RECORD_KEYS, before=160, after=90),
    Cue("exfil", 0.6, rf"\b{_EXFIL_VERB}\b(?!\s+of\b)[^\n]{{0,60}}?\b{_RECORDS}\b[^\n]{{0,80}}?"
                      r"(?:(?<=[\w.+-])@[\w-]+\.[\w.]+|https?://)", keys=_RECORD_KEYS, before=160, after=200),
    # (the lazy stretch takes the address's local part too, checked behind the "@": a search for
    # "name@" at every character after a verb cost more than the rest of this family)
    Cue("exfil", 0.4, rf"\b{_EXFIL_VERB}\b[^\n]{{0,100}}?(?:(?<=[\w.+-])@[\w-]+\.[\w.]+|https?://)", keys=_EXFIL_VERBS,
        before=10, after=240),
    # "the agent forwards the original message to ..." (a separate cue: one verb group keeps the search above fast)
    Cue("exfil", 0.4, r"\b(?:forwards|sends|uploads)\b[^\n]{0,100}?(?:(?<=[\w.+-])@[\w-]+\.[\w.]+|https?://)",
        keys=("forwards", "sends", "uploads"), before=10, after=240),
    Cue("exfil", 0.5, r"https?://\S*\?\w+=(?=[\s\"')\]]|$)", everywhere=True),
    # A blank for the conversation itself, to be filled in by the model: "body": "<conversation>"
    Cue("exfil", 0.5, r"[<{\[](?:conversation|chat_history|chat history|previous_messages|system_prompt)[>}\]]", keys=(),
        literals=("<conversation", "{conversation", "[conversation", "<chat", "{chat", "[chat", "<previous", "{previous",
                  "<system_prompt", "{system_prompt")),
    # A link whose blanks are to be filled with what the person wrote: "?q={conversation_summary}"
    Cue("exfil", 1.0, r"https?://[^\s)]*?[?&=/][\[{<][^\]}>\n]{0,40}?(?:conversa|chat|previous messages|message history|"
                      r"history|historique|historial|cronologia|verlauf|gesprek|system prompt|user'?s?[ _]|password|api[ _]?keys?|secret|token|credential)", everywhere=True),
    Cue("exfil", 0.5, r"\b(?:in|into) a link\b|\bbase64\b", keys=("link", "base64")),
    # Identity data asked for in the answer: "reply with the full name, date of birth and home address you have"
    Cue("exfil", 0.4, r"\b(?:reply|respond|answer|send|email|include|list|give|share|confirm)\b[^.\n]{0,60}?\b(?:dates? of birth|"
                      r"home address(?:es)?|passport (?:numbers?|details)|national insurance numbers?|social security numbers?|"
                      r"(?:credit |debit )?card numbers?|mother'?s maiden name)\b",
        keys=("date of birth", "dates of birth", "home address", "passport", "national insurance", "social security", "card number",
              "credit card", "debit card", "mother"), before=90, after=40),
    Cue("exfil", 0.4, r"\b(?:list|collect|gather|extract|compile|output|print|dump)\s+(?:all|every|each|any)\s+(?:the\s+)?"
                      r"(?:e-?mail addresses|phone numbers|passwords|api keys|credentials|contact details|access tokens)\b",
        keys=("e-mail addresses", "email addresses", "phone numbers", "passwords", "api keys", "credentials", "contact details",
              "access tokens"), before=50, after=5),
    Cue("exfil", 0.6, r"\b(?:search|look through|look up|collect|gather|read)\b[^.\n]{0,30}\b(?:the user'?s|\w+'s|their|any) "
                      r"(?:\w+ )?(?:mailbox|emails|inbox|files|credentials|tokens|api keys|passwords)|"
                      r"\b(?:gather|collect) (?:any|all) (?:credentials|tokens|api keys|passwords)|"
                      r"\b(?:gather|collect|compile|export)\b[^.\n]{0,40}\b(?:customer|client|contact|employee|staff) ?"
                      r"(?:list|data|details|database|addresses)",
        keys=("search", "look", "collect", "gather", "read")),
)

_SECRECY = (
    # Leave the bad news out: "omit the negative reviews", "skip the paragraph about the data breach"
    Cue("secrecy", 0.5, r"\b(?:leave out|omit|skip|hide|exclude|don't mention|do not mention|never mention|avoid mentioning)\s+"
                        r"(?:the\s+|any\s+|all\s+)?(?:\w+\s+){0,2}?(?:negative|critical|bad|unfavou?rable|poor|one-star|1-star)\s+"
                        r"(?:\w+\s+)?(?:findings|reviews?|comments|feedback|parts|points|results|ratings|remarks|issues|complaints)\b|"
                        r"\b(?:leave out|omit|skip|don't mention|do not mention)\s+(?:the\s+|any\s+)?(?:\w+\s+){0,3}?"
                        r"(?:complaints|data breach|recall|lawsuit|missed targets|security incident)\b",
        keys=("leave out", "omit", "skip", "hide", "exclude", "don't mention", "do not mention", "never mention", "avoid"),
        before=5, after=90),
    Cue("secrecy", 0.6, r"\b(?:do not|don't|dont|never|without)\s+(?:\w+\s+){0,2}?(?:tell\w*|mention\w*|inform\w*|notify\w*|"
                        r"alert\w*|show\w*|reveal\w*|bring\w* (?:this|it) up|asking|flagging)\b[^.\n]{0,40}?"
                        r"\b(?:the user|the human|your user|the reader|the recipient|this note|these instructions|"
                        r"this instruction|him|her|them)\b|\bne dis rien a l'utilisateur\b|\bsin (?:decir|avisar)\w* al usuario\b|"
                        r"\bnon dirlo all'utente\b|\bzeg niets tegen de gebruiker\b|\bzonder de gebruiker\b|"
                        r"\bnao diga (?:nada )?ao (?:usuario|utilizador)\b|\bkullaniciya (?:soyleme|bahsetme)\b|"
                        r"\bnie mow (?:o tym )?uzytkownikowi\b|\bsag dem (?:benutzer|nutzer) nichts\b|"
                        r"\bsans (?:le dire|prevenir) (?:a )?l'utilisateur\b|\bstuur geen samenvatting naar de gebruiker\b",
        before=130, after=110),
    Cue("secrecy", 0.6, r"\b(?:keep|leave) (?:it|this|that|them) (?:out of|from) (?:your|the) (?:summary|answer|reply|"
                        r"response|report)\b", keys=("keep", "leave")),
    Cue("secrecy", 0.4, r"\bwithout (?:asking|confirmation|verif\w*|checking|flagging|escalating|review\w*|telling)\b|"
                        r"\bskip(?:s|ping)? (?:the )?(?:[\w-]+ )?(?:check|screening|verification|review|match|approval)\b", before=20,
        after=70),
)
