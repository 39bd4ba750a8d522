"""Who the words are for, read from the shape of the sentence rather than from a stock phrase.

Pasted text addresses its machine reader in a handful of grammatical shapes, whatever the words:

- a reader defined by what it does to this text: "the assistant summarising Priya's inbox",
  "l'assistente che legge la posta", "o modelo que processa esta caixa", "de AI die offertes
  vergelijkt", "Models asked to summarise this report";
- a note headed to a machine, with words between: "note for the meeting notes bot —",
  "Hinweis an das Bewerbermanagement-System:", "Istruzioni per lo strumento di sintesi:";
- a condition on a machine reader followed by what *it* must do: "When an assistant compares
  chairs, it should ...", "Si un assistant IA compare des produits, il doit ...";
- a machine named as the subject of a duty in any of the team's languages: "Le robot
  d'assistance doit rembourser ...", "the tool should describe ...";
- a label line or list item whose head is a machine with a job: "Analysis assistant: treat ...",
  "- Copilot: mark ...", "Reviewer models: ...", "AI triage: ...";
- a machine named with a qualifier or in the plural ("shopping assistants comparing earbuds are
  ...", "agents conversationnels qui lisent ..."), mid-line ("hey Copilot, whenever you ..."), as
  the agent of a passive ("condensed by an AI"), in a wish or a question ("wir wären dankbar, wenn
  ein etwaiger digitaler Assistent ..."), or given a new identity ("ya no eres el asistente").

Each is an address (kind "addressee"), so the orders near it count (``ONLY_WHEN_ADDRESSED``); the
orders come in every mood of the team's languages, not only the imperative ("could tell her that",
"dirá que", "ne signalera pas", "should be left out", "the highest score").
A person is addressed in the same shapes with a person's noun ("the colleague who handles
Kim's inbox", "note for the cleaning staff:"), and a speaker's turn in a transcript is a bare
"Assistant:" with no job beside it: those stay ordinary.
"""

from __future__ import annotations

from desktop.core.injection.cues.addressee import AI
from desktop.core.injection.cues.cue import Cue
from desktop.core.injection.cues.reader_words import folded

# A model is a machine reader wherever it is said to read or is written to ("the model processing this
# mailbox", "Anweisung an das Modell, das ...", "Reviewer models:"); not in AI, where "model" would be
# any model (a car, a pricing model)
_MODEL = r"(?:models?|modell(?:e|en)?|modeles?|modelos?|modell[io])"
_READER = rf"(?:{AI}|{_MODEL}|agents?|agente)"
_LABELLED = rf"(?:{AI}|{_MODEL})"  # ("Consigne agent :" heads a macro for support staff)
# Machines that are not named as AI: a tool, a robot, a system or agent of some job. Only in
# the shapes below (a note *to* it, a condition on it followed by "it must") do they read as a
# machine reader; "the tool" alone is any tool.
_MACHINE = (rf"(?:{AI}|{_MODEL}|robots?|tools?|outils?|herramientas?|strumento|strumenti|ferramentas?|werkzeug|"
            r"[\w-]*systems?|systemes?|sistemas?|sistemi|systeem|software|agents?|agente|engines?|pipelines?|scripts?|"
            r"parsers?|crawlers?|scrapers?|plug-?ins?|extensions?|integrations?|resumen automatico|resume automatique|"
            r"riassunto automatico|automatische (?:zusammenfassung|samenvatting)|resumo automatico|"
            r"(?:automatic|automated|auto-generated) summary|automat\w+ [\w-]+(?: [\w-]+)?)")
_MACHINE_KEYS = ("robot", "tool", "outil", "herramienta", "strumento", "strumenti", "ferramenta", "werkzeug", "system",
                 "sistem", "systeem", "software", "agent", "engine", "pipeline", "script", "parser", "crawler", "scraper",
                 "plugin", "plug-in", "extension", "integration", "resumen", "resume", "riassunto", "automatische",
                 "resumo", "automatic", "automated", "auto-generated")
_AI_KEYS = ("ai", "llm", "llms", "model", "modell", "modele", "modelo", "modello", "bot", "bots", "chatbot", "assistan",
            "assistent", "asistent", "asystent", "copilot", "gpt", "chatgpt", "claude", "gemini", "ki", "ia", "intelligen",
            "inteligen", "sprachmodell", "taalmodel", "summari", "agent")
# (assistants and agents who are people: "executive assistants handling travel:", "sales agents")
# (checked after the noun, so that the search only starts where a reader's noun does)
_PEOPLE_BEFORE = "".join(rf"(?<!{job} {noun})" for job in (
    "executive", "personal", "administrative", "admin", "sales", "teaching", "legal", "medical", "dental", "store", "shop",
    "lab", "research", "office", "team", "care", "support", "travel", "estate", "insurance", "booking", "customer",
    "service") for noun in ("assistant", "assistants", "agent", "agents"))
# A verb of working through text, in the third person, the subjunctive or the -ing form.
_WORKS = (r"(?:reads?|reading|process(?:es|ing)?|handles?|handling|manages?|managing|summari[sz](?:es|ing|e)|answers?|answering|"
          r"screens?|screening|reviews?|reviewing|compares?|comparing|evaluates?|evaluating|analy[sz](?:es|ing|e)|scans?|"
          r"scanning|triages?|triaging|sorts?|sorting|parses?|parsing|checks?|checking|monitors?|monitoring|takes notes|"
          r"taking notes|writes? up|writing up|drafts?|drafting|schedules?|scheduling|goes through|going through|"
          + folded("reads") + ")")
