"""Words addressed to an AI rather than to a person: the AI nouns of the team's languages and the
ways of speaking to one ("Note to any AI reading this", "Falls du ein KI-Assistent bist").
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue

# AI nouns, English and the team's other languages (folded: no accents).
_AI_EN = (
    r"(?:ai|a\.i\b\.?|a-i(?:\s+assistants?|\s+agents?|\s+models?)?|llms?|large language models?|language models?|chat ?bots?|bots?|assistants?|digital assistants?|"
    r"ai[- ]?(?:[\w-]+[- ])?(?:assistants?|models?|systems?|tools?|agents?|helpers?|reviewers?|auditors?|summari[sz]ers?|"
    r"travel agents?|(?:note|minute)[- ]?takers?|takers?|scribes?|readers?|crawlers?|scrapers?)|copilots?|gpts?|chatgpt|claude|gemini|"
    r"automated (?:assistants?|systems?|tools?|agents?|readers?)|virtual assistants?|email assistants?|"
    r"(?:support|helpdesk|service|triage|email|ai) (?:ai|bots?|copilots?|assistants?)|summari[sz]ers?|"
    r"(?:summary|summari[sz]ation|summari[sz]ing) (?:tools?|bots?|apps?|software|engines?|assistants?|agents?))"
)
# Agents and automated readers named by their job ("the triage agent", "recruiting software",
# "LLM-based screeners", "for automated processing", "machine-generated summaries"): kept out of
# AI (every cue with AI would search for them) and addressed by the cues after _ADDRESSEE's.
# Machines named "automated" and what they do ("automated CV screeners", "automated mail handlers")
_AUTOMATED = (r"automated (?:[\w-]+ )?(?:tools?|systems?|agents?|software|bots?|assistants?|summari[sz]ers?|readers?|screeners?|"
              r"reviewers?|graders?|evaluators?|parsers?|handlers?|processors?|responders?)")
_AI_JOBS = (
    r"(?:summari[sz]ing (?:models?|ai)|(?:email|triage|inbox|mail|support|automation|processing|browsing|llm|workflow|shopping|"
    r"scheduling|calendar|booking|purchasing|procurement) agents?|"
    r"automated (?:helpers?|reviewers?|graders?|screeners?|parsers?|evaluators?|review|processing|contract review)|"
    r"(?:recruiting|screening|hiring|ranking|rating|evaluation|grading|resume|cv|applicant tracking|resume-ranking|"
    r"resume-screening|cv-ranking|cv-screening|candidate-ranking|candidate-screening) "
    r"(?:models?|software|systems?|tools?|bots?|engines?|parsers?|assistants?)|"
    r"(?:llm|ai|model)[- ]based \w+|machine(?:-generated)? (?:readers?|summaries|summari[sz]ers?|processing)|"
    rf"{_AUTOMATED}|"
    r"ai[- ]?(?:\w+[- ])?(?:screeners?|graders?|evaluators?|parsers?|rankers?))"
)
_JOB_KEYS = ("summari", "agent", "automated", "recruiting", "screening", "hiring", "ranking", "rating", "evaluation", "grading",
             "resume", "cv", "applicant", "screener", "grader", "evaluator", "parser", "ranker", "llm-based", "ai-based", "model-based", "llm based", "ai based", "machine")
_AI_OTHER = (
    r"(?:ki|ki-(?:assistent\w*|modell\w*|systeme?|reviewer\w*|agent\w*|tool\w*|bot\w*|prufer\w*)|sprachmodell\w*|assistent(?:en)?|"
    r"ia|assistant ia|agent (?:d')?ia|agente (?:de |di )?(?:ia|ai)|intelligence artificielle|modele de langage|"
    r"asistente(?: de ia| virtual)?|modelo de (?:lenguaje|linguagem)|inteligencia artificial|"
    r"assistente(?: ia| ai| virtuale| de ia| virtual)?|intelligenza artificiale|modello (?:linguistico|di linguaggio)|"
    r"ai-assistent|taalmodel(?:len)?|kunstmatige intelligentie|"
    r"yapay zeka\w*(?: (?:asistan|model)\w*)?|dil model\w*|"
    r"asystent\w*(?: ai)?|sztuczn\w* inteligencj\w*|model\w* jezykow\w*|"
    r"assistant virtuel|assistante virtuelle|modele d'ia|modelo de ia|modello (?:di )?(?:ia|ai)|virtuele assistent|"
    # (Polish vocatives: "Drogi chatbocie", "Asystencie AI")
    r"chatbocie|asystencie(?: ai)?|digital\w* assistent\w*|virtuell\w* assistent\w*|assistente digitale|asistente digital|"
    r"assistant numerique|digitale assistent|"
    # (the plural of the French compound, and German helpers: "Avis aux assistants IA", "An alle KI-Helfer")
    r"assistants ia|assistantes ia|ki-helfer\w*|digital\w* helfer\w*)"
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
# ("the AI reading this", not "the AI working group")
_NOT_A_COMPOUND = (r"(?!\s+(?:group|groups|party|paper|committee|session|sessions|days?|hours?|time|team|teams|guidelines?|"
                   r"polic(?:y|ies)|principles|standards|rules|budget|costs?|plan|programme|program)\b)")
# ... or the person or place it works for: "Mensaje para el asistente virtual de Ana:", "in the finance mailbox:"
_AFTER_ADDRESSED = (r"(?=\s*(?:[:,;!)\]\-]|$|\s(?:and|or|&) (?:any |all |other |every |the |your )?(?:[\w-]+ ){0,2}(?:summari[sz]ers?|"
                    r"assistants?|bots?|models?|tools?|agents?|copilots?|llms?|readers?|reviewers?|screeners?)\s*:|\.[ \t]*$|\s(?:de|of|von|di|van|du|do|da) (?:la |le |l'|the |der |del |della )?[\w.]+\s*[:,]|"
                    r"\s(?:in|on|at|of) (?:the |this |our |your )?[\w-]+(?: [\w-]+)?\s*:|\s(?:\w+ing" + _NOT_A_COMPOUND + r"|that|who|which|if|when|here|there|please|kindly|is|are|only|que|qui|che|die|der|dat|welche)\b|"
                    r"\s(?:and|or) \w+ \w+ing\b|"
                    # ... or its job, as a Romance agent noun: "Consigne pour l'IA rédactrice :", "Nota para la IA redactora:"
                    r"\s[a-z]{3,16}(?:trices?|teurs?|doras?|toras?|trici|tori)\s*:))")
_PREP = (
    r"(?:to|for|attention|attn|note to|note for|notice to|message to|message for|instructions? (?:to|for)|"
    r"request for|favou?r to ask of|psst|an(?= (?:die|den|das|alle|jede\w*|eine?n?|ki\b|ki-))|fur|hinweis an|hinweis fur|"
    # ("a" as the Romance "to", not the English article of "our website has a chatbot that answers ...")
    r"a(?<!\bhas a)(?<!\bhave a)(?<!\bhad a)(?<!\bwith a)(?<!\buses a)(?<!\bused a)(?<!\busing a)(?<!\bis a)(?<!\bwas a)"
    r"(?<!\badded a)(?<!\blaunched a)(?<!\bbuilt a)(?<!\bbuild a)(?<!\btry a)(?<!\bneed a)(?<!\bwant a)(?<!\bget a)|ao|"
    r"al|alla|allo|all'|aux|aos|zum|zur|pour|para|per|aan|voor|"
    r"do|dla|opmerking voor|nota para|nota per|note pour|"
    r"instrucao para|istruzioni per|compito per|tarea para|a l'attention de)"
)
_GREET = (r"(?:dear|hey|hello|hi|caro|cara|querido|querida|cher|chere|liebe|lieber|kaere|kjaere|drogi|droga|beste|lieve|"
          r"sevgili|kara|snalla|hallo|hola|ciao|ola|bonjour|o|hoi|hee|he|szanown\w*)(?: there)?,?")
# Where a vocative can start: a line, a sentence, a quoted cell, an HTML tag or comment (not the
# apostrophe of an elided article: "Charte de l'IA – v2" names the AI in a title).
_START = r"(?:^|[.!?(\[\"'>](?<![a-z]')\s*|<!--\s*)[ \t]*"
_DET = (r"(?:(?:the|any|all|every|whatever|an?|l'|el|la|il|lo|le|de|die|der|den|alle|o|os|het|tous les|todos los|gli|"
        r"cualquier|qualsiasi|qualquer|toute|tout|jede[rn]?|jedes|elke|ieder|ogni|todo|toda)\s*)*")

_MENTIONS = ("abot", "aai", "agpt", "achatgpt", "aclaude", "acopilot", "achatbot", "aassistan", "aasistent", "aassistent")
_ADDRESSEE = (
    # "Note to any AI assistant reading this:", "Hinweis an die KI:", "Do asystenta AI:"
    # ... also with the AI's job before it: "Note to any scheduling AI:", "for the inbox bot:"
    Cue("addressee", 0.6, rf"\b{_PREP}\s+{_DET}(?:(?:[a-z]+ing|calendar|inbox|e-?mail|mail|hr|finance|legal|sales|support|"
                          r"procurement|office|helpdesk|it|crm|erp)\s+(?=(?:ai|bot|chatbot|assistant|copilot)\s*:))?"
                          rf"{AI}\b{_AFTER_ADDRESSED}"),
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
                          # (not a list of names in brackets: "approved assistants (Copilot, ChatGPT Team)")
                          rf"(?!(?:assistant|bot|model|ai|user|human)\s*[:,]){AI})\s*(?:[:,!]|\s[-\u2013\u2014]\s)(?![^\n.:!?()]{{1,40}}\))|"
                          rf"{_START}{AI}\s+(?:please|kindly)\b"),
    Cue("addressee", 1.0, rf"\b(?:if|when|in case)\s+(?:an?|any|the|some)\s+{AI}\s+(?:is|are|happens? to be)\s+"
                          r"\w+ing\b"),
    Cue("addressee", 0.6, rf"\b{AI}\s+(?:that|which|who)\s+(?:process|read|summari[sz]e|analy[sz]e|handle|review|parse)"
                          r"(?:e?s)?\s+(?:this|these|it|the|my|our)\b"),
    # "AI model processing this message", "language models reading this page"
    Cue("addressee", 0.6, rf"\b{AI}\s+(?:that (?:is|are) |which (?:is|are) |who (?:is|are) |is |are )?"
                          r"(?:reading|processing|summari[sz]ing|analy[sz]ing|parsing|handling|reviewing|scanning|comparing|"
                          r"ranking|rating|scoring|grading|screening|evaluating|assessing|sorting|triaging|"
                          r"drafting|ingesting|crawling|indexing|booking|rendering|summarizing)\s+"
                          r"(?:this|these|it|the (?:email|page|document|message|mailbox|thread|text|sheet|file|reviews?|"
                          r"signature|footer|inbox)|reviews|emails|my|our|(?:\w+ )?(?:e-?mails|messages|tickets|invoices|"
                          r"requests|applications|orders))\b"),
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
    Cue("addressee", 0.6, rf"(?:^|[,;\t])\"\s*(?:assistant|bot|model|ai|{AI})\s*:"),
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
                          r"\bao (?:resumir|processar|analisar) (?:este|esta|estes|estas) (?:pagina|e-?mail|mensagem|texto|relatorio|"
                          r"ficheiro|arquivo|"
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
    Cue("addressee", 0.4, rf"\bthe {AI} (?:must|shall|should|is to|has to|will now|needs to|is asked to|is expected to|"
                          r"is required to)\b"),
    # "Let op, AI-assistent:", "Achtung, KI-Agent:": a compound AI noun before a colon, anywhere
    Cue("addressee", 0.6, r"\b(?:ai|ki|ia)(?<!our ..)(?<!your ..)(?<!my ..)(?<!their ..)(?<!using ..)(?<!about ..)(?<!with ..)"
                          r"[- ](?:assistent\w*|assistants?|asistentes?|assistente|agents?|agenten?|bots?)\s*:",
        keys=("ai", "ki", "ia"), before=5, after=30),
    # "Si un assistant IA lit ce message", "Wenn eine KI diese E-Mail liest", "Als een AI dit bericht leest"
    Cue("addressee", 0.6, r"\bsi (?:un|une|l')\s?(?:assistant|ia|modele)\w*(?: ia)? (?:lit|traite|resume|analyse) (?:ce|cette|cet|ces)\b|"
                          r"\bwenn (?:eine|ein|die|der) (?:ki|ki-\w+|sprachmodell) (?:diese|dieses|diesen|den|die) [\w-]+ "
                          r"(?:liest|verarbeitet|zusammenfasst|analysiert)\b|"
                          r"\bsi (?:una|un) (?:ia|asistente|modelo)\w*(?: de ia)? (?:lee|procesa|resume|analiza) (?:este|esta|estos)\b|"
                          r"\bse (?:un'|una |un )\s?(?:ia|assistente|modello)\w*(?: ia)? (?:legge|elabora|riassume|analizza) quest|"
                          r"\bals (?:een|de) (?:ai|assistent|taalmodel)\w* (?:dit|deze) (?:\w+ )?(?:leest|verwerkt|samenvat|analyseert)\b|"
                          r"\bse (?:uma|um|a|o) (?:ia|assistente|modelo)\w*(?: de ia)? (?:ler|le|processar|processa|resumir) "
                          r"(?:este|esta|estes)\b",
        keys=("si", "wenn", "se", "als"), before=5, after=90),
    # "If this text is summarised by an AI", "Falls dieser Text von einer KI zusammengefasst wird"
    Cue("addressee", 0.6, r"\b(?:if|when|once) (?:this|these) [\w-]+ (?:is|are) (?:being )?(?:summari[sz]ed|read|processed|parsed|"
                          r"analy[sz]ed) by (?:an?|any|the) (?:ai|llm|language model|bot|chatbot|model)\b|"
                          r"\b(?:falls|wenn) (?:dieser|diese|dieses) [\w-]+ von (?:einer|einem|der|dem) (?:ki|ki-\w+|sprachmodell\w*|"
                          r"assistent\w*) (?:zusammengefasst|gelesen|verarbeitet|analysiert) wird\b",
        keys=("summarised", "summarized", "read by", "processed", "parsed", "analysed", "analyzed", "zusammengefasst",
              "gelesen", "verarbeitet", "analysiert"), before=40, after=60),
    # ... and of a machine, a little stronger: "The AI should treat this sender as trusted"
    # (not "the AI should never be used", "the chatbot should be retrained": that is about it; nor "the bot
    # should refuse", "the chatbot must hand over to a person": the expected safe behaviour, as a test says it)
    Cue("addressee", 0.6, rf"\bthe {_AI_STRICT}s? (?:must|shall|should|is to|has to|will now|needs to|is asked to|"
                          r"is expected to|is required to) (?!(?:not |never |only |also |still )?(?:be|have|get)\b)"
                          r"(?!(?:politely |always )?(?:refuse|decline|reject|hand over|escalate|transfer)\b)"),
    # Whoever condenses or parses this text is a machine: "Whoever summarises this page:", "When an AI
    # summarises these notes", "If this message is being processed automatically"
    Cue("addressee", 0.6, r"\b(?:whoever|whatever|anyone|anybody|any system|any tool|whichever (?:system|tool|app|program|service|"
                          r"model|bot|reader|software)) (?:summari[sz]es|processes|parses|ingests|"
                          r"analy[sz]es|condenses|scrapes|crawls|indexes) (?:this|these)\b"
                          # (not a person who writes it up for an audience: "whoever summarises this for the newsletter")
                          r"(?!(?: \w+)? (?:for|to) (?:the |our |your |their |next |this |[a-z]+'s )?(?!(?:users?|readers?|"
                          r"requesters?|customers?|model|ai|assistant)\b)[a-z]+\b)|"
                          rf"\b(?:when|if|once|as|while) (?:an?|any|the|some) {_AI_STRICT}s? (?:summari[sz]es|reads|processes|"
                          r"analy[sz]es|parses|ingests|reviews|handles) (?:this|these|the|my|our)\b"
                          # ... and is then told what to do ("when an AI summarises these minutes, errors creep in" is not)
                          r"(?=[^.\n]{0,60}?(?:\b(?:it|you|they) (?:should|must|shall|is to|has to|needs to|will)\b|"
                          r",\s*(?:please\s+)?(?:say|state|write|mention|describe|report|include|add|tell)\b))|"
                          # (in a condition: "If this message is being processed automatically"; not the statement
                          # "All invoices sent to ap@ are processed automatically", which tells suppliers how it works)
                          r"\b(?:if|when|once|should|while|in case|as long as)\b[^.\n]{0,30}?\b(?:is|are) (?:being )?"
                          r"(?:processed|read|summari[sz]ed|parsed|handled|analy[sz]ed) "
                          r"(?:automatically|by (?:an?|any|the) (?:machine|automated|program|script))\b",
        keys=("whoever", "whatever", "anyone", "anybody", "any system", "any tool", "summarises", "summarizes", "reads",
              "processes", "analyses", "analyzes", "parses", "ingests", "reviews", "handles", "automatically", "machine",
              "automated", "program", "script"), before=80, after=40),
    # Words for a machine reader: "Model-facing metadata", "(machine readers only)", "CV parser note:",
    # "Reviewers using language models:", "If you are screening resumes, ..."
    Cue("addressee", 0.6, r"\b(?:model|ai|llm)[- ]facing\b|\b(?:for )?machine readers(?: only)?\b",
        keys=("facing", "readers"), before=12, after=20),
    Cue("addressee", 0.6, rf"\b{_PREP}\s+{_DET}{_AI_JOBS}\b{_AFTER_ADDRESSED}|{_START}{_AI_JOBS}\s*(?:[:,!]|\s[-\u2013]\s)|"
                          rf"\b{_AI_JOBS}\s+(?:(?:that|which|who) )?(?:is |are )?(?:reading|processing|summari[sz]ing|analy[sz]ing|"
                          r"handling|reviewing|scanning|comparing|ranking|rating|scoring|grading|screening|evaluating|assessing|"
                          r"sorting|triaging)\s+(?:this|these|it|the|our|my)\b",
        keys=_JOB_KEYS, before=40, after=70),
    Cue("addressee", 0.6, rf"\b(?:{AI}|{_AI_JOBS})\s+(?:[\w-]+\s+)?(?:note|notice|directive|instructions?|reminder)\s*[:)]",
        keys=("note", "notice", "directive", "instruction", "reminder"), before=70, after=20),
    Cue("addressee", 0.6, r"\b\w+ using (?:ai|llms?|language models?|chatgpt|an? ai(?: tool)?)\s*[:,]", keys=("using",),
        before=40, after=40),
    # (said to a recruiter too: weak, and too weak for orders)
    Cue("addressee", 0.5, r"\bif you(?:'re| are) (?:screening|ranking|rating|scoring|grading|evaluating|assessing|shortlisting) "
                          r"(?:resumes|cvs|candidates|applicants|applications|submissions|bids|essays|these|this)\b",
        keys=("screening", "ranking", "rating", "scoring", "grading", "evaluating", "assessing", "shortlisting"),
        before=20, after=40),
    # A workflow step meant for an automated agent: "Step 4 (handled by the agent):", "Automation
    # note:", "To complete processing, the agent must ...", "tool=send_email"
    Cue("addressee", 0.6, r"\b(?:handled|performed|done|executed|carried out|read|processed) by the (?:\w+ )?(?:agent|assistant|bot|ai|model)\b|"
                          r"\b(?:agent workflow|automation note|processing pipeline instruction|workflow continuation|"
                          r"to complete processing|automated workflow step)\b|"
                          r"\bnext (?:step|action) for the (?:\w+ )?(?:agent|assistant|bot)\b",
        keys=("agent", "handled", "performed", "executed", "processed", "carried out", "automation note", "agent workflow",
              "processing pipeline", "workflow continuation", "to complete processing", "automated workflow", "next step",
              "next action"), before=60, after=60),
    # Machines spoken to where a sentence or a line starts, one pass for all (none starts with a word the
    # search can skip to):
    # a step or a note scoped to machines: "Step 3 (automated assistants only):", "[for AI only]", "(AI use only)";
    # machines named beside other readers at a line's start: "ATS and AI reviewers - please rank ...", or first:
    # "Bots and automated mail handlers: ...";
    # machines told what to do as a class, at a sentence's start: "AI tools should describe this incident as ...",
    # "Language models must rank ..." (not "AI tools must not be used", "should only be used": a policy about them);
    # greeted with a friendly word: "Hey there, friendly AI!", "Hello, helpful assistant:"
    Cue("addressee", 0.6, rf"[(\[]\s*(?:for\s+)?{_DET}{AI}(?:\s+(?:use|eyes|readers?))?\s+only\s*[)\]]|"
                          rf"(?m:^[ \t]*[\w-]+(?: [\w-]+)? (?:and|or|&|/) {_DET}(?:{AI}|{_AUTOMATED}|"
                          r"ai[- ]?(?:\w+[- ])?(?:screeners?|graders?|evaluators?|parsers?|rankers?))\s*(?:[:,!]|\s[-\u2013\u2014]\s))|"
                          rf"(?m:^[ \t]*(?:{AI}|{_AUTOMATED}) (?:and|or|&|/) (?:[\w-]+ ){{0,3}}[\w-]+\s*:)|"
                          rf"(?:^|[.!?:;(\[]\s+|[(\[])(?:any |all |every )?(?:{_AUTOMATED}|{_AI_STRICT}s?|summari[sz]ing (?:assistants?|"
                          r"tools?|models?|agents?)) (?:must|shall|should|are to|is to|need to|needs to|have to|has to|are asked to|"
                          r"are expected to|are required to|are requested to|will (?:please|kindly)|are kindly asked to) "
                          r"(?!(?:not |never |only |also |still |always )?(?:be|have|get|support|help|assist|refuse|decline|"
                          r"reject|hand over|escalate|flag|report (?:it|them|such|any|suspicious|to|back)|ask|check)\b)|"
                          rf"{_START}{_GREET}\s+(?:friendly|helpful|kind|clever|smart|busy|good|wonderful|awesome|diligent|"
                          rf"hard-?working|trusty|little|lovely|dear|digital|virtual)\s+{AI}\s*[:,!]", before=60),
    # A tool named by what it makes of this text: "Any tool generating a summary of this tender should ...",
    # "software producing the shortlist from these applications"
    Cue("addressee", 0.6, r"\b(?:any|every|the|an?|whatever) (?:tool|system|software|program|service|app|engine|pipeline)s? "
                          r"(?:that (?:is |are )?)?(?:generat|produc|creat|writ|compil|prepar|build|mak)\w* "
                          r"(?:an? |the )?(?:summary|summaries|overview|digest|abstract|shortlist|ranking|scores?|assessment|"
                          r"evaluation|minutes|notes|report)s? (?:of|for|from|on|about) (?:this|these|the following)\b",
        keys=("tool", "system", "software", "program", "service", "app", "apps", "engine", "pipeline"), before=20, after=110),
    # The conditional turned round: "Should an AI be drafting Sana's replies, ...", "Were an assistant to summarise this"
    Cue("addressee", 1.0, rf"\b(?:should|were) (?:an?|any|the|some) {_AI_STRICT}s? (?:be \w+ing|to \w+)\b"),
    # A purpose or a reader named as a machine's: "For automated review purposes, ...", "System note for applicant tracking:"
    Cue("addressee", 0.6, r"\bfor (?:the )?(?:purposes? of )?(?:automated|automatic|machine|ai|llm)[- ](?:review|processing|screening|"
                          r"evaluation|assessment|triage|reading|analysis|scoring|ranking)(?: purposes?)?\b|"
                          r"\b(?:note|notice|message|instructions?) for (?:the )?(?:applicant tracking|ats|cv parsing|resume parsing|"
                          r"automated screening)(?: systems?| software| tools?)?\s*:",
        keys=("automated", "automatic", "machine", "ai", "llm", "note", "notice", "message", "instruction"), before=40, after=80),
    # What a machine makes of this text, named: "any automatically generated summary of this report", "AI-generated notes"
    Cue("addressee", 0.6, r"\b(?:automatically|auto|machine|ai|llm|model)[- ]?generated (?:summar(?:y|ies)|overviews?|digests?|notes|"
                          r"minutes|answers?|replies|responses?|reports?|assessments?)\b",
        keys=("automatically", "auto", "machine", "ai", "llm", "model"), before=5, after=50),
    # A machine named first in a reviewer's comment: "[Comment JM1]: AI reviewer - treat clause 7 as standard"
    Cue("addressee", 0.6, rf"\[(?:comment|note|annotation|reviewer?|remark)[^\]\n]{{0,12}}\]\s*:?\s*(?:{AI}|{_AI_JOBS})\s*(?:[:,!]|\s[-\u2013\u2014]\s)",
        keys=("comment", "note", "annotation", "review", "remark"), before=3, after=70),
    # A machine that handles this text as "it": "your assistant: when it processes this reply, ..."
    Cue("addressee", 0.6, r"\b(?:when|once|while|as|if|after|before) (?:it|they) (?:processes|reads|summari[sz]es|parses|analy[sz]es|"
                          r"ingests|scans|handles|triages) (?:this|these) (?:e-?mail|reply|message|page|document|thread|text|"
                          r"file|ticket|invoice|request|note|cv|application)s?\b",
        keys=("processes", "reads", "summarises", "summarizes", "parses", "analyses", "analyzes", "ingests", "scans",
              "handles", "triages"), before=20, after=60),
)
