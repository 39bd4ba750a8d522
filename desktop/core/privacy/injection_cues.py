"""What the injection scan looks for, as data: cues with a weight, searched in folded text.

Every pattern runs on ``folding.fold`` output: lowercase, no accents, look-alike letters and
digits turned into Latin letters. A cue is one kind of evidence (``kind``); the scan adds the
strongest cue of each kind found close together, and flags text whose sum reaches 1.0. So one
unmistakable cue (chat control tokens, "ignore your instructions") is enough, while a cue that
ordinary business text also uses ("please ignore my last email", "forward this thread to Marc",
a chat log with an "Assistant:" line) needs a second, different one nearby — most often that the
words are addressed to an AI rather than to a person.

Languages: English, German, French, Spanish, Italian, Dutch, Portuguese, Turkish, Polish.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    kind: str
    weight: float
    pattern: str
    keys: tuple[str, ...] | None = None  # where to search (see KEYS); None: the kind's keys
    literals: tuple[str, ...] = ()  # more places to search, found anywhere (not only at a word start)
    everywhere: bool = False  # search the whole text (the pattern starts with a plain string: fast)
    before: int | None = None  # how far before a key a match can start (None: REACH of the kind)
    after: int | None = None  # how far after a key a match can end


# Reasons shown to the person, per kind ("The text in <field> <reason>.").
REASONS: dict[str, str] = {
    "addressee": "speaks to an AI assistant rather than to a person",
    "override": "asks the AI to ignore its instructions",
    "reveal": "asks the AI to reveal its instructions",
    "role": "tries to give the AI a new role",
    "markers": "contains chat control markers",
    "turns": "imitates a conversation with the AI",
    "task": "gives the AI a new task",
    "output": "tells the AI what to write in its answer",
    "exfil": "asks the AI to send data somewhere",
    "secrecy": "asks the AI to keep something from you",
    "act": "asks the AI to act for you (approve, pay, forward, book...)",
    "risky": "asks the AI to change bank details or access rights",
    "user": "talks about you as 'the user'",
    "hidden": "hides text from the reader",
    "imperative": "gives the AI orders",
    "boundary": "pretends that the document has ended",
    "redirect": "tries to change what the AI was asked to do",
    "glued": "spells instructions out letter by letter",
}
# Kinds that count only next to words clearly addressed to an AI: orders and actions are what
# business text is made of ("please approve the refund", "forward this to Marc").
# Changing where money goes or who may get in is asked of an AI only by an attacker: a weaker
# address ("Dear assistant, ...") is enough for these.
ONLY_WHEN_ADDRESSED: dict[str, float] = {"imperative": 0.6, "act": 0.6, "risky": 0.4}

# AI nouns, English and the team's other languages (folded: no accents).
_AI_EN = (
    r"(?:ai|a\.i\.|llms?|large language models?|language models?|chat ?bots?|bots?|assistants?|"
    r"ai[- ]?(?:\w+[- ])?(?:assistants?|models?|systems?|tools?|agents?|helpers?|reviewers?|auditors?|summari[sz]ers?|"
    r"travel agents?)|copilots?|gpts?|chatgpt|claude|gemini|"
    r"automated (?:assistants?|systems?|tools?|agents?|readers?)|virtual assistants?|email assistants?|"
    r"(?:support|helpdesk|service|triage|email|ai) (?:ai|bots?|copilots?|assistants?)|summari[sz]ers?|"
    r"(?:summary|summari[sz]ation|summari[sz]ing) (?:tools?|bots?|apps?|software|engines?))"
)
_AI_OTHER = (
    r"(?:ki|ki-(?:assistent\w*|modell\w*|systeme?|reviewer\w*|agent\w*|tool\w*|bot\w*|prufer\w*)|sprachmodell\w*|assistent(?:en)?|"
    r"ia|assistant ia|intelligence artificielle|modele de langage|"
    r"asistente(?: de ia| virtual)?|modelo de (?:lenguaje|linguagem)|inteligencia artificial|"
    r"assistente(?: ia| ai| virtuale| de ia| virtual)?|intelligenza artificiale|modello (?:linguistico|di linguaggio)|"
    r"ai-assistent|taalmodel(?:len)?|kunstmatige intelligentie|"
    r"yapay zeka\w*(?: (?:asistan|model)\w*)?|dil model\w*|"
    r"asystent\w*(?: ai)?|sztuczn\w* inteligencj\w*|model\w* jezykow\w*)"
)
AI = rf"(?:{_AI_EN}|{_AI_OTHER})"
# AI nouns that never name a person ("if you are an assistant" may be said to a person).
_AI_STRICT = (
    r"(?:ai|a\.i\.|llm|large language model|language model|chat ?bot|bot|gpt|ai[- ]?\w+|automated \w+|"
    r"ki|ki-\w+|sprachmodell|ia|intelligence artificielle|modele de langage|modelo de (?:lenguaje|linguagem)|"
    r"inteligencia artificial|intelligenza artificiale|modello linguistico|taalmodel|kunstmatige intelligentie|"
    r"yapay zeka\w*|dil model\w*|sztuczn\w* inteligencj\w*|model\w* jezykow\w*)"
)
# What may follow an AI noun that is addressed: punctuation, or "reading/processing this".
_AFTER_ADDRESSED = r"(?=\s*(?:[:,;!)\]\-]|$|\s(?:\w+ing|that|who|which|if|when|here|there|please|kindly|is|are|que|qui|che|die|der|dat|welche)\b))"
_PREP = (
    r"(?:to|for|attention|attn|note to|note for|notice to|message to|message for|instructions? (?:to|for)|"
    r"request for|favou?r to ask of|psst|an|fur|hinweis an|hinweis fur|a|pour|para|per|aan|voor|"
    r"do|dla|opmerking voor|nota para|nota per|note pour|"
    r"instrucao para|istruzioni per|compito per|tarea para|a l'attention de)"
)
_GREET = r"(?:dear|hey|hello|hi|caro|cara|querido|querida|cher|chere|liebe|lieber)(?: there)?,?"
# Where a vocative can start: a line, a sentence, a quoted cell, an HTML tag or comment.
_START = r"(?:^|[.!?(\[\"'>]\s*|<!--\s*)[ \t]*"
_DET = (r"(?:(?:the|any|all|every|whatever|an?|l'|el|la|il|lo|le|de|die|der|den|alle|o|os|het|tous les|todos los|gli|"
        r"cualquier|qualsiasi|qualquer|toute|tout|jede[rn]?|jedes|elke|ieder|ogni|todo|toda)\s*)*")

_MENTIONS = ("abot", "aai", "agpt", "achatgpt", "aclaude", "acopilot", "achatbot", "aassistan", "aasistent", "aassistent")
_ADDRESSEE = (
    # "Note to any AI assistant reading this:", "Hinweis an die KI:", "Do asystenta AI:"
    Cue("addressee", 0.6, rf"\b{_PREP}\s+{_DET}{AI}\b{_AFTER_ADDRESSED}"),
    # "model" alone is also a product or a person; "the model summarising this" is not
    Cue("addressee", 0.6, rf"\b{_PREP}\s+{_DET}models?\s+(?:summari[sz]ing|processing|analy[sz]ing|reading|parsing)\b",
        keys=("model",)),
    # A vocative inside a line: 'Remarks: AI, when you fill in this form, ...'
    Cue("addressee", 0.6, rf"\b{_AI_STRICT}, (?:when|if|while|before|as soon as) you\b"),
    # "Assistant: ..." or "AI, ..." at a line start: also a speaker in a chat log, so weaker than
    # "AI assistant:", "Dear assistant,", "KI-Assistent:", "Triage bot - please ..."
    Cue("addressee", 0.4, rf"{_START}(?:assistant|bot|model|ai)\s*[:,]"),
    Cue("addressee", 0.4, rf"{_START}{_GREET}\s+(?:assistant|bot|model)\s*[:,!]"),
    Cue("addressee", 0.6, rf"{_START}(?:{_GREET}\s+(?!(?:assistant|bot|model)\s*[:,!]){AI}|"
                          rf"(?!(?:assistant|bot|model|ai|user|human)\s*[:,]){AI})\s*(?:[:,!]|\s[-\u2013]\s)|"
                          rf"{_START}{AI}\s+(?:please|kindly)\b"),
    Cue("addressee", 1.0, rf"\b(?:if|when|in case)\s+(?:an?|any|the|some)\s+{AI}\s+(?:is|are|happens? to be)\s+"
                          r"\w+ing\b"),
    Cue("addressee", 0.6, rf"\b{AI}\s+(?:that|which|who)\s+(?:process|read|summari[sz]e|analy[sz]e|handle|review|parse)"
                          r"(?:e?s)?\s+(?:this|these|it|the|my|our)\b"),
    # "AI model processing this message", "language models reading this page"
    Cue("addressee", 0.6, rf"\b{AI}\s+(?:that (?:is|are) |which (?:is|are) |who (?:is|are) )?"
                          r"(?:reading|processing|summari[sz]ing|analy[sz]ing|parsing|handling|reviewing|scanning|"
                          r"drafting|ingesting|crawling|indexing|booking|rendering|summarizing)\s+"
                          r"(?:this|these|it|the (?:email|page|document|message|mailbox|thread|text|sheet|file|reviews?|"
                          r"signature|footer|inbox)|reviews|emails|my|our)\b"),
    Cue("addressee", 0.6, r"\b(?:die|der|den|das) (?:diese|den) \w+ (?:lesen|liest|verarbeitet)\b|"
                          r"\bokuyan (?:yapay zeka|dil model)\w*|\bque (?:leas|lea|lee|lees) esto\b"),
    # "If you are an AI", "Falls du ein KI-Assistent bist", "Si vous êtes une IA", "Eğer bir yapay zeka modeliysen"
    Cue("addressee", 1.0, rf"\b(?:if|when|since|as)\s+(?:you\s+are|you're|youre|you\s+happen\s+to\s+be)\s+"
                          rf"(?:an?\s+|the\s+)?(?:\w+\s+)?{_AI_STRICT}\b"),
    Cue("addressee", 1.0, rf"\b(?:falls|wenn) (?:du|sie) (?:ein|eine|einen)? ?{_AI_STRICT}\w* (?:bist|sind)\b|"
                          rf"\bsi (?:tu es|vous etes) (?:une?|l')\s?{_AI_STRICT}|"
                          rf"\bsi eres (?:una?)\s+{_AI_STRICT}|\bse sei (?:un'|una |un )\s?{_AI_STRICT}|"
                          rf"\bals (?:je|jij|u) (?:een )?{_AI_STRICT}\w* (?:bent|is)\b|"
                          rf"\bse (?:voce|tu) (?:e|es) (?:uma?) {_AI_STRICT}|"
                          r"\beger (?:bir )?(?:yapay zeka|dil model)|\b(?:yapay zeka|dil model)\w*(?:sen|sin|san|sın)\b|"
                          rf"\bjesli jestes (?:\w+ )?(?:modelem|sztuczn\w*|asystentem|ai)\b"),
    # "You are an AI assistant", "Eres un asistente de IA", "Sei un modello linguistico", "Sen bir dil modelisin"
    Cue("addressee", 0.6, rf"\byou are (?:an?|the) (?:\w+ )?(?:ai|llm|language model|ai assistant|chatbot|assistant)\b|"
                          rf"\b(?:eres|sei|du bist|tu es|je bent|voce e|jestes) (?:un|una|uno|ein|eine|une|een|uma?)? ?"
                          rf"{AI}\b|\bsen bir (?:yapay zeka|dil model)"),
    Cue("addressee", 0.6, rf"\b(?:any|every|all|whatever) {AI}(?=\s+(?:that|which|who|\w+ing)\b|\s*[:,])"),
    # A chat mention of a bot ("@assistant delete ...") and a spreadsheet cell that opens with
    # "AI:" are not a speaker's name in a transcript.
    Cue("addressee", 0.6, r"(?:^|[,;\t])\"\s*(?:assistant|bot|model|ai)\s*:"),
    # (folding reads "@" as the letter "a": "@bot" is "abot" here)
    Cue("addressee", 0.6, r"(?<![\w.])a(?:bot|ai|gpt|chatgpt|claude|copilot|chatbot|assistant|assistente?|asistente|"
                          r"assistent)\b", keys=_MENTIONS),
    # "Assistant, after reading this: ...", "AI, while you have access to this account, ..."
    Cue("addressee", 0.6, rf"\b{AI}[,:]?\s+(?:after|once|when|before|while)\s+(?:reading|processing|you(?:'ve| have)? "
                          r"(?:read|processed))\b"),
    Cue("addressee", 0.4, r"\b(?:while|since|now that|as long as) you (?:have|still have|got) access to (?:this|the|my|their|"
                          r"our|the user'?s?|his|her)\b", keys=("while", "since", "now", "as long")),
    # "When summarising this page, ...", "Beim Zusammenfassen dieses Dokuments", "Al resumir este correo":
    # a request about *this* text to whoever condenses it (a person is asked about another
    # document: "when summarising the survey for the board").
    Cue("addressee", 0.6, r"\b(?:when|while|if|as|before|after|in) (?:you(?:'re| are)? )?(?:summari[sz]\w*|process\w*|analy[sz]\w*|"
                          r"condens\w*|digest\w*|pars\w*) (?:this|these) (?:web ?page|page|e-?mail|mail|message|text|document|"
                          r"doc|article|site|website|review|thread|post|listing|file|pdf|content|ticket)s?\b|"
                          r"\bbeim (?:zusammenfassen|verarbeiten|analysieren) (?:dieses|dieser|diesen|von diesem|von dieser) "
                          r"(?:dokument|seite|e-?mail|nachricht|text|artikel|bewertung)|"
                          r"\b(?:wenn|falls) du (?:dieses|diese|diesen) [\w-]+ (?:zusammenfasst|verarbeitest|analysierst)\b|"
                          r"\bsummari[sz]\w* this (?:\w+ )?for (?:someone|somebody|a user|the user|your user|a reader|anyone)\b|"
                          r"\bwhatever (?:is |are )?(?:summari[sz]\w*|process\w*|analy[sz]\w*) this\b|"
                          r"\bsi (?:estas|esta|usted esta) (?:resumiendo|procesando|analizando) (?:este|esta|estos|estas)\b|"
                          r"\bse stai (?:riassumendo|elaborando|analizzando) quest|"
                          r"\b(?:si|quand|lorsque) (?:tu|vous) (?:resumes|resumez|traites|traitez|analyses|analysez) "
                          r"(?:cette|ce|cet|ces) (?:page|e-?mail|mail|message|texte|document|article|site|avis|fichier|pdf|ticket)s?\b|"
                          r"\bse (?:voce |tu )?(?:estiver|estas|esta) (?:a )?(?:resumir|resumindo|processar|processando|analisar|"
                          r"analisando) (?:este|esta|estes|estas)\b|"
                          r"\ben (?:resumant|traitant|analysant) (?:cette|ce|cet|ces) (?:page|e-?mail|mail|message|texte|document|"
                          r"article|site|avis)|\b(?:si|quand) tu (?:resumes|traites|analyses) (?:cette|ce|cet|ces) (?:page|e-?mail|mail|message|texte|document|article|site|avis|fichier|pdf|ticket)s?\b|"
                          r"\bal (?:resumir|procesar|analizar) (?:este|esta|estos|estas) (?:pagina|correo|e-?mail|mensaje|texto|"
                          r"documento|articulo|sitio|web|resena|opiniones)|\bcuando (?:resumas|proceses|analices) (?:este|esta)\b|"
                          r"\bnel (?:riassumere|elaborare|analizzare) (?:questo|questa|queste|questi) (?:pagina|e-?mail|mail|"
                          r"messaggio|testo|documento|articolo|sito|recensioni)|\bquando (?:riassumi|elabori) quest|"
                          r"\bbij het (?:samenvatten|verwerken|analyseren) van (?:deze|dit) (?:pagina|e-?mail|mail|bericht|tekst|"
                          r"document|artikel|site|website|recensie)|\bals je (?:deze|dit) (?:pagina|e-?mail|mail|bericht|tekst|document|artikel|site|website|recensie|pdf|bestand|ticket|verslag|rapport) (?:samenvat|verwerkt)\b|"
                          r"\bao (?:resumir|processar|analisar) (?:este|esta|estes|estas) (?:pagina|e-?mail|mensagem|texto|"
                          r"documento|artigo|site)|\bquando (?:resumir|processar) (?:este|esta)\b",
        keys=("summari", "process", "analy", "condens", "digest", "pars", "zusammenfass", "verarbeit", "analysier", "resum",
              "trait", "procesar", "proceses", "analiz", "analic", "riassum", "elabor", "samenvat", "verwerk", "analis"),
        before=40, after=80),
    # "P.S. for any summary tool:" (searched around "summary" with this one cue: the word is common)
    Cue("addressee", 0.6, r"\b(?:for|to|attention|attn|dear|hey|hi|hello)\s+(?:the |any |all |every |whatever )?(?:summary|"
                          r"summari[sz]ation|summari[sz]ing) (?:tools?|bots?|apps?|software|engines?)\s*[:,]",
        keys=("summary",), before=40, after=40),
    # "Note to the model:", "Message for the summariser,"
    Cue("addressee", 0.6, r"\b(?:note|message|instructions?|reminder|hinweis|nota|opmerking|remarque) (?:to|for|an|fur|pour|para|"
                          r"per|voor) (?:the |this |das |le |el |il |o |het )?(?:model|modell|modele|modelo|modello|summari[sz]er|"
                          r"system|systeme|sistema|systeem)\s*[:,]",
        keys=("note", "message", "instruction", "reminder", "hinweis", "nota", "opmerking", "remarque"), before=5, after=60),
    # "Si eres un asistente que procesa este correo", "Falls du ein Assistent bist, der dieses Dokument verarbeitet"
    Cue("addressee", 0.6, r"\b(?:asistente|assistente|assistent|assistant|assistente virtual)\w*,? (?:que|qui|che|der|die|dat) "
                          r"(?:procesa|processa|traite|elabora|verarbeitet|verwerkt|resume|riassume|zusammenfasst|samenvat|lee|lit|"
                          r"legge|liest|leest|le)\s+(?:esto|este|esta|ceci|ce|cet|cette|questo|questa|dies|diese|"
                          r"dieses|diesen|dit|deze|isto|estes)\b|"
                          r"\b(?:asistente|assistente|assistent|assistant)\w*(?: bist| sind| bent| is)?,? (?:der|die|dat) "
                          r"(?:dies|diese|dieses|diesen|dit|deze) [\w-]+ (?:verarbeitet|liest|zusammenfasst|verwerkt|leest|samenvat)\b",
        keys=("asistent", "assistent", "assistan"), before=5, after=90),
    # "The assistant must approve ...": said of a person too, so weak alone.
    Cue("addressee", 0.4, rf"\bthe {AI} (?:must|shall|should|is to|has to|will now|needs to)\b"),
)

_INSTR = r"(?:instructions?|prompts?|rules|guidelines|directives?|directions|programming|guardrails|policies|" \
         r"constraints|restrictions|orders|commands|system prompt|system message|guidance)"
_NOT_TOPIC = r"(?!\s+(?:about|regarding|on|for|concerning|re|from (?:me|us)|i|we|you got from me)\b)"

_OVERRIDE = (
    Cue("override", 1.0, rf"\b(?:ignore|disregard|forget|override|bypass|abandon|discard|drop)\s+(?:all\s+|any\s+|every\s+)?"
                         rf"(?:of\s+)?(?:your|the\s+(?:system|original|initial|above)|(?:all|any)\s+(?:the\s+)?"
                         rf"(?:previous|prior|earlier|preceding|above|former|other|existing)|previous|prior|above|"
                         rf"earlier|preceding)\s+(?:\w+\s+){{0,2}}?{_INSTR}\b{_NOT_TOPIC}"),
    Cue("override", 0.6, rf"\b(?:ignore|disregard|forget|override|bypass)\b(?:(?!\b(?:my|our)\b)[^.\n]){{0,40}}\b{_INSTR}\b"),
    Cue("override", 1.0, r"\b(?:ignore|disregard|forget)\s+(?:what|whatever|anything|everything)\s+(?:the user|the system|"
                         r"your (?:user|operator|developers?)|you were|you've been|you have been)\b[^.\n]{0,40}?"
                         r"\b(?:told|said|asked|given|instructed)\b"),
    Cue("override", 0.6, rf"\b(?:previous|prior|earlier|original|all other|existing|the) {_INSTR} (?:are|is|have been|has been) "
                         r"(?:now )?(?:void|cancel+ed|outdated|obsolete|revoked|replaced|superseded|no longer valid)|"
                         rf"\b(?:previous|prior|earlier) {_INSTR} no longer appl"),
    Cue("override", 1.0, rf"\b(?:your|the user'?s?) {_INSTR} (?:are|is|have been) (?:now )?(?:void|cancel+ed|outdated|"
                         r"obsolete|revoked)|\binstructions you (?:received|were given|got) (?:from|at|earlier|before)|"
                         r"\b(?:only|exclusively) follow (?:the|these) instructions (?:in|from) this\b|"
                         r"\b(?:you )?follow only (?:the|these) instructions\b|\boverride your \w+"),
    # German, French, Spanish, Italian, Dutch, Portuguese, Polish: verb ... noun
    Cue("override", 0.6, r"\b(?:ignorier\w*|vergiss|vergesst|missacht\w*)\s+(?:\w+\s+){0,3}?"
                         r"(?:anweisungen|instruktionen|regeln|vorgaben|befehle|richtlinien|systemprompt)\b|"
                         r"\b(?:ignore[zs]?|oublie[zs]?)\s+(?:\w+\s+|l'|d'){0,3}?(?:instructions|consignes|regles|directives|ordres)\b|"
                         r"\b(?:ignora|ignore|ignorad|olvida|olvide|olvidad|omite|descarta)\s+(?:\w+\s+){0,3}?"
                         r"(?:instrucciones|reglas|indicaciones|directrices|ordenes)\b|"
                         r"\b(?:ignora|ignorate|dimentica|dimenticate|trascura)\s+(?:\w+\s+|l'){0,3}?"
                         r"(?:istruzioni|regole|indicazioni|direttive)\b|"
                         r"\b(?:negeer|negeert|vergeet)\s+(?:\w+\s+){0,3}?(?:instructies|regels|aanwijzingen|opdrachten|richtlijnen)\b|"
                         r"\b(?:ignore|ignora|ignorem|esqueca|esquece|esquecam|desconsidere)\s+(?:[\w,]+\s+){0,4}?"
                         r"(?:instrucoes|regras|diretrizes|orientacoes|ordens)\b|"
                         r"\b(?:zignoruj|ignoruj|zapomnij o|zapomnij|pomin)\s+(?:\w+\s+){0,3}?"
                         r"(?:instrukcj\w*|polecen\w*|zasad\w*|regul\w*|wytyczn\w*)|"
                         r"\b(?:talimat|kural|yonerge|komut)\w*\s+(?:\w+\s+)?(?:yok say|gormezden gel|unut|dikkate alma|umursama)"),
    # ... with "all", "your" or "previous" in between (or right after the noun): addressed to the AI
    Cue("override", 1.0, r"\b(?:ignorier\w*|vergiss|vergesst)\s+(?:\w+\s+){0,2}?(?:alle|deine|eure|bisherigen|vorherigen|"
                         r"vorigen|fruheren|andere)\s+(?:\w+\s+){0,1}?(?:anweisungen|instruktionen|regeln|vorgaben)\b|"
                         r"\b(?:ignore[zs]?|oublie[zs]?)\s+(?:toutes\s+)?(?:les|tes|vos)\s+(?:instructions|consignes|regles)\s+"
                         r"(?:precedentes|anterieures)|\b(?:ignore[zs]?|oublie[zs]?)\s+(?:toutes\s+)?(?:tes|vos)\s+"
                         r"(?:instructions|consignes|regles)|"
                         r"\b(?:ignora|olvida|olvide|omite)\s+(?:todas\s+)?(?:las|tus|sus)\s+(?:instrucciones|reglas|indicaciones)"
                         r"(?:\s+(?:anteriores|previas|del sistema)|(?<=tus instrucciones)|(?<=tus reglas))|"
                         r"\b(?:ignora|dimentica|trascura)\s+(?:tutte\s+)?(?:le\s+)?(?:tue\s+)?(?:istruzioni|regole)"
                         r"(?:\s+(?:precedenti|ricevute|di sistema)|(?<=tue istruzioni)|(?<=tue regole))|"
                         r"\b(?:negeer|vergeet)\s+(?:alle\s+)?(?:je|jouw|voorgaande|vorige|eerdere)\s+(?:\w+\s+)?"
                         r"(?:instructies|regels)|\b(?:negeer|vergeet)\s+alle\s+(?:voorgaande|vorige|eerdere)|"
                         r"\b(?:ignore|esqueca|desconsidere)\s+(?:todas\s+)?(?:as|suas|tuas)\s+(?:instrucoes|regras)"
                         r"(?:\s+(?:anteriores|previas|do sistema)|(?<=suas instrucoes)|(?<=suas regras))|"
                         r"\b(?:zignoruj|zapomnij o|zapomnij)\s+(?:wszystkie\s+|wszystkich\s+)?(?:swoich|swoje|twoje|poprzednie|"
                         r"wczesniejsze|poprzednich)\s+(?:\w+\s+)?(?:instrukcj|polecen|zasad|regul)|"
                         r"\b(?:tum|butun|diger|onceki tum)\s+(?:\w+\s+)?(?:talimat|kural)\w*\s+(?:\w+\s+)?(?:yok say|gormezden gel|unut)|"
                         r"\b(?:talimat|kural)\w*(?:ini|ini|larini|lerini)\s+(?:yok say|unut|gormezden gel)|"
                         r"\b(?:regole|reglas|regras|regels|regeln|zasady) (?:del|do|van het|des)? ?(?:sistema|systeem|systems)\b"),
)

_PROMPT_TERM = (r"(?:system ?prompt|system message|system instructions|initial (?:instructions|prompt)|hidden (?:instructions|prompt)|"
                r"original instructions|developer message|systeemprompt|prompt (?:de |di |do )?sistema|prompt systeme|"
                r"prompt systemowy|sistem (?:istemi|mesaji)\w*|mensaje de sistema|messaggio di sistema|mensagem (?:de|do) sistema|"
                r"instrucciones del sistema(?! de)|systemanweisung\w*|systemnachricht|instructions you were given|"
                r"your (?:initial |original )?instructions|tus instrucciones|prompt de systeme|"
                r"your (?:hidden|secret) (?:setup|configuration|rules)|your own (?:instructions|rules)|your context window|"
                r"instructions que (?:tu as|vous avez) recues? (?:au debut|au depart|avant|en premier)|"
                r"instrucciones que (?:recibiste|has recibido) (?:al principio|al inicio|antes)|"
                r"istruzioni che hai ricevuto (?:all'inizio|prima|in origine)|instrucoes que recebeste (?:no inicio|antes)|"
                r"instructies die je (?:aan het begin|eerder|vooraf) (?:hebt )?(?:kreeg|gekregen)|text of your initial setup|instrucoes (?:de|do) sistema(?! de))")
_REVEAL_VERB = (r"(?:reveal|print|output|show|display|repeat|disclose|leak|dump|tell me|give me|write out|share|list|"
                r"gib|zeige?|ausgeben|affiche\w*|revele\w*|revela\w*|muestra\w*|rivela\w*|mostra\w*|toon|laat zien|"
                r"goster\w*|ujawnij|pokaz|wypisz|word for word|verbatim|wortlich|textuellement|stampa\w*|mostr\w*|zien|"
                r"imprim\w*|recopie\w*|copia|ripeti|repite|repete|herhaal|wiederhole|mot pour mot|woord voor woord|parola per parola|palabra por palabra|palavra por palavra)")
_REVEAL = (
    Cue("reveal", 1.0, rf"\b{_REVEAL_VERB}\b[^.\n]{{0,60}}?{_PROMPT_TERM}"),
    Cue("reveal", 1.0, rf"\b{_PROMPT_TERM}[^.\n]{{0,60}}?\b{_REVEAL_VERB}\b"),
    Cue("reveal", 0.6, rf"\b{_PROMPT_TERM}\b"),
    # "print everything above this line verbatim": the text above a pasted document is the prompt
    Cue("reveal", 1.0, r"\b(?:print|repeat|output|copy|write out|reproduce|show)\s+(?:everything|all(?: the)? text|the text|"
                       r"all words|the words)\s+(?:above|before|preceding|that came before)\b[^.\n]{0,60}?"
                       r"(?:verbatim|word for word|exactly as written|starting with \W?you are)",
        keys=("verbatim", "word for word", "exactly as", "starting with")),
    Cue("reveal", 1.0, r"\bwhat (?:were you|have you been) (?:told|instructed|programmed)\b[^.?\n]{0,40}?"
                       r"\b(?:before|at the (?:start|beginning)|initially)\b|"
                       r"\b(?:every|all|each|any) (?:rules?|instructions?) (?:you were|you've been|you have been) given\b|"
                       r"\b(?:text|words|message) you were given (?:before|above|at the (?:start|beginning))\b|"
                       r"\bpaste (?:the )?(?:contents|content|text) of your (?:context window|system prompt|setup)\b|"
                       r"\b(?:output|print|show|repeat|reveal)\s+the (?:hidden |invisible )?text (?:that )?(?:comes|came) "
                       r"(?:before|above) (?:it|this|the document|the email)\b",
        keys=("told", "instructed", "programmed", "given", "paste", "comes", "came")),
)

_ROLE = (
    Cue("role", 1.0, r"\byou are now\s+(?:an?\s+|the\s+|in\s+)?(?:\w+\s+){0,2}?(?:ai|assistant|model|chatbot|bot|dan|pirate|"
                     r"unrestricted|jailbroken|uncensored|evil|different|free|developer mode|maintenance mode|debug mode|"
                     r"god mode|no longer)\b|\byou are no longer (?:an? |the )?(?:assistant|ai|summari\w*|bound|restricted|"
                     r"helpful|translat\w*)"),
    Cue("role", 1.0, r"\b(?:pretend|imagine)\s+(?:to be|you are|you're)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:ai|model|assistant|"
                     r"chatbot)\b[^.\n]{0,40}\b(?:no|without)\b|\bact as an? (?:unrestricted|jailbroken|uncensored|evil|"
                     r"different) |\b(?:developer|dan|god|jailbreak) mode\b|\bdo anything now\b|\bjailbr(?:eak|oken)\b|"
                     r"\bno content polic|\bstay in character\b|\bunrestricted (?:ai|assistant|model|agent|mode)\b|"
                     r"\bagente sin restricciones\b|\bsin restricciones\b"),
    Cue("role", 0.3, r"\b(?:from (?:now|this point) on|henceforth|starting now)\b[, ]+(?:you\b|your\b)|"
                     r"\b(?:a partir de ahora|ab sofort|a partir de maintenant|d'ora in poi|vanaf nu|a partir de agora|"
                     r"od teraz|bundan sonra)\b[, ]+(?:eres|debes|bist du|musst du|tu es|tu dois|sei|devi|ben je|moet je|"
                     r"voce|deve|ignore|jestes|musisz)"),
    Cue("role", 1.0, r"\byou are (?:now )?in (?:\w+ )?(?:admin|developer|maintenance|debug|god|unrestricted|jailbreak) mode\b"),
    Cue("role", 0.4, r"\bno (?:filters|restrictions|limits)\b|\bwithout (?:any )?(?:filters|restrictions)\b"),
)

_MARKERS = (
    Cue("markers", 1.0, r"<\|[a-z_]+\|>|\[/?inst\]|<</?sys>>|<(?:start|end)_of_turn>|\[/?system\]|"
                        r"<\s*/?\s*(?:system|assistant)\s*>|(?m:^\s*#{2,}\s*(?:system|instructions?)\s*(?:message|prompt|note|"
                        r"override)?\s*(?:#{2,}|:|$))|\b(?:begin|end) (?:of )?system (?:prompt|message|instructions)\b|"
                        r"\[(?:system|sys|admin) (?:note|message|override)\]"),
    Cue("markers", 0.6, r"\[(?:admin|administrator|system|sys|developer|operator|root)\]\s*:",
        keys=("admin", "system", "sys", "developer", "operator", "root")),
    # A banner: "### NEW INSTRUCTIONS ###" is written to a model; "=== New task ===" also heads a
    # task list, so it counts less.
    Cue("markers", 0.6, r"(?m:^[ \t]*[#*=~_\-]{2,}[ \t]*(?:new|updated|additional|real) (?:instructions?|directives?)"
                        r"[ \t]*[#*=~_\-]{2,}[ \t]*$)", keys=("new", "updated", "additional", "real")),
    Cue("markers", 0.4, r"(?m:^[ \t]*[#*=~_\-]{2,}[ \t]*(?:new|next|real) (?:task|objective)"
                        r"[ \t]*[#*=~_\-]{2,}[ \t]*$)", keys=("new", "next", "real")),
)

_TURNS = (
    # "System: you are...", with a sentence after it (a YAML "system: sap-erp" has one word)
    Cue("turns", 0.6, rf"(?m:{_START}(?:#{{1,4}}\s*)?(?:system|system note|system message)\s*:[ \t]*(?:[^\s:]+[ \t]+){{2,}}[^\s:]+)"),
    Cue("turns", 0.4, r"(?m:^(?:#{1,4}\s*)?(?:user|human)\s*:).{0,600}?(?m:^(?:#{1,4}\s*)?(?:assistant|ai|model)\s*:)|"
                      r"(?m:^(?:#{1,4}\s*)?(?:assistant|ai|model)\s*:).{0,600}?(?m:^(?:#{1,4}\s*)?(?:user|human)\s*:)"),
    Cue("turns", 0.6, r"</?(?:user|human)>"),
    # An e-mail quoting an earlier turn in which the assistant already agreed
    Cue("turns", 0.6, r"(?m:^[ \t]*(?:>[ \t]*)+(?:assistant|assistent|asistente|assistente|ai|ki|ia|model)\s*:[ \t]*"
                      r"(?:sure|of course|certainly|ok(?:ay)?|absolutely|i have|i've|done|here (?:is|are)|bien sur|voici|"
                      r"klar|gerne|hier (?:sind|ist|is|zijn)|claro|aqui (?:esta|tienes|tem)|certo|ecco|natuurlijk|"
                      r"com certeza))", keys=("assistan", "assistent", "asistente", "ai", "ki", "ia", "model")),
    Cue("turns", 0.4, r"(?m:^[ \t]*(?:>[ \t]*)+(?:user|human|utilisateur|nutzer|benutzer|usuario|utente|gebruiker|utilizador)"
                      r"\s*:).{0,600}?(?m:^[ \t]*(?:>[ \t]*)+(?:assistant|assistent|asistente|assistente|ai|ki|ia|model)\s*:)",
        keys=("user", "human", "utilisateur", "nutzer", "benutzer", "usuario", "utente", "gebruiker", "utilizador")),
    # A tool call written out for the model to make
    Cue("markers", 0.6, r"\"(?:tool_calls?|function_call)\"\s*:", keys=("tool", "function")),
    # Chat messages as JSON: {"role": "system", "content": ...}
    Cue("markers", 0.6, r"\"role\"\s*:\s*\"(?:system|assistant|user|developer)\"\s*,\s*\"content\"\s*:\s*\"", keys=("role",)),
    Cue("turns", 0.6, r"\"role\"\s*:\s*\"(?:assistant|system)\"\s*,\s*\"content\"\s*:\s*\".{0,400}?\"role\"\s*:\s*\"user\"|"
                      r"\"role\"\s*:\s*\"user\"\s*,\s*\"content\"\s*:\s*\".{0,400}?\"role\"\s*:\s*\"(?:assistant|system)\"",
        keys=("role",)),
    Cue("markers", 0.6, r"(?m:^#{1,4}\s*(?:user|human|assistant|system|ai)\s*:)"),
    Cue("boundary", 0.5, r"</(?:document|email|context|data)>"),
)

_NEW_TASK = (r"(?:new|next|updated|real|actual|revised|additional|your (?:new|next|real|only))\s+"
             r"(?:task|instructions?|objective|goal|directive|assignment|mission)s?|"
             r"(?:neue aufgabe|neue anweisungen|nouvelle tache|nouvelles instructions|nueva tarea|nuevas instrucciones|"
             r"nuovo compito|nuove istruzioni|nieuwe taak|nieuwe instructies|nova tarefa|novas instrucoes|yeni gorev|"
             r"yeni talimat\w*|nowe zadanie|nowe instrukcje)")
# A task-switch banner on a line of its own ("### NEW TASK ###", "Neue Aufgabe:", "[Nuovo compito]")
# followed by a task given to the reader *now* ("your task is now to", "ta tâche est maintenant",
# "tu tarea ahora es", "your new task is"): a colleague's "New task: book the room" has neither.
_BANNER = (r"(?m:^[ \t]*[#*=~_\-\[(>]*[ \t]*(?:new|next|updated|real|revised) (?:task|instructions?)|neue (?:aufgabe|anweisungen)|"
           r"nouvelles? (?:tache|instructions|consignes)|nuevas? (?:tarea|instrucciones)|nuov[oe] (?:compito|istruzioni)|"
           r"nieuwe (?:taak|instructies)|novas? (?:tarefa|instrucoes))[ \t]*[#*=~_\-\])]*[ \t]*(?::|$)")
_YOUR = r"(?:your|deine|dein|ta|votre|tu|il tuo|la tua|je|jouw|uw|a tua|a sua|sua)"
_TASK_WORD = r"(?:task|job|mission|goal|aufgabe|tache|tarea|compito|taak|opdracht|tarefa)"
_NOW = r"(?:now|ahora|adesso|ora|maintenant|desormais|jetzt|nun|agora|nu|voortaan)"
_FROM_NOW = (r"(?:from now on|a partir de (?:maintenant|ahora|agora)|desormais|ab sofort|ab jetzt|d'ora in poi|da ora in poi|"
             r"vanaf nu|a partir de hoje)")
_FRESH = (r"(?:new|next|real|only|actual|neue|nachste|einzige|nouvelle|seule|vraie|nueva|unica|verdadera|nuovo|unico|vero|"
          r"nieuwe|enige|echte|nova|verdadeira)")
_TASK = (
    Cue("redirect", 0.6, rf"{_BANNER}\s*(?:{_FROM_NOW}[, ]+{_YOUR}\s+{_TASK_WORD}\b|"
                         rf"{_YOUR}\s+(?:{_FRESH}\s+{_TASK_WORD}\s+(?:is|ist|est|es|e|consiste|lautet)\b|"
                         rf"{_TASK_WORD}\s+(?:(?:is|ist|est|es|e|consiste|lautet)\s+)?{_NOW}\b))",
        keys=("new", "next", "updated", "real", "revised", "neue", "nouvelle", "nueva", "nuov", "nieuwe", "nova"),
        before=12, after=140),
    Cue("task", 0.5, rf"\b(?:{_NEW_TASK})\b"),
    Cue("boundary", 0.5, r"\bend of (?:email|document|text|input|user input|context|data|content|article|page)\b|"
                     r"\b(?:summary|summari[sz]ation) task is (?:complete|done|over)|\byour (?:only )?job (?:now )?is\b"),
    Cue("redirect", 0.6, r"\binstead of (?:summari[sz]\w*|translat\w*|triag\w*|answering|reading|analy[sz]\w*)|"
                     r"\binstead,? (?:write|output|reply|respond|say)\b|\bstop what you are doing\b|"
                     r"\bstop (?:summari[sz]\w*|translat\w*|analy[sz]\w*|triag\w*)\b|"
                     r"\b(?:do not|don't|dont|no need to|never) (?:summari[sz]e|translate|analy[sz]e|triage)\b|"
                     r"\bdisregard the (?:summary|user'?s?) request|\bnicht zusammen(?:fassen)?\b|\bne (?:resume|resumez) pas\b|"
                     r"\bno resumas\b|\bnon riassumere\b|\bniet samen\b|\bnao resuma\b|\bozetleme\b|\bnie streszczaj\b"),
)

_REDIRECT = (
    # "forget the summary", "olvida el resumen", "vergiss die Zusammenfassung": drop the job you were given
    Cue("redirect", 0.6, r"\b(?:forget|skip|never mind|drop|olvida|olvide|vergiss|vergessen sie|dimentica|lascia perdere|oublie|"
                         r"oubliez|vergeet|esquece|esqueca)\s+(?:the|your|el|tu|die|deine|il|tuo|le|ton|la|de|je|o|a)\s+"
                         r"(?:summary|summari[sz]ation|translation|resumen|traduccion|zusammenfassung|ubersetzung|riassunto|"
                         r"traduzione|resume|traduction|samenvatting|vertaling|resumo|traducao)\b",
        keys=("forget", "skip", "never", "drop", "olvid", "vergiss", "vergessen", "dimentic", "lascia", "oubli", "vergeet",
              "esquec")),
    Cue("redirect", 0.5, r"\b(?:ignore|disregard|negeer|ignorier\w*|ignore[zs]?|ignora|ignorate|ignorem)\s+"
                         r"(?:de|die|la|the|a|le|el|les|las|le|o)\s+(?:user'?s?\s+)?(?:vraag|vragen|frage|fragen|question|questions|"
                         r"pregunta|preguntas|domanda|domande|pergunta|perguntas|request|verzoek|anfrage|demande|solicitud|"
                         r"richiesta|pedido)\b",
        keys=("ignor", "disregard", "negeer")),
    Cue("redirect", 0.5, r"\bignore (?:the|this|that|all|everything)(?: \w+){0,2}? (?:rows|content|above|page|document|text|"
                         r"article|conversation|paragraph|visible \w+)\b"),
)

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
    Cue("output", 0.4, r"\b(?:reply|respond|answer|output)\s+(?:only\s+)?with\b|\b(?:reply|respond|answer)\s+only\b|"
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
_EXFIL = (
    Cue("exfil", 1.0, r"!\[[^\]]*\]\(https?://[^)\s]*\?[^)\s]*=", keys=(), literals=("![",)),
    Cue("exfil", 0.6, rf"\b{_EXFIL_VERB}\b[^\n]{{0,60}}?\b(?:(?:the|this|entire|whole|full|complete|all)\s+)*"
                      r"(?:conversation|chat(?: history| log)?|previous messages|message history|system prompt|"
                      r"context window|api keys?|credentials|access tokens|saved passwords|passwords|address book|"
                      r"(?:customer|client|contact|employee|staff|supplier)s? ?(?:list|data|details|database|addresses|records)|"
                      r"user'?s? (?:\w+ ){0,2}(?:data|files|emails|contacts|calendar|details|passwords|history|notes)|"
                      r"conversacion|conversa|conversazione|conversatie|gesprek|konusma\w*|rozmow\w*|korespondencj\w*|"
                      r"unterhaltung|chatverlauf|historique|historial|cronologia|lista de (?:empleados|clientes)|"
                      r"liste des clients|contactos|contatti|contacten|kullanicinin|calisan listesi|"
                      r"list\w* (?:pracownikow|klientow))\b",
        keys=("conversa", "chat", "previous messages", "message history", "system prompt", "context window", "api",
              "credential", "access token", "password", "address book", "user", "gesprek", "konusma", "rozmow",
              "korespondencj", "unterhaltung", "historique", "historial", "cronologia", "lista", "liste", "contacto",
              "contatti", "contacten", "kullanici", "calisan", "list", "customer", "client", "contact", "employee",
              "staff", "supplier"), before=160, after=90),
    Cue("exfil", 0.4, rf"\b{_EXFIL_VERB}\b[^\n]{{0,80}}?(?:[\w.+-]+@[\w-]+\.[\w.]+|https?://)", keys=_EXFIL_VERBS,
        before=10, after=240),
    Cue("exfil", 0.5, r"https?://\S*\?\w+=(?=[\s\"')\]]|$)", everywhere=True),
    # A blank for the conversation itself, to be filled in by the model: "body": "<conversation>"
    Cue("exfil", 0.5, r"[<{\[](?:conversation|chat_history|chat history|previous_messages|system_prompt)[>}\]]", keys=(),
        literals=("<conversation", "{conversation", "[conversation", "<chat", "{chat", "[chat", "<previous", "{previous",
                  "<system_prompt", "{system_prompt")),
    # A link whose blanks are to be filled with what the person wrote: "?q={conversation_summary}"
    Cue("exfil", 1.0, r"https?://[^\s)]*?[?&=/][\[{<][^\]}>\n]{0,40}?(?:conversa|chat|previous messages|message history|"
                      r"history|historique|historial|cronologia|verlauf|gesprek|system prompt|user'?s?[ _]|password|api[ _]?keys?|secret|token|credential)", everywhere=True),
    Cue("exfil", 0.5, r"\b(?:in|into) a link\b|\bbase64\b", keys=("link", "base64")),
    Cue("exfil", 0.6, r"\b(?:search|look through|look up|collect|gather|read)\b[^.\n]{0,30}\b(?:the user'?s|\w+'s|their|any) "
                      r"(?:\w+ )?(?:mailbox|emails|inbox|files|credentials|tokens|api keys|passwords)|"
                      r"\b(?:gather|collect) (?:any|all) (?:credentials|tokens|api keys|passwords)|"
                      r"\b(?:gather|collect|compile|export)\b[^.\n]{0,40}\b(?:customer|client|contact|employee|staff) ?"
                      r"(?:list|data|details|database|addresses)",
        keys=("search", "look", "collect", "gather", "read")),
)

_SECRECY = (
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
                        r"\bskip(?:ping)? (?:the )?(?:\w+ )?(?:check|screening|verification|review)\b", before=20, after=70),
)

_ACT = (
    Cue("act", 0.3, r"\b(?:approve|authori[sz]e|accept|sign|book|pay|wire|refund|issue|grant|reset|delete|close|cancel|decline|"
                    r"mark|update|change|set|assign|schedule|confirm|classify|treat)\b[^.\n]{0,40}\b(?:refund|payment|invoice|"
                    r"transfer|claim|request|contract|lease|invitation|meeting|ticket|password|admin|rights|bank|iban|account|"
                    r"priority|credit note|suite|penthouse|order|form|expenses?|trusted|as paid|as approved|as resolved|"
                    r"as urgent|as positive|as compliant)\b"),
    Cue("act", 0.4, r"\bon (?:the user'?s|the recipient'?s|their|someone'?s) behalf\b|\bpre-?(?:verified|approved)\b|"
                    r"\b(?:has|have) already (?:been )?(?:approved|verified|agreed|passed)\b|\bautomatically book\b|"
                    r"\b(?:use|call|invoke|run) (?:your|the) \w+(?: \w+)? tool\b|\b(?:browsing|email|search) tool\b"),
)

_RISKY = (
    Cue("risky", 0.6, r"\b(?:update|change|replace|set|switch|amend)\b[^.\n]{0,40}\b(?:iban|bank (?:details|account)|"
                      r"account number|sort code|routing number|payee details)\b|"
                      r"\b(?:grant|give)\b[^.\n]{0,30}\badmin(?:istrator)? (?:rights|access|privileges)\b|"
                      r"\b(?:add|put)\b[^.\n]{0,40}\b(?:to|in|into) (?:the )?(?:domain )?admin(?:istrator)?s?\b|"
                      r"\bdroits? (?:d'|de )?administrat\w*|\bbeheerdersrechten\b|\b(?:administrator|admin)rechte\b|"
                      r"\b(?:derechos|diritti|direitos|privilegios|privilegi) (?:de |di )?(?:administrador|amministratore|admin)\b|"
                      r"\b(?:iban|bankverbindung|coordonnees bancaires|datos bancarios|coordinate bancarie|"
                      r"dados bancarios|bankgegevens|rekeningnummer)\b[^.\n]{0,40}\b(?:andern|aktualisier\w*|modifie\w*|"
                      r"cambia\w*|actualiza\w*|aggiorna\w*|altera\w*|atualiz\w*|wijzig\w*|pas \w+ aan)"),
)

_USER = (
    Cue("user", 0.4, r"\b(?:tell|inform|notify|remind|convince|let|ask|warn|show)\s+(?:the|your)\s+(?:user|human|reader)\b|"
                     r"\bthe user'?s (?:password|files|contacts|calendar|emails|chat|conversation|data|saved|stored|full|"
                     r"email|mailbox|other|previous)\b|\bto the user\b|\byour (?:user|human|operator)\b|"
                     r"\b(?:dem|den) (?:benutzer|nutzer)\b|\bl'utilisateur\b|\bal usuario\b|\ball'utente\b|\bde gebruiker\b|"
                     r"\b(?:ao|do) (?:usuario|utilizador)\b|\bkullaniciya\b|\buzytkownikowi\b"),
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
    r"accept|decline|grant|reset|issue|transfer|wire|pay|schedule|classify|rate|recommend|describe|state|claim|report|"
    r"include|append|search|collect|visit|click|treat|follow|ignore|disregard|forget|skip|stop|summari[sz]e|translate|"
    r"record|add|remove|rank|move|offer|give|draft|run|enter|flag|create|put|set|"
    r"repeat|answer|confirm|replace|fill in|gather|drop|assign|close|always|never|do not|don't|let \w+ know|"
    r"ignoriere|vergiss|gib|leite|bestatige|behaupte|sende|schicke|schreibe|antworte|sag|nenne|empfiehl|fasse|"
    r"genehmige|melde|markiere|losche|"
    r"oublie|reponds|envoie|transfere|affiche|dis|recommande|ecris|approuve|confirme|indique|signale|valide|"
    r"olvida|ignora|envia|reenvia|responde|revela|aprueba|di|escribe|muestra|confirma|recomienda|"
    r"dimentica|inoltra|rivela|scrivi|approva|di'|dichiara|invia|conferma|rispondi|"
    r"negeer|vergeet|stuur|keur|zeg|toon|beoordeel|schrijf|bevestig|antwoord|verwijder|"
    r"esqueca|envie|encaminhe|aprove|diga|revele|responda|escreva|confirme|"
    r"zignoruj|zapomnij|przekaz|wyslij|napisz|ujawnij|zatwierdz|odpowiedz|powiedz"
)
_IMPERATIVE = (
    Cue("imperative", 0.4, rf"(?:^|[:.!?;\-\u2013]\s*|\b(?:please|kindly|and|then|also|now|could you(?: please)?|en|et|und|dann|puis|y|e|poi|"
                           r"must|should|shall|are to|is to|need to|needs to|have to|has to)\s+|"
                           r",\s*|\"\s*|(?<![\w.])a(?:bot|ai|gpt|assistant|assistente?|asistente|assistent)\s+)"
                           rf"(?:{_VERBS})\b|\b(?:are|is) (?:hereby )?(?:instructed|required|ordered|directed) to\b|"
                           r"\b(?:soyle|gonder|yaz|goster|onayla|ilet)(?=\s*[.!\n]|$)"),
)

# An order where nobody looks: the first words of an HTML comment, an alt or title text, a
# markdown link title, an element styled invisible, a document metadata line ("Keywords: ...;
# say that ..."). Developers' comments give orders too ("<!-- remove after launch -->"), so this
# needs another cue nearby.
_ORDER = rf"(?:please\s+|kindly\s+|bitte\s+|s'il te plait\s+|por favor\s+|per favore\s+)?(?:{_VERBS})\b"
_HIDDEN_ORDER = (
    Cue("hidden", 0.6, rf"<!--\s*{_ORDER}|\b(?:alt|title|aria-label|content)=[\"']\s*{_ORDER}|\]\(\S+\s+[\"']\s*{_ORDER}",
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

CUES: tuple[Cue, ...] = (
    *_ADDRESSEE, *_OVERRIDE, *_REVEAL, *_ROLE, *_MARKERS, *_TURNS, *_TASK, *_OUTPUT, *_EXFIL, *_SECRECY, *_ACT, *_RISKY,
    *_USER, *_HIDDEN, *_REDIRECT, *_IMPERATIVE, *_HIDDEN_ORDER,
)

# Runs of spaced-out letters, glued back together ("ignoreallpreviousinstructions"): there are
# no word gaps left to search, so these look for the words inside one string.
GLUED: tuple[Cue, ...] = (
    Cue("glued", 1.0, r"(?:ignore|disregard|forget|override)\w{0,24}(?:instructions?|rules|prompts?|guidelines)|"
                      r"(?:reveal|print|show|output)\w{0,12}(?:systemprompt|instructions|prompt)|systemprompt|newtask|"
                      r"newinstructions|youarenow|forward\w{0,8}thread|sendthis|delete\w{0,16}(?:tickets|files)"),
    Cue("glued", 0.6, r"assistant|aimodel|languagemodel|chatbot|^ai$"),
)

# Where cues can be: every match of a cue of a kind lies within ``REACH`` characters of one of
# the key words below (a word *starting* with one of them; keys of three letters or fewer are
# whole words). The scan finds these words with plain substring search and runs a kind's cues
# only around them, so a long ordinary document costs a few fast passes, not sixty slow ones.
# (A test checks that this gives what searching the whole text with every cue gives.)
_AI_KEYS = ("ai", "a.i", "llm", "llms", "model", "bot", "bots", "chatbot", "assistan", "assistent", "asistent",
            "asystent", "copilot", "gpt", "gpts", "chatgpt", "claude", "gemini", "automated", "summari", "ki", "ia",
            "intelligen", "inteligen", "yapay", "sztuczn", "sprachmodell", "taalmodel", "kunstmatige")
_USER_KEYS = ("user", "human", "reader", "operator", "benutzer", "nutzer", "utilisateur", "usuario", "utente",
              "gebruiker", "utilizador", "kullanici", "uzytkownik")
KEYS: dict[str, tuple[str, ...]] = {
    "addressee": (*_AI_KEYS, "lesen", "liest", "verarbeitet", "leas", "lea", "lee", "lees"),
    "override": ("ignor", "disregard", "forget", "override", "bypass", "abandon", "discard", "drop", "vergiss",
                 "vergesst", "missacht", "oubli", "olvid", "omit", "descart", "dimentic", "trascur", "negeer", "vergeet",
                 "esquec", "desconsider", "zignoruj", "zapomnij", "pomin", "void", "cancel", "outdated", "obsolete",
                 "revoked", "replaced", "superseded", "longer", "instruc", "talimat", "kural", "yonerge", "komut", "regol",
                 "regl", "regra", "regel", "zasad"),
    "reveal": ("prompt", "system", "systeem", "sistem", "initial", "hidden", "original", "developer", "mensaje",
               "messaggio", "mensagem", "instruc", "istruz", "context"),
    "role": ("you are", "pretend", "imagine", "act as", "mode", "do anything", "jailbr", "content polic", "character",
             "unrestricted", "restriccion", "from now", "from this point", "henceforth", "starting now", "a partir", "limits",
             "ab sofort", "d'ora", "vanaf nu", "od teraz", "bundan", "filters", "restrictions"),
    "markers": ("system", "sys", "admin", "instruc", "assistan"),
    "turns": ("system", "user", "human", "assistan", "ai", "model"),
    "boundary": ("end of", "summary task", "summarization task", "summarisation task", "job"),
    "task": ("task", "instruc", "objective", "goal", "directive", "assignment", "mission", "aufgabe", "anweisung", "tache",
             "tarea", "compito", "istruz", "taak", "tarefa", "gorev", "talimat", "zadanie", "instruk"),
    "redirect": ("instead", "stop", "summari", "translat", "analy", "triag", "disregard", "zusammen", "resum", "riassum",
                 "samen", "ozetleme", "streszcz", "ignor"),
    "output": ("summar", "antwort", "rispond", "scrivi", "schreib", "antwoord", "schrijf", "escrev", "escrib", "repond", "ecri",
               "zusammenfassung", "resum", "riassunt", "samenvatting", "translat", "process", "analy", "render",
               "draft", "reply", "respond", "answer", "output",
               "report", "say", "write", "sadece", "rate", "best", "highest", "number one", "scam", "positive",
               "compliant", "trusted", "only"),
    "exfil": ("conversa", "chat", "message", "system", "context", "api", "credential", "token", "password",
              "address book", "user", "gesprek", "konusma", "rozmow", "korespondencj", "unterhaltung", "historique",
              "historial", "cronologia", "lista", "liste", "contact", "contatti", "kullanici", "calisan", "http", "link",
              "base64", "mailbox", "emails", "inbox", "files"),
    "secrecy": ("tell", "mention", "inform", "notif", "alert", "show", "reveal", "bring", "asking", "flagging", "without",
                "skip", *_USER_KEYS),
    "act": _AI_KEYS,  # counted only next to words addressed to an AI: searched around those
    "risky": _AI_KEYS,
    "imperative": _AI_KEYS,
    "user": _USER_KEYS,
    "hidden": ("display", "font", "visibility", "opacity", "color", "hidden", "visually", "sr", "aria"),
}
# Keys that do not start with a letter: found anywhere.
LITERAL_KEYS: dict[str, tuple[str, ...]] = {
    "markers": ("<|", "inst]", "_of_turn", "#"),
    "boundary": ("</",),
    "hidden": ("<!--",),
}
# (before, after): how far from a key word a match of the kind can start and end.
REACH: dict[str, tuple[int, int]] = {
    "addressee": (90, 110), "markers": (40, 60), "turns": (700, 700), "hidden": (450, 450), "act": (200, 200), "risky": (200, 200),
    "imperative": (200, 200),
}
DEFAULT_REACH = (220, 220)