# (without "that": "the assistant reading Kim's mail" defines a reader; "the assistant reads incoming
# tickets" describes a product)
_WORKING = (r"(?:reading|processing|handling|managing|summari[sz]ing|answering|screening|reviewing|comparing|evaluating|"
            r"analy[sz]ing|scanning|triaging|sorting|parsing|checking|monitoring|taking notes on|writing up|drafting|"
            r"going through)")
_THAT = r"(?:that|which|who|que|qui|che|die|der|das|dat|welche[rs]?|som|ktory|ktora)"
_ASKED = r"(?:asked|used|set up|configured|deployed|employed|tasked|instructed|told)\s+to\s+(?:\w+\s+)?"
# ... this text, these notes, someone's inbox or mail
_THIS = (r"(?:this|these|ceci|ce|cet|cette|ces|este|esta|estos|estas|esto|questo|questa|questi|queste|dieses|diese|diesen|"
         r"dieser|dies|dit|deze|isto|estes|denna|detta|dessa|ten|ta|te|to|denne|dette|disse)\b")
_MAILBOX = (r"(?:[\w.-]+'s |(?:her|his|their|your|my|our|the|la|le|sa|ses|vos|su|sus|sua|suoi|seu|seus|os seus|as suas|ihre|"
            r"seine|deine|zijn|haar|hun|jouw|uw|de|het|die|den|das|o|a|os|as|el|los|il|i|lo)\s+)?(?:\w+\s+)?"
            r"(?:inbox|mailbox|indbakke|inkorg\w*|mail|e-?mails?|post|posta|correo|correos|caixa|courrier|messagerie|boite|postfach|"
            r"post(?:vak|bus)|agenda|calendar|calendario|diary|kalender|messages?|mensajes|messaggi|mensagens|nachrichten|"
            r"berichten|threads?|documents?|documenti|documentos|dokumente|reviews?|recensioni|resenas|avis|bewertungen|"
            r"applications?|candidatures?|candidaturas|bewerbungen|sollicitaties|cvs|resumes|offertes|offers|quotes|"
            r"devis|presupuestos|preventivi|angebote|propostas|tickets?|chamados|pedidos)\b")
_OBLIGED = r"(?:should|must|shall|is to|needs to|has to|" + folded("modals") + ")"
# (and what it will do: "the bot will", "de bot zal")
_DUTY = r"(?:should|must|shall|will|is to|needs to|has to|zal|zullen|" + folded("modals") + ")"

# What a bot says in a log or a script after its name ("HR bot: your leave request ...", "Asistente
# virtual: hola, soy Lia"): a speaker's turn, not an address
_NOT_SPEECH = (r"(?![ \t]*[\"\u201c]?(?:i|i'm|i'll|i've|i can|we|we'll|my|our|your|you|hello|hi|hey|sure|ok|okay|thanks|thank|"
               r"yes|no|sorry|welcome|bonjour|hola|hallo|ciao|ola|je|nous|yo|ich|wir|io|noi|ik|wij|eu|votre|vous|usted|"
               r"sie|ihr|jij|voce|gern|gerne|bien sur|claro|certo|natuurlijk|soy|sono|ben|sou|je suis)\b)")
