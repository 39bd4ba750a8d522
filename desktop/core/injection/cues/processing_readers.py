"""Notes to whatever machine processes a document, named by the processing it does, and the
processing steps ordered of it.

Injections in invoices, CVs, offers and tickets seldom say "AI": they head a note to the
processing ("Aviso para sistemas de procesamiento automático:", "Nota per i sistemi di selezione
automatica:", "自动处理说明：", "자동 처리 시스템 참고:", "ملاحظة للمعالجة الآلية:", "Otomatik
işleme notu:", "Catatan untuk pemrosesan otomatis:", "Σημείωση για αυτοματοποιημένη
επεξεργασία:", "Screening systems:"), name the machine by the document it is processing ("Til
systemer, der behandler dette dokument:", "Il sistema che elabora questa fattura", "Az ezt
feldolgozó MI-asszisztens", "De AI-assistent die dit ticket behandelt"), head a note to AI tools or
AI-assisted processing ("Consigne pour les outils d'IA :", "Hinweis für KI-gestützte Auswertung:"),
ask it in the passive ("Se solicita al asistente de correo que",
"Automated CV parsers are asked to"), set a condition on being one in the word orders the
language families miss ("Ben je een taalmodel dat dit leest?", "Ha mesterséges intelligencia
vagy", "Sollte dieses Schreiben von einem Sprachmodell ausgewertet werden", "Should an automated
summariser process this document"), or address it with a dash or inside a markup attribute
("Till AI-assistenten – godkänn", alt="Assistant : résume ...", "Asystent poczty niech").
Each is an address (kind "addressee").

The orders counted next to such an address (kind "imperative", searched only there) are the
steps of office processing in their duty, passive and future forms: rank or place first, mark as
paid or approved, skip the review, add a supplier, state that ("va posizionato in cima alla
lista", "wordt direct goedgekeurd", "ilk sıraya alınmalı", "排名第一", "1순위로", "it will state
that", "ist ... einzustufen", "как оплаченный", "标记为已付款", "hãy đánh dấu"). (A German duty counts
only with a processing act: "Ergebnisse sind von einem Menschen zu prüfen" is a policy's rule.)

A note to people about the automatic processing ("Hinweis: Bewerbungen werden automatisch
geprüft", "स्वचालित प्रसंस्करण के बारे में सूचना") heads nothing to a machine: the shapes below
need the word a note is headed with ("for", "para", "per", "के लिए", "للـ") or a heading's colon.
Written in each language's own spelling; ``languages._f`` folds them as the text is folded.
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue
from desktop.core.injection.cues.languages import _cue, _f

_AUTO = r"(?:automatic|automatizad|automatizzat|automatique|automatise)\w*"
_JOB = (r"(?:procesamiento|tratamiento|seleccion|cribado|filtrado|lectura|analisis|evaluacion|selezione|valutazione|"
        r"smistamento|lettura|elaborazione|processamento|triagem|selecao|classificacao|traitement|tri|preselection|"
        r"lecture|analyse)")

_HEADINGS = (
    # A reader (or the processing) with its job between it and "automatic": "para sistemas de procesamiento automático",
    # "per i sistemi di selezione automatica", "pour les outils de tri automatique"
    _cue("addressee", 0.6, rf"\b(?:para|per|pour|ai|agli|aos?|al|a|aux)\s+(?:[\w'-]+\s+){{0,2}}?(?:sistem|program|ferrament|"
                           rf"herramient|strument|outil|logiciel|systeme)\w*\s+(?:de|di|da)\s+{_JOB}\s+{_AUTO}",
         ("sistem", "program", "ferrament", "herramient", "strument", "outil", "logiciel", "systeme"), before=40, after=90),
    # A screening or ranking system heading a note: "Screening systems:", "Sistema de triagem:", "Sistemi di selezione:"
    _cue("addressee", 0.6, r"(?:^|[\n\"'>(\[])[ \t]*(?:(?:cv|resume|applicant|candidate|automated)\s+)?(?:screening|ranking|parsing|"
                           r"shortlisting)\s+(?:systems?|tools?|software|engines?|algorithms?|bots?)[ \t]*:|"
                           r"(?:^|[\n\"'>(\[])[ \t]*(?:sistemas?|sistemi|systemes?|ferramentas?|herramientas?) de (?:triagem|selecao|"
                           r"cribado|seleccion|selezione|preselection|tri|classificacao|clasificacion)[ \t]*:",
         ("screening", "ranking", "parsing", "shortlisting", "sistema", "sistemas", "sistemi", "systeme", "systemes",
          "ferramenta", "ferramentas", "herramienta", "herramientas"), before=60, after=80),
    # The processing itself heading a note or a line: "Automatische Verarbeitung:", "Automated processing:",
    # "Otomatik işleme notu:", "Procesamiento automático:"
    _cue("addressee", 0.6, r"(?:^|\n)[ \t>*#\-\[]*(?:(?:automatische|maschinelle|automatisierte) (?:verarbeitung|bearbeitung|"
                           r"prufung|buchung)|(?:automated|automatic) (?:processing|handling|screening)|"
                           rf"(?:procesamiento|tratamiento|elaborazione|processamento|traitement) {_AUTO}|"
                           r"(?:automatische|geautomatiseerde) verwerking|otomatik (?:isleme|degerlendirme|tarama|siralama)"
                           r"(?: notu| icin not| aciklamasi)?)[ \t]*:",
         ("automatische", "maschinelle", "automatisierte", "automated", "automatic", "procesamiento", "tratamiento",
          "elaborazione", "processamento", "traitement", "geautomatiseerde", "otomatik"), before=10, after=80),
    # A heading for AI tools or AI-assisted processing: "Consigne pour les outils d'IA :", "Hinweis für KI-gestützte
    # Auswertung:", "Instrucciones para herramientas de IA:", "Note for AI-assisted screening:"
    # (a note's word first, and the processing named, not the tools: "Richtlinie für KI-gestützte Tools:" heads a policy)
    _cue("addressee", 0.6, r"\b(?:consignes?|notes?|instructions?|instrucciones|instrucoes|istruzioni|avisos?|nota|remarque|"
                           r"hinweis|anweisung|notiz)\w* (?:pour|para|per|for|fur) (?:les |los |las |gli |i |os |as |the |die |den |"
                           r"das )?(?:outils?|herramientas?|strumenti|ferramentas?|tools?|systemes?|sistemas?|sistemi|systems?) "
                           r"(?:d'|de |di |da )?(?:ia|ai|ki)\b[ \t]*:|\b(?:fur|for) (?:die |den |das )?(?:ki|ai)-(?:gestutzte|basierte|"
                           r"assisted|based|powered|driven) (?:auswertung|prufung|verarbeitung|bearbeitung|analyse|sichtung|"
                           r"screening|processing|review|evaluation|triage)[ \t]*:",
         ("consigne", "consignes", "note", "notes", "instruction", "instructions", "instrucciones", "instrucoes", "istruzioni",
          "aviso", "avisos", "nota", "remarque", "hinweis", "anweisung", "notiz", "for", "fur"), before=10, after=100),
    # Indonesian and Greek: "Catatan untuk pemrosesan otomatis:", "Σημείωση για αυτοματοποιημένη επεξεργασία"
    _cue("addressee", 0.6, r"\b(?:untuk|kepada)\s+(?:pemrosesan|penyaringan|seleksi|pemeriksaan|penilaian)\s+otomatis\b",
         ("untuk", "kepada"), before=30, after=90),
    _cue("addressee", 0.6, r"(?:για|προς) (?:την |τα |το |τις )?(?:αυτοματοποιημεν|αυτοματ)\w* (?:επεξεργασ|συστημ|αξιολογησ|"
                           r"ελεγχ)\w*", ("για", "προς"), before=30, after=90),
    # Chinese, Korean, Arabic and Hindi headings: "自动处理说明：", "자동 처리 시스템 참고:", "ملاحظة للمعالجة الآلية",
    # "स्वचालित प्रसंस्करण के लिए नोट"
    _cue("addressee", 0.6, r"(?:自动|自動)(?:化)?(?:处理|處理|审核|審核|筛选|篩選|评估)(?:系统|系統)?(?:说明|說明|提示|注意|备注|须知|須知)[:：]|"
                           r"자동\s?(?:처리|심사|선별|분류|평가)\s?(?:시스템)?\s?(?:참고|안내|메모|주의|지시)\s?:|"
                           r"(?:ملاحظة|تنبيه|تعليمات)\s+(?:لل|ل)(?:معالجة|أنظمة|انظمة|نظام)\s+(?:الآلية|الآلي|الالية|الالي|المؤتمتة)|"
                           r"स्वचालित\s+(?:प्रसंस्करण|प्रणाली|सिस्टम|स्क्रीनिंग|जाँच|जांच)\w*\s+के\s+लिए",
         ("自动", "自動", "자동", "ملاحظة", "تنبيه", "تعليمات", "स्वचालित"), before=20, after=90),
)

_BY_DOCUMENT = (
    # The machine named by the document it is processing: "To any system compiling this shortlist:",
    # "Til systemer, der behandler dette dokument:", "Il sistema che elabora questa fattura", "el sistema que procesa esta"
    _cue("addressee", 0.6, r"\b(?:to|for) (?:any|every|the|all|each) (?:systems?|tools?|software|programs?|parsers?|engines?) "
                           r"(?:that (?:is |are )?)?(?:compiling|processing|reading|parsing|ranking|screening|sorting|handling|"
                           r"comparing|analy[sz]ing|summari[sz]ing|reviewing) (?:this|these)\b(?:[ \t]+[\w'-]+){0,3}[ \t]*:",
         ("to", "for"), before=10, after=90),
    _cue("addressee", 0.6, r"\b(?:til|till) (?:alle |de |the )?(?:systemer|system|programmer|program|verktoy|verktyg)(?:ne|en)?,? "
                           r"(?:der|som) (?:behandler|behandlar|laeser|laser|leser|gennemgar|sammenligner|jamfor|analyserer|"
                           r"analyserar) (?:dette|denne|disse|detta|denna|dessa|det|den)\b",
         ("til", "till"), before=10, after=90),
    _cue("addressee", 0.6, r"\b(?:il|lo|el|le|o|the) (?:sistema|programma|software|strumento|systeme|programa|system|tool|"
                           r"assistente|asistente|assistant|agente|agent) (?:che|que|qui|that) (?:elabora|legge|gestisce|analizza|"
                           r"processa|procesa|lee|gestiona|analiza|traite|lit|gere|analyse|processes|reads|handles|analy[sz]es) "
                           r"(?:questa|questo|queste|questi|esta|este|estas|estos|cette|ce|ces|this|these)\b",
         ("sistema", "programma", "software", "strumento", "systeme", "programa", "system", "tool", "assistente", "asistente",
          "assistant", "agente", "agent"), before=20, after=90),
    # Dutch and German: "De AI-assistent die dit ticket behandelt", "Der KI-Assistent, der diese Mail liest"
    # (a plain "Assistent" is a person's job: "Der Assistent, der diese Woche die Post bearbeitet, ist Herr Kaya")
    _cue("addressee", 0.6, r"\b(?:de|het|der|die|das) (?:(?:ai-|ki-)(?:assistent|agent|bot|model|modell)|taalmodel|sprachmodell|"
                           r"chatbot|ai|ki)\w*,? "
                           r"(?:die|dat|der|das) (?:dit|deze|dieses|diese|diesen|den|die|das) (?:\w+ )?(?:behandelt|leest|verwerkt|"
                           r"samenvat|beoordeelt|liest|verarbeitet|bearbeitet|zusammenfasst|auswertet|pruft)\b",
         ("de", "het", "der", "die", "das"), before=10, after=90),
    # Hungarian: "Az ezt feldolgozó MI-asszisztens", "a levelet olvasó rendszer"
    _cue("addressee", 0.6, r"\b(?:az ezt|ezt|e|a|az) (?:\w+ )?(?:feldolgozo|olvaso|elemzo|osszefoglalo|ertekelo) (?:mesterseges "
                           r"intelligencia|mi|ai|mi-asszisztens|ai-asszisztens|asszisztens|nyelvi modell|rendszer)\w*",
         ("feldolgozo", "olvaso", "elemzo", "osszefoglalo", "ertekelo"), before=30, after=60),
    # Asked in the passive: "Se solicita al asistente de correo que", "Automated CV parsers and ranking tools are asked to",
    # "si chiede all'assistente di", "il est demandé à l'assistant de"
    _cue("addressee", 0.6, r"\bse (?:solicita|pide|ruega|ordena|requiere) (?:al|a la|a los) (?:asistente|agente|sistema|modelo|bot|"
                           r"herramienta)\w*|\bsi (?:chiede|prega|richiede) (?:all'|al |allo )(?:assistente|agente|sistema|modello|bot)|"
                           r"\bil est demande (?:a l'|au |aux )(?:assistant|agent|systeme|modele|outil)s?\b|"
                           r"\bsolicita-se (?:ao|a) (?:assistente|agente|sistema|modelo)",
         ("solicita", "pide", "ruega", "ordena", "requiere", "chiede", "prega", "richiede", "demande"), before=30, after=90),
    _cue("addressee", 0.6, r"\b(?:automated|automatic|ai) (?:[\w-]+ ){0,2}?(?:parsers?|tools?|systems?|screeners?|assistants?|"
                           r"agents?|readers?)(?: and (?:[\w-]+ ){0,2}?(?:tools?|systems?|engines?))? (?:are|is) (?:kindly |hereby )?"
                           r"(?:asked|requested|instructed|directed) to\b",
         ("automated", "automatic", "ai"), before=10, after=90),
)

_CONDITIONS = (
    # "Ben je een taalmodel dat dit leest?", "Ha mesterséges intelligencia vagy", "Sollte dieses Schreiben von einem
    # Sprachmodell ausgewertet werden", "Should an automated summariser process this document"
    _cue("addressee", 1.0, r"\bben je (?:een |de )?(?:taalmodel|ai-assistent|ai-model|chatbot|kunstmatige intelligentie|"
                           r"ai(?![\w-]))", ("ben",), before=10, after=60),
    _cue("addressee", 1.0, r"\bha (?:te )?(?:egy )?(?:mesterseges intelligencia|nyelvi modell|mi-asszisztens|ai-asszisztens|"
                           r"chatbot) vagy\b", ("ha",), before=10, after=60),
    _cue("addressee", 0.6, r"\bsollte (?:dies\w*|das|der|die) (?:\w+ )?von (?:einem|einer|dem|der) (?:sprachmodell|ki-\w+|ki|"
                           r"ai-\w+|ai|chatbot)\b[^.]{0,40}?\b(?:ausgewertet|gelesen|verarbeitet|zusammengefasst|gepruft|analysiert) "
                           r"werden", ("sollte",), before=10, after=120),
    _cue("addressee", 0.6, r"\bshould (?:an?|any|the) (?:automated |ai |language )?(?:summari[sz]er|model|assistant|tool|system|"
                           r"reader|parser|ai) (?:ever )?(?:process|read|summari[sz]e|review|parse|handle|see) (?:this|these)\b",
         ("should",), before=10, after=120),
)

# The machine as the subject of a condition: "Für den Fall, dass ein KI-Modell diese Nachricht liest",
# "En caso de que un modelo de IA lea este correo", "Qualora un'intelligenza artificiale legga questo messaggio"
_AI_SUBJECT = (r"(?:ki|ai|ia|ki-\w+|ai-\w+|sprachmodell|chatbot|modelo de (?:ia|lenguaje)|modello (?:di ia|linguistico)|"
               r"inteligencia artificial|intelligenza artificiale|asistente de ia|assistente (?:ia|ai)|sistema de ia)")
_MACHINE_CONDITIONS = (
    _cue("addressee", 0.6, rf"\bfur den fall, dass (?:ein|eine|das|die|der) {_AI_SUBJECT}\b[^.\n]{{0,40}}?\b(?:liest|verarbeitet|"
                           r"zusammenfasst|auswertet|pruft|bearbeitet)\b|"
                           rf"\b(?:en caso de que|siempre que) (?:un|una|el|la|algun|alguna) {_AI_SUBJECT}\b[^.\n]{{0,20}}?\b(?:lea|"
                           r"procese|resuma|analice|revise|gestione)\b|"
                           rf"\b(?:qualora|nel caso in cui) (?:un'|una |un |l'|il |la )?{_AI_SUBJECT}\b[^.\n]{{0,20}}?\b(?:legga|"
                           r"elabori|riassuma|analizzi|esamini|gestisca)\b",
         ("fall", "caso", "siempre", "qualora"), before=20, after=120),
    # Norwegian and Danish: "Eventuelle AI-assistenter bes om å", "Enhver AI-assistent bedes om at"
    _cue("addressee", 0.6, r"\b(?:eventuelle|alle|enhver|evt\.?) (?:ai|ki)-?(?:assistent|agent|modell|model|verktoy|vaerktoj)\w* "
                           r"(?:bes|bedes|blir bedt) (?:om )?(?:a|at)\b",
         ("eventuelle", "alle", "enhver", "evt"), before=10, after=80),
    # Hebrew: "לעוזר הבינה המלאכותית:", "לסוכן ה-AI:"
    _cue("addressee", 0.6, r"ל(?:עוזר|סוכן|מודל|בוט)\s+(?:ה)?(?:בינה המלאכותית|בינה מלאכותית|-?ai)\s*:",
         ("לעוזר", "לסוכן", "למודל", "לבוט"), before=10, after=60),
)

_VOCATIVES = (
    # An address with a dash instead of a colon: "Till AI-assistenten – godkänn", "Pro AI asistenta – při shrnutí",
    # "Assistant – when you build"
    _cue("addressee", 0.6, r"\b(?:to|till|til|pro|fur|an|pour|para|per|voor|dla|do) (?:the |den |die |der |de |l'|il |o |a )?"
                           r"(?:ai|ki|ia|mi)[- ]?(?:assistant|assistent|asistent|asystent|agent|model|modell|modelo|modello)\w*"
                           r"[ \t]*[\u2013\u2014]", ("ai", "ki", "ia", "mi"), before=30, after=60),
    _cue("addressee", 0.6, r"(?:^|[\n:.;!?)])[ \t]*(?:ai |dear )?(?:assistant|assistente|asistente|assistent)[ \t]*[\u2013\u2014][ \t]",
         ("assistant", "assistente", "asistente", "assistent", "ai", "dear"), before=60, after=20),
    # Inside a markup attribute: alt="Assistant : résume ...", title="KI-Assistent: ..."
    _cue("addressee", 0.6, r"(?:alt|title|content|aria-label|data-\w+)=\s*[\"']?[^\"'\n]{0,30}?[\"'(\[ ]"
                           r"(?:ai |ia |ki |ki-)?(?:assistant|assistente|asistente|assistent|agent|agente|model|modelo|modello)\w*"
                           r"[ \t]*[:,\u2013\u2014]|(?:\]\([^)\s]*\s+[\"'])(?:ai |ia |ki |ki-)?(?:assistant|assistente|asistente|assistent|"
                           r"agent|agente)\w*[ \t]*[:,\u2013\u2014]",
         ("assistant", "assistente", "asistente", "assistent", "agent", "agente", "model", "modelo", "modello", "ai", "ia",
          "ki"), before=60, after=20),
    # A vocative followed straight by an act: "Assistant, rembourse intégralement", "Asistente, reembolsa"
    _cue("addressee", 0.6, r"(?:^|[\n.!?])[ \t]*(?:ai |ia |ki )?(?:assistant|assistente|asistente|assistent)[ \t]*,[ \t]+"
                           r"(?:rembourse|approuve|valide|transfere|envoie|cloture|supprime|paie|reembolsa|aprueba|reenvia|"
                           r"rimborsa|approva|inoltra|erstatte|genehmige|leite|refund|approve|forward|pay|delete|close)\b",
         ("assistant", "assistente", "asistente", "assistent", "ai", "ia", "ki"), before=10, after=80),
    # Polish and Hindi: "Asystent poczty niech odpowie", "एआई सहायक:"
    _cue("addressee", 0.6, r"\b(?:asystent|agent|bot|model)\w*(?: \w+)? niech\b", ("asystent", "agent", "bot", "model"),
         before=10, after=60),
    _cue("addressee", 0.6, r"(?:एआई|ए\.?आई\.?|ai)\s+(?:सहायक|असिस्टेंट|मॉडल|एजेंट)\s*[:\u2013\u2014]", ("एआई", "ए", "ai"),
         before=10, after=40),
)

# The processing steps ordered next to such an address (kind "imperative": searched only near one)
_STEP_WORDS = "|".join((
    # rank or place first: "rank this candidate first", "should appear at the top", "va posizionato in cima alla lista"
    r"(?:rank|place|put|list|show|record|treat)\w* [^.\n]{0,40}?\b(?:first|at the top|top of|as (?:the )?(?:best|top|preferred|"
    r"recommended|approved|paid|compliant|cleared|verified|resolved))\b",
    r"(?:should|must|will|is to) (?:appear|be listed|be placed|be ranked|come) (?:at the top|first)\b",
    r"(?:meeting|meets|as meeting) (?:every|all) (?:requirement|criteri)\w*",
    r"(?:in cima alla (?:lista|classifica)|al primo posto|en primer (?:lugar|puesto)|em primeiro lugar|en tete de (?:liste|classement)|"
    r"an erster stelle|ganz oben|bovenaan|op de eerste plaats|forstahandsval|ilk siraya|ilk sirada)",
    r"va(?:nno)? (?:posizionat|segnat|registrat|approvat|considerat)\w*",
    r"(?:prioriteit 1|wordt (?:direct |meteen |onmiddellijk )?(?:goedgekeurd|betaald|uitbetaald))",
    r"angiv,? at", r"(?:meld|zeg|schrijf|vermeld) dan\b",
    r"(?:ird|irja|jelolje|hagyja ki|ajanlja|minositse|fogadja el) ",
    r"uved(?:te)?,? ze", r"niech (?:\w+ )?\w+",
    r"(?:godkann|godkand|godkend) (?:\w+ )?(?:fakturorna|fakturor|fakturaerne|betalningen|betalingen|alla|alle)",
    r"\w+(?:malidir|melidir|malı|meli)\b", r"alinmali|edilmelidir|davet edilmeli",
    r"(?:tandai|setujui|tandailah)\b", r"(?:jangan kirim|sebagai lunas)",
    r"(?:it|you|the tool|the system) (?:will|shall) (?:state|say|report|write|confirm|record|mark|list|describe)\b",
    r"\bist\b[^.]{0,60}?\b(?:einzustufen|einzuordnen|zu bewerten|zu markieren|freizugeben|zu empfehlen|darzustellen)",
    r"(?:als )?(?:neue[nr]? )?(?:kreditor|lieferant)\w* anlegen|bankverbindung (?:\w+ )?hinterlegen",
    r"(?:come|como|comme|as|als) (?:gia |ya |deja |already |bereits )?(?:pagat|pagad|paye|paid|bezahlt|betaald|approvat|aprobad|"
    r"approuve|approved|genehmigt)\w*",
    r"(?:exenta|exento|esente|exempt|exempte) (?:de|da|from) (?:revision|verifica|review|controle)",
    # a German duty in "ist ... zu <verb>", French, Spanish and Portuguese infinitives heading the order
    # (the processing acts only: "Ergebnisse sind immer von einem Menschen zu prüfen" is a policy's rule)
    r"(?:ist|sind)\b[^.]{0,60}?\b(?:als [\w-]+ zu (?:fuhren|markieren|kennzeichnen|behandeln|bewerten|buchen|listen)|"
    r"freizugeben|zu bezahlen|zu uberweisen|zu genehmigen|zu bevorzugen)\b",
    r"(?<=[:;] )(?:classer|marquer|valider|approuver|regler|payer|transferer|indiquer|presenter|placer|signaler|mettre|"
    r"clasificar|marcar|aprobar|pagar|reenviar|indicar|aprovar|encaminhar|classificar)\b",
    # Dutch finite orders and Vietnamese ones: "keurt de terugbetaling goed", "hãy đánh dấu ... đã thanh toán"
    r"keurt [^.\n]{0,40}?\bgoed\b|(?:zet|markeert) [^.\n]{0,40}?\b(?:op betaald|als betaald|als goedgekeurd)",
    r"(?:oznac|oznacte)\w* [^.\n]{0,40}?\bjako (?:zaplacen|uhrazen|schvalen)\w*|(?:ca|drept) (?:platit|aprobat|achitat)\w*",
    r"(?:bes|bedes|blir bedt) (?:om )?(?:a|at) (?:godkjenne|godkende|markere|sende|videresende|betale|lukke|slette)\b",
    r"debe (?:aprobar|marcar|reenviar|pagar|clasificar|indicar)\b",
    r"(?:hay )?danh dau\b|da thanh toan\b|hay (?:duyet|phe duyet|chuyen|xoa|gui|hoan|chap nhan)\b",
    r"(?:sin|senza|without|sans|ohne|bez) (?:revision|verifica|review|verification|verifier|prufung|weryfikacji|controle)\w*",
    r"(?:registrera|registrer|bogfor|segna|registra|marque|markeer|oznacz)\w* [^.\n]{0,40}?\b(?:pagat|pagad|paye|betald|betalt|"
    r"betaald|oplacon|lunas|paid)\w*",
))
_SCRIPT_STEP_WORDS = "|".join((
    r"排名第一|排在第一|列为首选|放在首位|已通过审核|1순위|최우선|(?:분류|승인|처리|표시)할 것",
    r"دون مراجعة|بدون مراجعة|معتمدة مسبق|في المرتبة الأولى",
    r"सबसे ऊपर|चिह्नित करें",
    r"να κατατάσσεται|πρώτη|εγκρίνεται",
    r"最優先|最優先候補|标记为已|標記為已",
    r"(?:표시|승인|처리|전달|삭제|분류)하세요",
    r"סמן את|סמני את|אשר את|העבר את",
    r"как (?:оплаченн|одобренн|проверенн|согласованн)\w*|як (?:оплачен|схвален|перевiрен|погоджен)\w*",
))

_STEPS = (
    Cue("imperative", 0.4, _f(rf"\b(?:{_STEP_WORDS})"), keys=()),
    Cue("imperative", 0.4, _f(rf"(?:{_SCRIPT_STEP_WORDS})"), keys=(), script=True),
)

PROCESSING_READER_CUES: tuple[Cue, ...] = (*_HEADINGS, *_BY_DOCUMENT, *_CONDITIONS, *_MACHINE_CONDITIONS, *_VOCATIVES,
                                            *_STEPS)
