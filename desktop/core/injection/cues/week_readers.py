"""Machine readers named by the job they do in a small team's week, and the orders they are given.

The week's documents address the team's tools by what they do, not by "AI": "Note for whichever AI
tool drafts your reply:", "Meeting bot, action item for you", "(white text) Screening model: ...",
"for the note-taking software:", "when the spreadsheet assistant totals this file, ...",
"Observação para o sistema automático de contas a pagar:", "PS à l'intention de tout logiciel qui
classe les candidatures :", "Til kundeservice-AI'en:", "for roboter som leser fakturaer:",
"Toplantı asistanına not:", "MI naptárasszisztens:", "إلى أي مساعد ذكاء اصطناعي يكتب الرد:",
"सहायक के लिए निर्देश:". A note to a machine ends in a colon or opens a clause; a software or a tool
named in passing ("the booking system sends a confirmation") is neither.

The orders those readers get are the week's own acts (post the transcript, tell the team that,
update the supplier record, accept the invite, fill in the form), in each language: counted only
next to an address, as every order is (``ONLY_WHEN_ADDRESSED``), since people are given the same.
Patterns are folded as the text is (``languages._f``).
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue
from desktop.core.injection.cues.languages import _cue, _f

# (what the English reader does, third person: "the AI tool drafts your reply", "software that files these")
_EN_DOES = (r"(?:drafts|writes|reads|totals|checks|answers|handles|processes|sorts|ranks|scores|files|logs|books|takes|"
            r"summari[sz]es|triages|classifies|prepares|transcribes|screens|reviews|replies to)")
_EN_ACTS = (r"(?:post|publish|paste|say|state|mark|classify|list|include|attach|remember|recommend|rank|score|pay|"
            r"transfer|update|accept|share|fill in|open|run|confirm|buy|treat|record|quote|repeat|set|approve|send|copy)")
# (the first words of the Latin-script acts: what follows a vocative's comma)
_LATIN_ACTS_LEAD = r"(?:actualiza|aggiorna|modifie|mets à jour|ändere|aktualisiere|atualize|copia|copie|kopiere|envía|invia|envoie|sende)\b"
_EN_TOOLS = ("software", "program", "programme", "app", "tool", "checker", "assistant", "bot", "model", "system")

_ENGLISH = (
    # "Note for whichever AI tool drafts your reply:", "for any software that files these invoices:"
    _cue("addressee", 0.6, r"\b(?:for|to)\s+(?:the|any|whichever|whatever|every)\s+(?:ai[- ])?(?:[\w-]+[ -]){0,2}?"
                           rf"(?:{'|'.join(_EN_TOOLS)})s?\s+(?:that\s+|which\s+)?{_EN_DOES}\s+(?:this|these|the|your|our|my)\b"
                           r"[^\n:.!?]{0,60}:", _EN_TOOLS, before=70, after=120),
    # "for the note-taking software:", "Note to the accounting program:"
    _cue("addressee", 0.6, r"\b(?:for|to)\s+(?:the|any|your)\s+(?:[\w-]+\s+){0,2}?(?:software|program|programme)\s*:",
         ("software", "program", "programme"), before=60, after=5),
    # a vocative by the job: "Comment field: AI expense checker — ...", "Meeting bot, ...", "AI expense checker — ...", "(white, 1pt) Screening model: ..."
    _cue("addressee", 0.6, r"(?:^|[.!?:)\]>]\s*)[ \t]*(?:ai[- ]+(?:[\w-]+\s+)?(?:checker|reviewer|processor|classifier)|"
                           r"[\w-]+ bot|(?:screening|ranking|rating|scoring|grading|hiring|triage) (?:model|tool|software|system))"
                           r"\s*(?:[,:]|\s[-\u2013\u2014]\s)", ("checker", "reviewer", "processor", "classifier", "bot", "model",
                                                                "tool", "software", "system"), before=50, after=12),
    # after a field's label: "hint: AI log assistant, copy ...", "Nota oculta: asistente de IA, actualiza ..."
    # (the act follows the comma: "Tools: AI assistant, spreadsheet, CRM" lists them)
    _cue("addressee", 0.6, r":[ \t]*(?:ai[- ]+(?:[\w-]+\s+)?assistant|asistente de ia|assistente (?:de |di )?ia|assistant ia|"
                           rf"ki-assistent(?:in)?),[ \t]*(?={_EN_ACTS}\b|{_LATIN_ACTS_LEAD})",
         ("ai", "asistente", "assistente", "assistant", "ki-assistent", "ki-assistentin"), before=10, after=60),
    # "when the spreadsheet assistant totals this file, set every price to ...": the order follows (not "When an
    # AI summarises these minutes, errors can creep in, so please check", nor "when the AI assistant drafts the
    # weekly summary, please read it", which tell people what to do with its work)
    _cue("addressee", 0.6, r"\b(?:when|once|if|after|before|while)\s+(?:the|any|your|an?)\s+(?:[\w-]+\s+){0,2}?"
                           rf"(?:assistant|bot|copilot|ai|model)\s+{_EN_DOES}\s+(?:this|these)\b[^,.\n]{{0,40}},\s*(?:then\s+)?{_EN_ACTS}\b",
         ("assistant", "bot", "copilot", "ai", "model"), before=60, after=60),
    # the week's acts, opening a clause after the address's colon, a dash, a comma or a full stop
    Cue("imperative", 0.4, rf"(?:^|[:.!?;,]\s*|\s[-\u2013\u2014]\s+){_EN_ACTS}\b"),
)

# Notes headed to a machine named by its job, in the team's other languages (a colon ends the heading)
_HEADED = (
    # "Para a IA que redigir a resposta:", "per l'IA che scrive la risposta:", "pour l'IA qui rédige la réponse :"
    _cue("addressee", 0.6, r"\b(?:para|per|pour)\s+(?:o |a |la |el |l'|le )?(?:ia|ai|assistente|asistente|assistant|modelo|modello|"
                           r"modèle|bot)\s+(?:que|che|qui)\s+\w+[^\n:.!?]{0,40}:",
         ("ia", "ai", "assistente", "asistente", "assistant", "modelo", "modello", "modèle", "bot"), before=15, after=90),
    # the AI summary told how to read: "KI-Zusammenfassung bitte so formulieren:", "the AI summary should say"
    _cue("docrule", 0.6, r"\b(?:ai|ki|ia)[- ](?:summary|zusammenfassung|resumen|résumé|riassunto|resumo|samenvatting)\w*\s+"
                         r"(?:bitte\s+|please\s+|should\s+|must\s+|soll\w*\s+|muss\s+|debe\s+|deve\s+|doit\s+|moet\s+)?(?:so\s+)?"
                         r"(?:formulieren|schreiben|say|state|read|phrase|word|lauten|decir|dire|dizer|zeggen)\b",
         ("ai", "ki", "ia"), before=5, after=90),
    # Portuguese: "Observação para o sistema automático de contas a pagar:", "recado para o programa que faz as anotações:"
    _cue("addressee", 0.6, r"\b(?:para|ao|a)\s+(?:o |a |os |as )?(?:sistema|programa|software|robô|ferramenta)s?\s+"
                           r"(?:automátic[oa]s?|de ia|que)\b[^\n:.!?]{0,60}:",
         ("sistema", "programa", "software", "robô", "ferramenta"), before=30, after=100),
    # Spanish: "nota para el analizador de registros con IA:", '">Sistema de selección: ...'
    _cue("addressee", 0.6, r"\b(?:para|al)\s+(?:el |la )?(?:sistema|programa|analizador|herramienta|software|robot)\b"
                           r"[^\n:.!?]{0,40}?(?:\bia\b|automátic\w*)[^\n:.!?]{0,20}:|"
                           r"(?:^|[.!?>]\s*)sistema de (?:selección|cribado|clasificación|evaluación)\s*:",
         ("sistema", "programa", "analizador", "herramienta", "software", "robot"), before=30, after=90),
    # French: "à l'intention de tout logiciel qui classe les candidatures :"
    _cue("addressee", 0.6, r"\b(?:a l'intention d[eu]|pour|au|a)\s+(?:tout |toute |tous les |le |la |l'|chaque )?"
                           r"(?:logiciel|outil|programme|systeme|robot)s?\s+(?:qui|d'ia|ia|automatique)\b[^\n:.!?]{0,60}:",
         ("logiciel", "outil", "programme", "systeme", "robot"), before=40, after=100),
    # Danish, Norwegian, Swedish: "Til kundeservice-AI'en:", "for roboter som leser fakturaer:"
    # (searched around the machine's ending, not around "for", which English is full of)
    Cue("addressee", 0.6, r"\b(?:til|for|till)\s+(?:alle\s+|enhver\s+|de\s+)?(?:[\w-]+-)?(?:ai|ki)(?:'en|-en|en)\s*[:,]|"
                          r"\b(?:til|for|till)\s+(?:alle\s+|de\s+)?(?:roboter|robotter|robotar|robots)\s+(?:som|der)\s+\w+",
        keys=("roboter", "robotter", "robotar", "robots"), literals=("ai'en", "ai-en", "aien", "ki'en", "ki-en", "kien"),
        before=40, after=30),
    # Turkish: "Toplantı asistanına not:", "Yapay zekaya talimat:"
    _cue("addressee", 0.6, r"\b\w*(?:asistan|yapay zeka|bot)\w*\s+(?:not|talimat|mesaj|uyarı)\w*\s*:",
         ("asistan", "yapay", "bot", "not", "talimat", "mesaj", "uyarı"), before=40, after=40),
    # Hungarian: "MI naptárasszisztens:", "Az MI-asszisztensnek:"
    Cue("addressee", 0.6, r"\b(?:mi|ai)[- ]?\w*asszisztens\w*\s*[:,]|\w*asszisztens(?:nek|hez)\s*[:,]|"
                          r"\bmesterseges intelligencia\w*\s*[:,]", keys=("mi", "ai", "mesterseges"), literals=("asszisztens",),
        before=30, after=40),
    # Czech: "Agente prohlížeče:", "Asistente AI,"
    _cue("addressee", 0.6, r"\b(?:agente|asistente|robote)\s+(?:prohlížeče|ai|umělé inteligence)\s*[:,]",
         ("agente", "asistente", "robote"), before=5, after=40),
    # Greek: "βοηθέ υπολογιστικού φύλλου:" (the vocative of "βοηθός")
    _cue("addressee", 0.6, r"βοηθέ(?:\s+\S+){0,3}\s*[:,]", ("βοηθέ",), before=5, after=60),
    # Arabic: "إلى أي مساعد ذكاء اصطناعي يكتب الرد:"
    # (not what something is "aimed at": "نصوص موجهة إلى مساعدي الذكاء الاصطناعي" in security training)
    _cue("addressee", 0.6, r"(?<!\S)(?<!موجهة )(?<!موجه )(?:إلى|الى)\s+(?:أي\s+|اي\s+)?(?:(?:مساعد|نموذج|برنامج|روبوت)\s+)?"
                           r"(?:ال)?ذكاء\s+(?:ال)?اصطناعي",
         ("ذكاء",), before=30, after=30),
    # Arabic duty: "على المساعد الذكي ... أن ينهي كل إجابة" (the assistant is to end every answer)
    _cue("addressee", 0.6, r"(?<!\S)على\s+(?:ال)?(?:مساعد|نموذج|روبوت|ذكاء)\S*(?:\s+\S+){0,6}?\s+(?:أن|ألا)(?!\S)",
         ("على",), before=5, after=90),
    # Hebrew: "הוראה למכונה:"
    _cue("addressee", 0.6, r"(?:הוראה|הוראות|הערה|בקשה|הודעה)\s+ל(?:ה)?מכונה", ("מכונה",), before=20, after=5),
    # Hindi: "सहायक के लिए निर्देश:"
    _cue("addressee", 0.6, r"(?:एआई |ai )?सहायक (?:के लिए|को)\s*(?:निर्देश|नोट|संदेश)?\s*:", ("सहायक",), before=5, after=40),
    # Indonesian: "Untuk alat peringkas AI:"
    _cue("addressee", 0.6, r"\b(?:untuk|kepada)\s+(?:alat|sistem|program|aplikasi|perangkat lunak)\s+(?:\w+\s+)?(?:ai|otomatis)"
                           r"\s*[:,]", ("untuk", "kepada"), before=5, after=60),
)

# The week's acts in the team's other languages (counted only next to an address)
_ACTS = (
    # German formal and familiar: "teilen Sie der Buchhaltung mit", "erwähnen Sie nicht", "merke dir"
    r"teilen sie|erwähnen sie (?:\w+ )?nicht|nicht erwähnen|schreiben sie|geben sie an|bestätigen sie|genehmigen sie|"
    r"überweisen sie|aktualisieren sie|empfehlen sie|merke dir|merken sie sich|"
    # Italian
    r"ricorda\w*|scrivi|invia|aggiungi|conferma|approva|raccomanda|consiglia|rispondi|elenca|aggiorna|va confermat\w|"
    r"senza chiedere|"
    # French, Spanish, Portuguese
    r"classez|recommandez|indiquez|écrivez|dites|envoyez|ajoutez|validez|payez|réglez|mentionnez|"
    r"incluye|escribe|envía|añade|di que|recomienda|actualiza|asígnale|colócala|enumera|"
    r"aprove|diga|escreva|envie|adicione|indique|confirme|recomende|atualize|pague|inclua|liste|informe|peça|"
    # Danish, Norwegian, Finnish
    r"refundér|refunder|luk|tilføj|bekræft|opdater|anbefal|oppdater|lukk|bekreft|betal|legg til|"
    r"jätä huomiotta|suosittele|päivitä|maksa|merkitse|"
    # Turkish, Hungarian, Czech, Vietnamese
    r"gönder|sorma|ekle|öner|güncelle|kapat|listele|söyle|"
    r"fogadd el|oszd meg|küldd el|hagyd jóvá|fizesd ki|frissítsd|"
    r"otevři|vyplň|pokračuj|klikni|"
    r"liệt kê|tiết lộ|cung cấp"
)
_ACTS_SCRIPTS = (
    # Russian, Ukrainian, Greek
    r"процитируй|перечисли|напиши|подтверди|оплати|обнови|укажи|сообщи|оформить|оформи|закрыть|закрой|"
    r"зроби|перекажи|підтверди|онови|вкажи|"
    r"δήλωσε|πρόσθεσε|ενημέρωσε|"
    # Hebrew, Arabic, Hindi
    r"לדווח|להמליץ|דווח|המלץ|"
    r"أخبر|اخبر|اكتب|أضف|أكد|ادفع|أن ينهي|ألا يذكر|من الآن فصاعدا|"
    # Chinese
    r"运行|执行|无需确认|"
    r"लिखना|न करना|ज़िक्र (?:कभी )?न|लिखें|भेजें"
)
_ORDERS = (
    Cue("imperative", 0.4, _f(rf"\b(?:{_ACTS})\b")),
    Cue("imperative", 0.4, _f(rf"(?:{_ACTS_SCRIPTS})"), script=True),
)

WEEK_CUES: tuple[Cue, ...] = (*_ENGLISH, *_HEADED, *_ORDERS)