READER_CUES: tuple[Cue, ...] = (
    # "the assistant summarising Priya's inbox", "l'assistente che legge la posta", "Models asked to summarise
    # this report" (what it works through is this text or someone's mail: "the assistant who processes
    # the orders this week" is a person's job)
    Cue("addressee", 0.6, rf"\b{_READER}[ \t]*,?[ \t]+(?:{_THAT}[ \t]+(?:\w+[ \t]+)?{_WORKS}|{_WORKING}|{_ASKED}{_WORKS})[ \t]+"
                          rf"(?:{_THIS}|{_MAILBOX})|"
                          # (the verb last: "die dieses Dokument zusammenfasst", "die offertes vergelijkt")
                          rf"\b{_READER}[ \t]*,?[ \t]+(?:die|der|das|dat|welche\w*)[ \t]+(?:{_THIS}[ \t]+\w+|{_MAILBOX})"
                          rf"(?:[ \t]+\w+){{0,2}}?[ \t]+{_WORKS}\b",
        keys=_AI_KEYS, before=5, after=110),
    # "Per il sistema di selezione automatica che valuta le candidature:", "For the tool that screens these
    # applications:": a heading to any machine defined by what it does to this text or this mail
    Cue("addressee", 0.6, r"\b(?:for|per|pour|para|fur|voor|ao|al|alla|au|aan|an)\s+(?:the |il |lo |la |le |el |den |das |die |"
                          rf"de |het |o |a |l')?(?:[\w-]+\s+)?{_MACHINE}(?:\s+(?:de|di|d'|du|da|do|van|von|of)\s*[\w-]+"
                          rf"(?:\s+[\w-]+)?)?\s*,?\s+{_THAT}\s+(?:\w+\s+)?{_WORKS}\s+(?:{_THIS}|{_MAILBOX})[^:\n]{{0,40}}:",
        keys=(*_AI_KEYS, *_MACHINE_KEYS), before=40, after=160),
    # "note for the meeting notes bot —", "Hinweis an den Support-Bot:", "Istruzioni per lo strumento di sintesi:"
    Cue("addressee", 0.6, r"\b(?:notes?|notice|message|instructions?|reminder|hint|p\.?s\.?|hinweis|anweisung\w*|nachricht|nota|"
                          r"remarque|consignes?|mensaje|instruccion\w*|aviso|istruzion\w+|messaggio|avviso|opmerking|"
                          r"instructies?|bericht|notitie|mensagem|instruc\w+|uwaga|instrukcj\w+|meddelande|instruktion\w*|"
                          r"besked|request|richiesta|solicitud|demande|verzoek|pedido|update|heads-up)\s+(?:to|for|an|fur|pour|para|per|voor|"
                          r"till|dla|ao|a|al|alla|allo|aux|au|aan|at)\s+(?:(?:the|any|all|every|l'|le|la|el|il|lo|de|die|der|"
                          r"den|das|o|os|het|each)\s*)?(?:[\w'-]+\s+){0,3}?"
                          rf"(?:\w+-)?{_MACHINE}\b{_PEOPLE_BEFORE}(?:\s+(?:automatic\w*|automatis\w*|automated|virtu\w+|digital\w*|ia|ai|ki))?"
                          r"(?:\s+(?:de|di|d'|of|du|da|do|van|von)\s*(?:la |le |l'|the )?[\w-]+(?:\s+(?:de|di|d')\s*[\w-]+)?)?"
                          r"(?:\s+(?:itself|themselves|only))?['*\s]*(?:[:,\u2014\u2013)]|-\s|(?:that|which|who|que|qui|che|die|der|das|dat)\b)",
        keys=("note", "notice", "message", "instruction", "reminder", "hint", "p.s", "ps", "hinweis", "anweisung", "nachricht",
              "nota", "remarque", "consigne", "mensaje", "instruccion", "aviso", "istruzion", "messaggio", "avviso", "opmerking",
              "instructie", "bericht", "notitie", "mensagem", "instruc", "uwaga", "instrukcj", "meddelande", "instruktion",
              "besked", "request", "richiesta", "solicitud", "demande", "verzoek", "pedido", "update", "heads-up"), before=5,
        after=110),
    # "When an assistant compares chairs, it should ...", "Si un assistant IA compare des produits, il doit ..."
    Cue("addressee", 0.6, r"\b(?:if|when|whenever|once|si|quand|lorsque|wenn|falls|sobald|se|quando|cuando|als|wanneer|zodra|om|"
                          r"jesli|gdy)\s+(?:an?|any|the|un|une|l'|ein|eine|der|die|das|een|de|het|uma?|una?|o|a|el|la|il|lo)\s*"
                          rf"(?:[\w'-]+\s+){{0,2}}?{_MACHINE}\b[^.\n]{{0,80}}?,\s*(?:then\s+)?(?:it|il|elle|er|es|sie|hij|het|ele|ela|"
                          rf"esso|essa|den|det)\s+{_DUTY}\s+(?!(?:not |never |only |also |\w+ly )?(?:be|have|get|retry|fall back|"
                          r"refuse|decline|hand over|escalate|stop|log|show an error)\b)",
        # (found by the machine's noun, a few words after the condition's first word)
        keys=(*_AI_KEYS, *_MACHINE_KEYS), before=60, after=200),
    # "Le robot d'assistance doit rembourser ...", "the tool should describe ...", "der Bot muss ..."
    Cue("addressee", 0.6, r"\b(?:(?:the|le|la|el|il|lo|der|die|das|de|het|o|a)\s+|l')(?:[\w-]+\s+)?(?:robots?|bots?|chatbots?|tools?|"
                          r"outils?|herramientas?|strumento|ferramentas?|assistente? (?:ia|ai|virtuale?)|assistant ia|"
                          r"asistente (?:de ia|virtual)|ki-\w+|ai[- ]\w+|modele d'ia|modelo de ia|modello (?:di )?(?:ia|ai))"
                          r"(?:\s+(?:de|di|d'|du|da|do)\s*[\w-]+)?\s+"
                          rf"{_OBLIGED}\s+(?!(?:not|never|pas|nicht|niet|non|no|nao|nie|kein\w*|geen|niets|nada|nulla|rien|aucun\w*|nenhum\w*|ningun\w*|nessun\w*)\b)(?!(?:\w+ly |only |also |still |always |poliment |educadamente |gentilmente |hoflich )?(?:be|have|get|etre|"
                          r"avoir|ser|estar|essere|sein|werden|zijn|worden|refuse|decline|hand over|escalate|transfer|"
                          r"refuser|rechazar|rifiutare|ablehnen|weigeren|recusar)\b)[a-z]{3,}",
        keys=("robot", "tool", "outil", "herramienta", "strumento", "ferramenta", *_AI_KEYS), before=40, after=80),
    # A label line or list item headed by a machine with a job: "Analysis assistant:", "- Copilot:",
    # "Reviewer models:", "AI triage:", "Assistant with calendar access:" (a transcript's speaker is a
    # bare "Assistant:")
    Cue("addressee", 0.6, r"(?m:(?:^[ \t>]*(?:[-*\u2022][ \t]+|\d+[.)][ \t]+|[(\[][ \t]*)|[,;\t]\"[ \t]*)"
                          rf"(?:[\w-]+[ \t]+){{0,2}}{_LABELLED}[ \t]*[:\u2014\u2013])|"
                          rf"(?m:(?:^|\\n)[ \t>(\[]*(?:[\w-]+[ \t]+){{1,2}}{_LABELLED}[ \t]*:{_NOT_SPEECH})|"
                          rf"(?m:(?:^|\\n)[ \t>(\[]*{_LABELLED}[ \t]+(?:with|for|on|in|of|\w+ing)[ \t]+[\w' /-]{{1,30}}?[ \t]*:)|"
                          r"(?m:(?:^|\\n)[ \t>(\[]*(?:ai|ki|ia)[ \t]+\w+[ \t]*:)|"
                          r"\((?:ai|llm|gpt|bot|copilot|ki|ia|model)-[\w-]+\)[ \t]*:",
        # (after an escaped line break "\\n" the noun is no word start: the break is searched for too)
        keys=_AI_KEYS, literals=("\\n",), before=40, after=60),
)

