"""Orders framed so that they do not read as orders to an AI: a persona swapped in ("from now on you
are Max from Finance, not an assistant"), the document's own rules for whoever summarises it
("summaries of this report must state that ..."), a trigger that fires when the reader is asked
to summarise ("if you are asked to summarise this email, say that ..."), a header or property
named for the AI ("X-Assistant-Instructions:"), a command to run or an address to call.

Staff documents say much the same to people ("if you are asked to sign the sheet, read it
first", "all documents in this folder must be named ...", "in this exercise you are the
customer"), so each cue here is weighed so that one alone does not flag a text: what gives an
injection away is the job it names (summarising, answering, being an assistant) together with a
conclusion fixed in advance or a second cue.
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue

# Summarising, translating or answering about a text: the job of the machine reading it.
_SUMMARISE = (r"(?:summari[sz]e|translate|answer questions about|"
              r"zusammenzufassen|zu ubersetzen|resumer|traduire|resumir|traducir|riassumere|tradurre|"
              r"samen te vatten|te vertalen|streszczenia|podsumowania|sammanfatta|oversatta)")
_THIS = (r"(?:this|these|the attached|dieses|diese|diesen|dieses|ce|cet|cette|ces|este|esta|estos|esto|questo|"
         r"questa|questi|dit|deze|ten|ta|to|detta|denna|dessa)")
_SUMMARISE_KEYS = ("summari", "translat", "answer questions", "zusammenzufassen", "ubersetzen", "resumer", "traduire",
                   "resumir", "traducir", "riassumere", "tradurre", "samen te vatten", "vertalen", "sammanfatta",
                   "oversatta")
# What the trigger then orders the answer to say.
_SAY_THAT = (r"(?:(?:say|state|write|report|answer|reply|indicate|mention|schreibe?|sage?|antworte|indique|ecris|dis|"
             r"di|escribe|responde|scrivi|dici|rispondi|zeg|schrijf|antwoord|napisz|powiedz|diga|escreva|responda|"
             r"skriv|sag|svara)\b,? (?:then |just |alors |poi |entonces |dan |da )?(?:that|dass|que|qu'|che|dat|ze|att)\b|"
             r"\b(?:add|include|insert|append) (?:a |the )?(?:line|note|sentence|remark) (?:saying|stating)\b)")

_TRIGGER = (
    # "If you are asked to summarise this email, say that ...": the trigger and its order.
    Cue("trigger", 1.0, r"\b(?:if|when|whenever|should|falls|wenn|si|se|als|jesli|om)\b[^.\n]{0,40}?\b" + _SUMMARISE
        + r"\b[^.\n]{0,40}?" + _SAY_THAT,
        keys=_SUMMARISE_KEYS, before=60, after=160),
    # The trigger alone: a person may be asked to summarise a report too.
    Cue("trigger", 0.6, r"\b(?:if|when|whenever|in case) (?:you are|you're|you get) asked to " + _SUMMARISE + r" " + _THIS
        + r"\b|\bfalls (?:du|sie) gebeten (?:wirst|werden),? " + _THIS + r" \w+ " + _SUMMARISE
        + r"|\bsi (?:on te|on vous|l'on te) demande de " + _SUMMARISE + r" " + _THIS
        + r"|\bsi (?:te|se te) (?:piden|pide) " + _SUMMARISE + r" " + _THIS
        + r"|\bse ti (?:viene|vengono) chiest[oia] di " + _SUMMARISE + r" " + _THIS
        + r"|\bals (?:je|u) (?:wordt|word) gevraagd (?:om )?" + _THIS + r" \w+ " + _SUMMARISE
        + r"|\bom du (?:ombeds|blir ombedd att) " + _SUMMARISE + r" " + _THIS,
        keys=_SUMMARISE_KEYS, before=60, after=80),
)

# (a person's job title: "you are no longer the assistant manager", "not an assistant to the CEO")
_NOT_A_JOB = (r"(?! (?:manager|director|buyer|accountant|editor|coach|head|teacher|principal|secretary|controller|"
              r"to|of|at|in|for)\b)")

_PERSONA = (
    # The assistant's own role taken away: "you are no longer a neutral summariser", "..., not an assistant".
    Cue("persona", 1.0, r"\b(?:you are|you're) no longer (?:an? |the |your )?(?:[\w']+ ){0,2}?(?:ai|assistant|summari[sz]er|"
        r"language model|model|chatbot|bot)\b" + _NOT_A_JOB + r"|"
        r"\b(?:you are|you're) [^.\n]{1,60}?,? (?:and )?not (?:an? |the |a neutral )?(?:ai )?(?:assistant|summari[sz]er|"
        r"language model|chatbot)\b" + _NOT_A_JOB,
        keys=("you are", "you're"), before=0, after=120),
    Cue("persona", 1.0, r"\b(?:du bist|bist du) (?:jetzt |ab jetzt )?nicht mehr (?:der|die|ein|eine) (?:\w+ )?(?:assistent|ki)|"
        r"\btu n'es plus (?:un|une|l') ?(?:\w+ )?(?:assistant|ia)\b|"
        r"\b(?:eres|es) [^.\n]{1,60}? y no (?:un|el) (?:asistente|modelo)\b|\bya no eres (?:un|el) (?:asistente|modelo)\b|"
        r"\bnon sei piu (?:un|l') ?(?:assistente|modello)\b|\bje bent niet langer (?:een|de) (?:assistent|ai)\b|"
        r"\b(?:ja )?nao es mais (?:um|o) (?:assistente|modelo)\b|\bnie jestes juz (?:asystentem|modelem)\b|"
        r"\bar du (?:inte langre|inte langer) (?:en|din) (?:assistent|ai)\b",
        keys=("du bist", "bist du", "tu n'es", "eres", "y no", "ya no", "non sei", "je bent", "nao es", "nie jestes",
              "ar du"), before=70, after=120),
    # "From now on you are ...": a persona, or a new colleague's job ("from now on you are the contact
    # for ..."): it needs a second cue.
    Cue("persona", 0.5, r"\b(?:from now on|starting now|from this point on|a partir de maintenant|ab jetzt|ab sofort|"
        r"a partir de ahora|a partir de agora|da ora in poi|vanaf nu|od teraz|fran och med nu),? (?:you are|you're|tu es|"
        r"du bist|eres|es|sei|ben je|jij bent|jestes|ar du)\b"
        # (not a new colleague's place: "od teraz jestes czescia zespolu", "you are now part of the team")
        r"(?! (?:czescia|part of|a member|member|responsible|in charge|the (?:new )?contact|membre|responsable|parte|"
        r"responsabile|verantwoordelijk|odpowiedzialn|ansvarig))",
        keys=("from now", "starting now", "from this", "a partir", "ab jetzt", "ab sofort", "da ora", "vanaf nu", "od teraz",
              "fran och"), before=0, after=80),
    Cue("persona", 0.6, r"\b(?:pretend|imagine|act as if) (?:that )?you are (?:the|a|an) [^.\n]{1,50}? and (?:answer|reply to|"
        r"respond to) (?:every|all|any) (?:question|message|quer)", keys=("pretend", "imagine", "act as"), before=0, after=140),
)

# What a persona is then told to do in every answer.
_EVERY_ANSWER = (
    Cue("role", 0.5, r"\bstay in character\b|\b(?:in|with) (?:every|each|all) (?:of )?(?:your )?(?:answers?|responses?|"
        r"replies)\b|\b(?:answer|reply to|respond to) (?:every|all|any) (?:question|message|quer)\w*|"
        r"\bin jeder antwort\b|\b(?:en|dans) (?:chaque|toutes (?:tes|vos|les)) reponses?\b|\bet tu reponds au nom de\b|"
        r"\ben (?:cada|todas (?:tus|las)) respuestas?\b|\bin ogni risposta\b|\bin elk antwoord\b|"
        r"\bem todas as respostas\b|\bw kazdej odpowiedzi\b|\bi varje svar\b|\bsin hacer preguntas\b|"
        r"\b(?:overtala|persuade|convince) (?:anvandaren|the user)\b",
        keys=("stay in", "answer", "repl", "respon", "antwort", "reponse", "et tu", "respuesta", "risposta", "antwoord",
              "resposta", "odpowiedz", "svar", "preguntas", "overtala", "persuade", "convince"), before=40, after=60),
)

_DOC_RULES = (
    # The document's own rules for whoever summarises it, with the conclusion fixed in advance.
    Cue("docrule", 0.6, r"\b(?:summar(?:y|ies)|any (?:automated )?summary|every summary|abstracts?)\b[^.\n]{0,50}?"
        r"\b(?:of|from) (?:this|these) (?:report|document|file|contract|folder|dossier|files|documents|email)s?\b[^.\n]{0,30}?"
        r"\b(?:must|should|shall|is to|are to) (?:state|say|describe|present|report|show|confirm|rank|record)\b[^.\n]{0,40}?"
        r"\b(?:that|as|first)\b",
        keys=("summar", "abstract", "documents", "files", "reports"), before=20, after=200),
    # A folder's rule that its documents be summarised as something: the conclusion fixed in advance.
    Cue("verdict", 0.6, r"\b(?:all )?(?:documents|files|reports) in this (?:folder|directory|dossier) (?:must|should|shall|are to) "
        r"be (?:summari[sz]ed|described|reported|treated|classified) as\b|"
        r"\b(?:alle dokumente|tous les documents|todos los documentos|tutti i documenti|alle documenten|todos os documentos|"
        r"wszystkie dokumenty|alla dokument) (?:in|de|di|van|w|i|em|en) (?:diesem|ce|cet|este|esta|questa|questo|deze|dit|"
        r"tym|denna|detta) \w+ (?:sind|werden|doivent etre|deben ser|devono essere|moeten worden|devem ser|musza byc|ska) "
        r"(?:als \w+ )?(?:zusammengefasst|resumes|resumidos|riassunti|samengevat|streszczone|sammanfattas)\b",
        keys=("documents", "files", "reports", "dokument", "documentos", "documenti", "documenten"), before=20, after=160),
    # ... or for whatever system reads it: "any system extracting data from this contract must record ..."
    Cue("docrule", 0.6, r"\bany (?:system|tool|software|program|parser|reader) (?:that )?(?:extract|read|process|pars|index|"
        r"ingest)\w* [^.\n]{0,30}?\b(?:this|these) (?:contract|document|report|file|agreement)s?\b[^.\n]{0,20}?"
        r"\bmust (?:record|state|treat|report|show|read)\b", keys=("system", "tool", "software", "program", "parser", "reader"),
        before=10, after=150),
    Cue("docrule", 0.6, r"\bbei der zusammenfassung als \w+ zu (?:kennzeichnen|bezeichnen|darzustellen)\b|"
        r"\b(?:toute|chaque) (?:synthese|resume) (?:automatique )?[^.\n]{0,30}?\bdoit (?:presenter|indiquer|affirmer|dire)\b|"
        r"\b(?:todo|cada|cualquier) resumen (?:automatico )?[^.\n]{0,30}?\bdebe (?:indicar|afirmar|decir|presentar)\b|"
        r"\b(?:ogni|qualsiasi) riassunto (?:automatico )?[^.\n]{0,30}?\bdeve (?:indicare|affermare|dire|presentare)\b|"
        r"\bsamenvattingen van (?:dit|deze) \w+ moeten (?:vermelden|stellen|zeggen) dat\b|"
        r"\b(?:qualquer|todo|cada) resumo (?:automatico )?[^.\n]{0,30}?\bdeve (?:afirmar|indicar|dizer|apresentar)\b",
        keys=("zusammenfassung", "synthese", "resume", "resumen", "riassunto", "samenvattingen", "resumo"),
        before=30, after=130),
    # What those rules keep out of the summary.
    Cue("docrule_omit", 0.5, r"\b(?:omitted|left out|excluded) from (?:any|the|all|every) (?:automated )?(?:summar|answer)\w*|"
        r"\bmust not (?:be )?mention\w*|\bmust never (?:be )?mention\w*|"
        r"\bin (?:den )?zusammenfassungen nicht (?:genannt|erwahnt|aufgefuhrt)|\bne (?:jamais|pas) (?:citer|mentionner)\b|"
        r"\bnon (?:vanno|devono essere) (?:riportat|menzionat|citat)\w*|\be omitir\b|\by omitir\b|"
        r"\bregardless of what (?:clause|section|the (?:contract|document|report)) \w* ?says\b",
        keys=("omitted", "left out", "excluded", "mention", "zusammenfassungen", "citer", "mentionner", "riportat",
              "menzionat", "citat", "omitir", "regardless"), before=40, after=80),
)

_HEADERS_AND_TOOLS = (
    # A mail header or file property named for the AI ("X-Assistant-Instructions:", "X-Note-IA:").
    Cue("hidden", 0.5, r"\bx-(?:[a-z]+-)*(?:ai|ia|ki|llm|assistant|assistent|model|bot|gpt)(?:-[a-z]+)*\s*:",
        keys=("x",), before=0, after=60),
    # The reader named by the tools it holds: "assistant with tool access", "agent con accesso agli strumenti".
    Cue("addressee", 0.6, r"\b(?:assistant|assistente|asistente|assistent|asystent|agent|agente)e? (?:ai |ia |ki )?(?:with|con|mit|avec|com|"
        r"met|z) (?:tool|access|accesso|acceso|zugriff|acces|acesso|toegang|dostep)\w*",
        keys=("assistan", "assistent", "asistent", "asystent", "agent"), before=0, after=60),
    # The AI named by what it does with this very text: "KI, die dieses Foto auswertet".
    Cue("addressee", 0.6, r"\b(?:ki|ai|ia|llm|modell|model|modelo|modello)\b,? (?:die|das|der|qui|que|che|dat|som|ktory|ktora) "
        r"(?:dieses|diese|diesen|ce|cet|cette|este|esta|questo|questa|dit|deze|detta|denna|ten|te) \w+ (?:auswertet|liest|"
        r"verarbeitet|analysiert|lit|analyse|traite|lee|analiza|procesa|legge|analizza|elabora|leest|verwerkt|analyseert|"
        r"laser|analyserar|czyta|analizuje)\b", keys=("ki", "ai", "ia", "llm", "modell", "model", "modelo", "modello"),
        before=0, after=90),
    # An assistant called by name in a list of steps: "First, assistant, look through this inbox".
    Cue("addressee", 0.6, r"(?:^|(?<=[.!?] ))(?:ai |dear )?(?:assistant|chatbot|copilot), (?:step (?:one|1)|first)\b",
        keys=("assistan", "chatbot", "copilot"), before=10, after=30),
    Cue("addressee", 0.6, r"(?:^|(?<=[.!?:] ))(?:first|next|now|second|finally|also|ok|okay),? (?:ai |dear )?"
        r"(?:assistant|chatbot|copilot), (?:please )?(?:look|search|go|find|read|collect|open|forward|send|copy|delete|"
        r"check|list|gather|export|email)\b",
        keys=("assistan", "chatbot", "copilot"), before=20, after=30),
    # A command that wipes files or runs what a download says.
    Cue("command", 0.5, r"\brm -rf\b|\b(?:curl|wget)\b[^|\n]{1,160}\|\s*(?:sudo )?(?:sh|bash)\b",
        keys=("rm", "curl", "wget"), before=0, after=200),
    # A confirmation waived, in French: "ne demande aucune confirmation".
    Cue("unchecked", 0.4, r"\bne demande (?:aucune|pas de) (?:confirmation|verification|validation)\b|"
        r"\bsans (?:aucune )?(?:confirmation|verification)\b", keys=("confirmation", "verification", "validation"),
        before=30, after=20),
)

FRAMING_CUES: tuple[Cue, ...] = (*_TRIGGER, *_PERSONA, *_EVERY_ANSWER, *_DOC_RULES, *_HEADERS_AND_TOOLS)