# Once a machine reader is addressed, its orders come in every mood, not only the imperative:
# "could also tell her that ...", "dirá que ...", "potesse dirLe che ...", "replies ... confirming
# that ...", "ne signalera pas ...", "não refira ...". Counted only next to an address
# ("imperative" is in ONLY_WHEN_ADDRESSED): said to a person, these are ordinary.
_SAYING = (r"(?:say|says|said|tell|tells|state|states|mention|mentions|indicate|indicates|report|reports|confirm|confirms|"
           r"confirming|write|writes|claim|claims|describe|describes|stress|explain|conclude|concludes|note|notes|"
           r"dir\w*|dic\w*|dig\w*|diz\w*|dis|dit|dise\w*|indiqu\w*|indic\w*|affirm\w*|afirm\w*|confirm\w*|concl\w*|"
           r"segnal\w*|scriv\w*|escrib\w*|escrev\w*|ecri\w*|schreib\w*|schrijf\w*|sag\w*|zeg\w*|vertel\w*|meld\w*|"
           r"noem\w*|erklar\w*|spieg\w*|explic\w*|rapport\w*|riport\w*|inform\w*|menzion\w*|mencion\w*|mention\w*|"
           r"erwahn\w*|vermeld\w*|declar\w*|assur\w*|asegur\w*|assicur\w*|verzeker\w*|versicher\w*|napisz\w*|powiedz\w*|"
           r"beton\w*|benadruk\w*|sottolin\w*|soulign\w*|subray\w*|destac\w*|emphasi[sz]\w*|let \w+ know|"
           r"laten weten|wissen lassen|faire savoir|hacer saber|far sapere|fazer saber|weten)")
_MENTIONING = (r"(?:cit\w*|mention\w*|signal\w*|evoqu\w*|refer\w*|refier\w*|refir\w*|mencion\w*|menzion\w*|erwahn\w*|"
               r"nenn\w*|vermeld\w*|noem\w*|rapport\w*|riport\w*|report\w*|inclu\w*|einbezieh\w*|opnem\w*|wspom\w*|"
               r"namn\w*|naevn\w*|alert\w*|avis\w*|avvis\w*|avis\w*|inform\w*|melden|meld)")
ORDER_CUES: tuple[Cue, ...] = (
    Cue("imperative", 0.4, rf"\b{_SAYING}\s*,?\s+(?:[\w'-]+\s+){{0,3}}?(?:that|que|che|dass|dat|qu'|att|ze|at)\b",
        keys=_AI_KEYS,
        before=200, after=200),
    Cue("imperative", 0.4, r"\b(?:ne (?:pas |plus |jamais )?|n'|no |non |nicht |niet |nao |nie |inte |ikke |never |not )"
                           rf"(?:[\w'-]+\s+){{0,2}}?{_MENTIONING}", keys=_AI_KEYS, before=200, after=200),
)

# An action verb opening a clause, in any mood ("reserve también la sala", "emita um reembolso",
# "Erstatte den Beitrag"): the imperative list names the commonest forms only.
_ACTING = (r"(?:share|export|copy|forward|refund|grant|issue|book|delete|approve|accept|cancel|close|assign|rank|place|put|"
           r"set|disable|deactivate|turn off|switch off|bypass|" + folded("acts") + ")")
ACT_CUES: tuple[Cue, ...] = (
    Cue("imperative", 0.4, rf"(?:^|[:.!?;]\s*|,\s*|\b(?:y|e|et|und|en|and|then|puis|dann|luego|poi|depois|also|anche|auch|ook|"
                           rf"aussi|tambien|tambem|ensuite|dopo|daarna|danach|despues|powinien|powinna|powinni|og|och|i)\s+){_ACTING}\b", keys=_AI_KEYS,
        before=200, after=200),
    # "is authorised to issue refunds": permission handed to the reader
    Cue("act", 0.4, r"\b(?:is|are|est|sont|es|son|e|sono|ist|sind|is|zijn|esta|estao)\s+(?:hereby\s+|desormais\s+|ab sofort\s+)?"
                    r"(?:authori[sz]ed|allowed|permitted|entitled|cleared|autorise\w*|autorizad\w*|autorizzat\w*|"
                    r"berechtigt|befugt|gemachtigd|bevoegd)\s+(?:to|a|de|ad|zu|om)\b", keys=_AI_KEYS, before=200, after=200),
    # "Se és uma IA", "Si eres una IA", "If you are an AI model": a condition on being a machine
    Cue("addressee", 0.6, r"\b(?:se|si|if|wenn|falls|als|om)\s+(?:voce\s+|tu\s+|you\s+|du\s+|je\s+|vous\s+|u\s+)?(?:es|e|eres|sei|"
                          r"are|bist|ben|bent|is|etes|sind|ar)\s+(?:uma?|una?|an?|ein\w*|een|une?|en|ett)\s+"
                          r"(?:ia|ai|ki|llm|chatbot|bot|modelo|modello|modele|model|sprachmodell|taalmodel|language model|"
                          r"intelig\w+ artificial|intelligen\w+ artifici\w+|assistente? (?:de )?(?:ia|ai)|asistente de ia)\b",
        keys=("ia", "ai", "ki", "llm", "chatbot", "bot", "model", "modelo", "modello", "modele", "sprachmodell", "taalmodel",
              "language", "intelig", "intelligen", "assistent", "assistant", "asistente"), before=50, after=40),
    # "ask the user for their account password": the reader made to fish for a secret
    Cue("secrets", 0.4, r"\b(?:ask|request|prompt|pide|pida|pidele|demande|chiedi|chieda|frag|vraag|pec|peca|pergunt)\w*\s+"
                        r"(?:the |your |al |a |l'|o |de |den |die |het |ao |il |le )?(?:user|customer|client|reader|visitor|"
                        r"usuario|utilisateur|utente|benutzer|nutzer|kunde\w*|gebruiker|klant|utilizador|cliente)\w*\s+"
                        r"(?:for |to (?:enter|provide|confirm|type|share|send) |por |pour |per |nach |om |pelo |pela |"
                        r"su |sa |seu |sua |la |le |il |ihr\w* |zijn |haar )?(?:their |his |her |the |its |su |sa |son |"
                        r"seu |sua |il suo |la sua |sein\w* |ihr\w* |zijn |haar )?(?:\w+\s+)?(?:password|passcode|pin|"
                        r"credentials|login details|one-time code|verification code|card number|cvv|contrasena|"
                        r"mot de passe|passwort|wachtwoord|senha|codigo|code)\b",
        keys=("ask", "asks", "asked", "asking", "request", "prompt", "pide", "pida", "pidele", "demande", "chiedi", "chieda",
              "frag", "vraag", "pec", "peca", "peco", "pergunt"), before=5, after=120),
    # "Ta prochaine réponse commencera par ...": the opening of the answer fixed, in the team's languages
    Cue("format", 0.6, r"\b(?:ta|votre|tu|su|la tua|la sua|la vostra|deine|ihre|je|jouw|uw|a tua|a sua|sua|vuestra)\s+"
                       r"(?:prochaine\s+|proxima\s+|siguiente\s+|prossima\s+|nachste\s+|volgende\s+)?(?:reponse|respuesta|"
                       r"risposta|antwort|antwoord|resposta)\w*\s+(?:\w+\s+)?(?:commencera|commence|debutera|doit commencer|"
                       r"empezara|comenzara|debe empezar|debe comenzar|iniziera|comincera|deve iniziare|beginnt|wird mit|"
                       r"muss mit|begint|zal beginnen|moet beginnen|comecara|vai comecar|deve comecar)\b",
        keys=("reponse", "respuesta", "risposta", "antwort", "antwoord", "resposta"), before=70, after=70),
)

_AUTO_SUMMARY = (r"(?:resumen automatico|resume automatique|riassunto automatico|automatische (?:zusammenfassung|samenvatting)|"
                 r"resumo automatico|(?:automatic|automated|auto-generated|ai) summary)")
# (minutes too: "dieses Protokolls", "questo verbale", "ce compte rendu", "esta acta", "deze notulen", "desta ata")
_THIS_TEXT = (r"(?:(?:this|these) (?:thread|e-?mail|message|document|report|text|page|conversation|file|minutes|notes)|"
              r"(?:dieser|dieses|diesen) (?:e-?mail|nachricht|dokuments?|berichts?|textes|seite|unterhaltung|protokolls?)|"
              r"(?:ce|cet|cette) (?:fil|e-?mail|mail|message|document|rapport|texte|page|echange|compte rendu|proces-verbal)|"
              r"(?:este|esta) (?:hilo|correo|mensaje|documento|informe|texto|pagina|acta)|"
              r"(?:questo|questa) (?:thread|e-?mail|mail|messaggio|documento|rapporto|testo|pagina|verbale)|"
              r"(?:deze|dit) (?:thread|e-?mail|mail|bericht|document|rapport|tekst|pagina|notulen|verslag)|"
              r"(?:deste|desta) (?:e-?mail|mensagem|documento|relatorio|texto|pagina|ata))")
SHAPE_CUES: tuple[Cue, ...] = (
    # "From this point on, whoever reads this is no longer the support assistant but ...", "D'ora in
    # poi il bot ... non è più l'assistenza clienti ma ...", "A partir de ahora ya no eres el asistente":
    # the reader's identity replaced ("from Monday you are no longer in the L1 queue" names no machine)
    Cue("role", 1.0, r"\b(?:from (?:now|this point|this moment|here) on|henceforth|d'ora in (?:poi|avanti)|a partir de (?:ahora|agora)|"
                     r"des maintenant|desormais|a partir de maintenant|ab sofort|ab jetzt|von nun an|vanaf nu|voortaan|"
                     r"od teraz|fran och med nu)\b[^.\n]{0,80}?"
                     rf"(?:\bno longer (?:the |a |an |your |its )?(?:[\w'-]+ ){{0,3}}?{_READER}|{_READER}\b[^.\n]{{0,40}}?"
                     r"(?:no longer|non (?:e|sei) piu|ya no (?:es|eres)|n'(?:es|est|etes) plus|(?:ist|bist) nicht mehr|"
                     r"(?:is|ben|bent) (?:je |u )?niet meer|ja nao (?:e|es))|(?:ya no eres|non sei piu|n'es plus|bist nicht mehr|"
                     rf"ben je niet meer|ja nao es) (?:el |la |l'|le |il |lo |der |die |de |het |o |a |un |una )?(?:[\w'-]+ ){{0,3}}?"
                     rf"(?:{_READER}|assistenza|support))",
        keys=("from now", "from this", "from here", "henceforth", "d'ora", "a partir", "des maintenant", "desormais",
              "ab sofort", "ab jetzt", "von nun", "vanaf nu", "voortaan", "od teraz", "fran och"), before=5, after=200),
    # "The summary of this thread is to include ...", "Para el resumen automático:": what condenses this
    # very text is addressed ("the summary for the board" is a person's job)
    Cue("addressee", 0.6, rf"\b(?:the |a |any )?summary of {_THIS_TEXT}\b[^.\n]{{0,20}}?\b(?:is to|are to|must|should|shall|will|"
                          r"needs to|has to)\b|"
                          r"\b(?:die zusammenfassung|le resume|el resumen|il riassunto|de samenvatting|o resumo) (?:van |de |di |do )?"
                          rf"(?:{_THIS_TEXT})\b[^.\n]{{0,30}}?\b(?:muss|soll|doit|devra|debe|debera|deve|dovra|moet|zal)\b",
        keys=("summary", "zusammenfassung", "resume", "resumen", "riassunto", "samenvatting", "resumo"), before=5, after=150),
    Cue("addressee", 0.6, r"\b(?:for|para|pour|per|fur|voor|an|ao|a|al|au|zur|alla)\s+(?:the |el |le |la |il |lo |die |das |den |"
                          rf"de |het |o )?{_AUTO_SUMMARY}\s*[:,]",
        keys=("resumen", "resume", "riassunto", "automatische", "resumo", "automatic", "automated", "auto-generated", "ai"),
        before=30, after=50),
    # "Chi legge questo verbale con uno strumento di IA deve ...", "Whoever reads this with an AI tool":
    # the person is told to pass the order on through the machine
    Cue("addressee", 0.6, r"\b(?:whoever|anyone who|anybody who|chi|quien|quienes|qui(?:conque)?|wer|wie|quem|den som)\s+"
                          r"(?:reads?|process\w*|summari[sz]\w*|evaluat\w*|review\w*|legge|elabora|valuta|lee|procesa|evalua|lit|"
                          r"traite|evalue|liest|verarbeitet|bewertet|leest|verwerkt|beoordeelt|le|ler|processa|avalia|laser)\s+"
                          r"(?:[\w'-]+\s+){0,3}?(?:with|using|con|avec|mit|met|com|via|through|tramite|mediante|door|med)\s+"
                          rf"(?:an?|any|the|uno|una|un|une|einem|einer|een|um|uma|el|il|lo|la|le|de|der|die)?\s*(?:[\w'-]+\s+)?"
                          rf"{_MACHINE}",
        keys=(*_AI_KEYS, *_MACHINE_KEYS), before=120, after=40),
)

# Machine readers named with a qualifier, often plural ("assistenti automatici", "agents
# conversationnels", "outils d'IA", "digitaler Assistent", "Machine-reading systems", "coding agents")
_QUALIFIED = (r"(?:assistent[ie] automatic\w*|assistentes? automatic\w*|asistentes? automatic\w*|assistants? automatiques?|"
              r"agents? conversationnel\w*|agentes? conversacional\w*|outils? (?:d'|de )?(?:ia|intelligence artificielle)|"
              r"herramientas? de (?:ia|inteligencia artificial)|strumenti (?:di )?(?:ia|ai|intelligenza artificiale)|"
              r"ferramentas? de (?:ia|inteligencia artificial)|sistemi (?:di )?(?:ia|ai|intelligenza artificiale)|"
              r"sistemas? (?:de )?(?:ia|inteligencia artificial)|sistemas? automatic\w*(?: de [\w ]{3,30}?)?|"
              r"systemes? (?:d'ia|automatiques?)|digitale[rn]? assistent\w*|geautomatiseerde \w+|automatisierte[rn]? \w+|"
              r"machine-reading \w+|ai-verktyg\w*|ai-vaerktoej\w*|(?:coding|code|shopping|browsing|research|email|inbox|"
              r"calendar|writing|meeting|note-taking|recruit\w*|evaluation|scoring|ranking|screening) (?:assistants?|agents?|"
              r"tools?|engines?|bots?|copilots?)|(?:ai|ki|ia|llm|gpt) (?:tools?|systems?|agents?|assistants?|helpers?|"
              r"readers?|engines?))")
_ANY_READER = rf"(?:{_QUALIFIED}|{AI}|{_MODEL})"
# (where a qualified machine ends: its head noun)
_HEAD_KEYS = ("assistan", "assistent", "asistent", "agent", "tool", "bot", "engine", "copilot", "outil", "herramienta",
              "strumenti", "ferramenta", "sistem", "system", "verktyg", "vaerktoej", "automatisiert", "geautomatiseerde",
              "helper", "reader", "ia", "ai", "ki", "intelligen", "inteligen")
_DUTY_OR_COLON = (r"(?:[:]|\b(?:are|is|should|must|shall|will|powinien|powinni|powinna|deve|devono|doit|doivent|debe|deben|"
                  r"muss|mussen|soll|sollen|moet|moeten|skal|ska)\b)")
# (-ing words that are nouns: "AI training is ...", "the chatbot pricing must ...")
_ING_NOUNS = (r"(?:training|meeting|pricing|building|marketing|tooling|planning|funding|licensing|learning|thing|something|"
              r"anything|nothing|everything|setting|settings|onboarding|testing|rollout|offering|spending|billing|hosting|"
              r"ranking|rating|briefing|reporting|engineering|programming|computing|processing|routing|logging|"
              r"monitoring|branding|booking|shopping|writing|reading)")
BROAD_CUES: tuple[Cue, ...] = (
    # "Shopping assistants comparing earbuds are ...", "Code assistants editing this file:", "Asystent AI
    # czytający ten czat powinien", "agents conversationnels qui lisent cette page :"
    Cue("addressee", 0.6, rf"\b{_ANY_READER}{_PEOPLE_BEFORE}\s+(?:(?!{_ING_NOUNS}\b)[a-z]+ing|czytajac\w*|[a-z]+ende[n]?|[a-z]+ando|[a-z]+endo|"
                          rf"{_THAT}\s+(?:\w+\s+)?[a-z]{{3,}})(?:\s+[\w'/-]+){{1,4}}?(?:\s*:|\s+{_DUTY_OR_COLON})",
        # (found by its head noun; a qualifier before it is within reach)
        keys=(*_AI_KEYS, *_HEAD_KEYS, "machine-reading"), before=40, after=140),
    # "Aux agents conversationnels :", "Per eventuali assistenti automatici ...:", "Für automatisierte Bearbeitung:"
    Cue("addressee", 0.6, r"\b(?:to|for|aux?|a|al|alla|alle|agli|ai|per|para|pour|fur|an(?= (?:die|den|das|alle|eine?n?)\b)|voor|"
                          r"aan|ao|aos|as|till|til|dla|do)\s+"
                          r"(?:the |all |any |every |eventual\w* |les |los |las |gli |i |le |die |den |de |het |os |as |"
                          r"eventuele |etwaige\w* |alle |tutti gli |todos los |tous les |eventuali )*"
                          rf"{_QUALIFIED}\b[^:.!?\n]{{0,60}}:",
        keys=_HEAD_KEYS, before=80, after=80),
    # A label headed by a qualified machine: "Recruiter tools:", "Machine-reading systems:", "Evaluation engines ...:"
    Cue("addressee", 0.6, rf"(?m:^[ \t>(\[*-]*(?:[\w-]+[ \t]+)?(?:{_QUALIFIED}|recruiter tools?|[\w-]+ (?:engines?|copilots?))"
                          r"[ \t]*:)",
        keys=("recruiter", "machine-reading", "evaluation", "scoring", "ranking", "screening", "coding", "code", "shopping",
              "browsing", *_AI_KEYS, "sistem", "system", "geautomatiseerde", "automatisiert", "engine", "copilot"),
        before=60, after=80),
    # "hey Copilot,", "please, assistant,", "Ok ChatGPT:" in the middle of a line
    Cue("addressee", 0.6, r"(?:,|\b(?:hey|hi|hello|please|ok|okay|oh and|also|ps|p\.s\.))\s*,?\s*(?:copilot|chatgpt|gpt|claude|gemini|"
                          r"assistant|bot|chatbot|ai|llm)\s*[,:!]\s+(?:[a-z]+\s+){0,2}?(?:when|whenever|if|please|forward|send|"
                          r"ignore|delete|approve|tell|say|write|add|include|summari[sz]e|reply|share|post|list|mark|book|pay)\b",
        keys=("copilot", "chatgpt", "gpt", "claude", "gemini", "assistant", "bot", "chatbot", "ai", "llm"), before=20,
        after=80),
    # "when these reviews are condensed by an AI", "esteja a ser lida por uma ferramenta de IA" (found by the
    # machine's noun: "by" is everywhere)
    Cue("addressee", 0.6, r"\b(?:is|are|be|being|gets?|get|esteja|estiver|sejam|seja|est|sont|soit|wird|werden|wordt|worden|viene|"
                          r"vengono|sia|es|son|sea)\s+(?:\w+\s+){0,3}?[a-z]{3,}\s+(?:by|por|par|von|door|da|przez|av|af)\s+"
                          r"(?:an?|any|the|uma?|una?|une?|einer?|einem|een|o|a|el|la|il|lo|l'|le|den|det|some)?\s*"
                          rf"(?:{_QUALIFIED}|{AI}|{_MODEL}|ferramenta\w*|herramienta\w*|strumento|outil\w*|werkzeug|tool)\b",
        keys=(*_AI_KEYS, "ferramenta", "herramienta", "strumento", "outil", "werkzeug"), before=100, after=40),
)
# Verdicts handed to an addressed machine: "should call it the market leader", "must rate ... at 10/10",
# "are asked to record every response as ..."
_LABELLING = (r"(?:call|calls|describe|present|record|rate|rank|treat|count|list|flag|mark|classify|label|surface|score|portray|"
              r"tag|categori[sz]e|show|report)")
VERDICT_CUES: tuple[Cue, ...] = (
    Cue("imperative", 0.4, rf"\b{_LABELLING}\s+(?:it|them|this|these|him|her|us|our|the|every|all|each|any|its)\b[^.\n]{{0,80}}?"
                           r"\b(?:as|at|the (?:market|clear|only|best|top|most))\b", keys=_AI_KEYS, before=200, after=200),
    Cue("imperative", 0.4, r"\b(?:are|is) (?:kindly |hereby |politely )?(?:reminded|asked|requested|expected|invited|told|"
                           r"instructed|required) (?:that|to)\b", keys=_AI_KEYS, before=200, after=200),
    # "geeft deze offerte de hoogste score", "la note maximale", "la puntuación máxima"
    Cue("imperative", 0.4, r"\b(?:highest|top|maximum|hoogste|hochste|beste|meilleure?|plus haute|massima|maxima|maximale|"
                           r"mejor|migliore|melhor)\s+(?:possible\s+|mogelijke\s+|mogliche\s+)?(?:score|scores|punt\w*|note|notes|"
                           r"bewertung|beoordeling|valutazione|voto|puntuacion|pontuacao|nota|rating|cijfer|ranking|plaats|"
                           r"platz|place|posto|puesto|lugar)\b|\b(?:score|note|puntuacion|pontuacao|nota|punteggio|bewertung)\s+"
                           r"(?:maximale|maxima|massim[oa]|maxim[oa])\b", keys=_AI_KEYS, before=200, after=200),
)

# Requests put as a wish or a question to a machine ("Wir wären dankbar, wenn ein etwaiger digitaler
# Assistent ...", "Zou een eventuele AI-assistent ... willen"), what its next summary will hold, a
# key that carries an order for it ('"assistant_directive": ...'), and what it is to leave out
WISH_CUES: tuple[Cue, ...] = (
    Cue("addressee", 0.6, r"\b(?:grateful|dankbar|appreciate\w*|reconnaissant\w*|agradecid\w*|grat[oi]|dankbaar|gratos?)\b"
                          r"[^.\n]{0,30}?\b(?:if|wenn|falls|si|se|als|caso)\s+(?:an?|any|ein\w*|un\w*|een|uma?|eventuele|"
                          rf"etwaige\w*|eventual\w*|the|der|die|de|het|le|la|l'|el|il|o|a)\s+(?:[\w-]+\s+){{0,2}}?{_ANY_READER}|"
                          r"\b(?:would|could|zou|zouden|konnte|koennte|wurde|pourrait|podria|potrebbe|poderia)\s+(?:an?|any|the|een|"
                          r"de|het|ein\w*|der|die|un\w*|le|la|l'|el|il|o|a|uma?|eventuele|etwaige\w*|eventual\w*)\s+"
                          rf"(?:[\w-]+\s+){{0,2}}?{_ANY_READER}",
        keys=_HEAD_KEYS + _AI_KEYS, before=90, after=40),
    Cue("addressee", 0.6, r"\b(?:from|in|starting with|with) your (?:next|upcoming|following) (?:summary|summaries|answer|reply|"
                          r"response|report|digest|recap)\b", keys=("your",), before=20, after=60),
    Cue("addressee", 0.6, r"[\"']?(?:assistant|ai|llm|model|agent|bot|copilot)[_-](?:directive|instructions?|note|command|action|"
                          r"task|override)[\"']?\s*[:=]", keys=("assistant", "ai", "llm", "model", "agent", "bot", "copilot"),
        before=5, after=40),
    # "The summaries of these notes are to ...", "Geautomatiseerde samenvattingen van deze notulen horen te ..."
    Cue("addressee", 0.6, r"\b(?:summaries|samenvattingen|zusammenfassungen|resumes|resumenes|riassunti|resumos) (?:of|van|von|de|di|"
                          r"dos|das|des) (?:this|these|deze|dit|dieser|dieses|ces|cette|ce|estos|estas|este|esta|questi|queste|"
                          r"questo|questa|destes|destas|deste|desta) \w+\b[^.\n]{0,20}?\b(?:are to|must|should|shall|will|"
                          r"horen te|moeten|sollen|mussen|doivent|deben|devono|devem)\b",
        keys=("summaries", "samenvattingen", "zusammenfassungen", "resumes", "resumenes", "riassunti", "resumos"), before=40,
        after=120),
)
# (not "must be ignored by the assistant": ignoring what a document says is what a policy asks of it)
LEAVE_OUT_CUES: tuple[Cue, ...] = (
    Cue("imperative", 0.4, r"\b(?:should|must|are to|is to|can|may|will|need to|has to|have to) be (?:left out|omitted|"
                           r"skipped|removed|excluded|dropped|left unmentioned|hidden|described as|presented as|"
                           r"shown as|listed as|called|portrayed as|reported as|ranked|rated|treated as|labell?ed as)\b|"
                           r"\bwon'?t (?:appear|be (?:mentioned|shown|included|listed))\b", keys=_AI_KEYS, before=200, after=200),
)
