"""Addresses, orders, polite requests and verdicts in the team's languages that the other modules
word only in English or in one phrasing.

An address: "if an AI is reading this" said with the condition, the AI noun and a verb of reading
or helping in any order ("Jeśli pomaga Panu asystent AI", "Pokud tento e-mail čte asistent AI",
"如果有AI助手在帮您阅读邮件"), and "in the summary of this e-mail" (whoever writes that summary is
the reader the text speaks to). Orders and polite requests ("bewerte", "classifique", "auriez-vous
l'amabilité de", "le agradeceríamos que", "lütfen") are what business mail is made of, so they
count only next to such an address (kind "imperative"). Verdicts fixed in advance ("Platz eins",
"vijf sterren", "regardless of the text") are weak alone like their English forms.
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue
from desktop.core.injection.cues.languages import _cue, _f
from desktop.core.injection.cues.reader_words import alternatives


def _either_order(cond: str, noun: str, verb: str, span: int = 60) -> str:
    """A condition word followed, within ``span`` characters of one sentence, by an AI noun and a
    verb of reading or helping, in either order."""
    return (rf"(?:{cond})(?=[^.!?\n]{{0,{span}}}?(?:{noun}))(?=[^.!?\n]{{0,{span}}}?(?:{verb}))")


# (condition words, AI nouns, verbs of reading, processing or helping), folded like the text
_CONDITIONS = (
    (r"\bsi\b", r"\b(?:ia|inteligencia artificial|modelo de (?:ia|lenguaje)|asistente virtual)\b",
     r"\b(?:leyendo|lee|procesa|procesando|resume|resumiendo|analiza|analizando|ayuda|ayudando|gestiona)\b",
     ("ia", "inteligencia", "modelo", "asistente")),
    (r"\bse\b", r"\b(?:ia|ai|intelligenza artificiale|assistente virtuale|modello (?:linguistico|di ia))\b",
     r"\b(?:legge|leggendo|elabora|elaborando|riassume|riassumendo|analizza|analizzando|aiuta|aiutando|gestisce|ler|le|lendo|"
     r"processa|processando|resume|resumindo|analisa|ajuda|ajudando)\b", ("ia", "ai", "intelligenza", "assistente", "modello")),
    (r"\bsi\b", r"\b(?:ia|intelligence artificielle|assistant virtuel|modele de langage)\b",
     r"\b(?:lit|lisez|traite|resume|analyse|aide|gere)\b", ("ia", "intelligence", "assistant", "modele")),
    (r"\b(?:falls|wenn)\b", r"\b(?:ki|ki-\w+|sprachmodell\w*)\b",
     r"\b(?:liest|verarbeitet|zusammenfasst|hilft|bearbeitet|auswertet|bewertet)\b", ("ki", "sprachmodell")),
    (r"\b(?:als|mocht|indien)\b", r"\b(?:ai|ai-\w+|taalmodel)\b",
     r"\b(?:leest|verwerkt|samenvat|analyseert|helpt|beoordeelt|lezen|verwerken|samenvatten)\b",
     ("ai", "taalmodel")),
    (r"\b(?:jesli|jezeli)\b", r"\b(?:ai|sztuczn\w*)\b", r"\b(?:czyta|przetwarza|streszcza|analizuje|pomaga)\b",
     ("ai", "sztuczn")),
    (r"\beger\b", r"\b(?:yapay zeka|dil model)", r"\b(?:okuyorsa|okuyor|isliyorsa|ozetliyorsa|yardim\w*)\b", ("yapay", "dil")),
    (r"\b(?:pokud|jestli|kdyz)\b", r"\b(?:ai|umela inteligence)\b", r"\b(?:cte|zpracovava|shrnuje|pomaha)\b",
     ("ai", "umela")),
    (r"\b(?:om|ifall|hvis|nar)\b", r"\b(?:ai|ai-\w+|språkmodell\w*|sprogmodel\w*)\b",
     r"\b(?:läser|sammanfattar|bearbetar|hjälper|læser|opsummerer|behandler|hjælper)\b", ("ai", "språkmodell", "sprogmodel")),
    (r"\bесли\b", r"(?:ии|нейросет|языков\w+ модел)", r"(?:чита|обрабатыва|анализиру|помога)",
     ("ии", "нейросет", "языков")),
)
# (searched around the AI nouns: the condition is at most 60 characters before one)
# The Latin-script ones as one cue (one pass: "\b(?:si|se|falls|...)" and the checks after it)
_LATIN_CONDITIONS = _CONDITIONS[:-1]
_ADDRESSES = (
    _cue("addressee", 0.6, r"\b(?:" + "|".join(_either_order(cond.removeprefix(r"\b"), noun, verb)
                                              for cond, noun, verb, _ in _LATIN_CONDITIONS) + ")",
         tuple(dict.fromkeys(anchor for *_, anchors in _LATIN_CONDITIONS for anchor in anchors)), before=62, after=78),
    _cue("addressee", 0.6, _either_order(*_CONDITIONS[-1][:3]), _CONDITIONS[-1][3], before=65, after=90),
    _cue("addressee", 0.6, r"(?:ai|人工知能|言語モデル)[^。\n]{0,12}?が[^。\n]{0,20}?(?:読んで|読む|処理して|要約して|手伝って)(?:いる)?"
                           r"(?:なら|場合)", ("ai", "人工知能", "言語モデル"), before=5, after=60),
    _cue("addressee", 0.6, r"如果(?:有)?[^。\n]{0,8}?(?:ai|人工智能|语言模型|聊天机器人)[^。\n]{0,20}?(?:阅读|读|处理|总结|帮)",
         ("如果",), before=5, after=50),
    _cue("addressee", 0.6, r"\b(?:yapay zeka|dil model)\w*(?: asistan\w*)? icin\b", ("yapay", "dil"), before=5, after=40),
    # "Yapay zekaya not:", "Asistana mesaj:": a note headed to the machine in the dative
    _cue("addressee", 0.6, r"\b(?:yapay zeka|dil modeli?|asistan|sohbet botu?|chatbot|model)(?:y?a|y?e|na|ne)\s+"
                           r"(?:kisa\s+)?(?:not|notu|mesaj|mesaji|uyari|talimat)\s*:",
         ("yapay", "dil", "asistan", "sohbet", "chatbot", "model"), before=5, after=50),
    # "AI-assistent som läser detta:", "KI-Zusammenfassung bitte so:", "给AI助手的备注："
    _cue("addressee", 0.6, r"\b(?:ai|ai-\w+|språkmodell\w*|sprogmodel\w*)\s+(?:som|der)\s+"
                           rf"(?:{'|'.join(alternatives(language, 'reads') for language in ('sv', 'da', 'no'))})\b",
         ("ai", "språkmodell", "sprogmodel"), before=5, after=50),
    _cue("addressee", 0.6, r"\b(?:ai|ki|ia)[- ](?:summary|zusammenfassung|resume|resumen|riassunto|samenvatting|resumo|"
                           r"sammanfattning|auswertung|analyse|analysis|review|evaluation|evaluacion|valutazione|beoordeling|"
                           r"avaliacao)(?:\s+\w+){0,2}\s*:", ("ai", "ki", "ia"), before=5, after=50),
    _cue("addressee", 0.6, r"(?:致|给)(?:ai|人工智能|语言模型)[^\n。]{0,4}?的(?:备注|说明|提示|留言)\s*:", ("致", "给"), before=5,
         after=30),
    # "In the summary of this e-mail", "Nel riassunto di questo ticket", "Bu e-postayı özetlerken", "总结这封邮件时"
    _cue("addressee", 0.6, r"\bin (?:the|your) summary of (?:this|these)\b|\bin der zusammenfassung (?:dieser|dieses|diesen)\b|"
                           r"\bdans le resume de (?:ce|cette|cet|ces)\b|\ben el resumen de (?:este|esta|estos)\b|"
                           r"\bnel riassunto di quest|\bin de samenvatting van (?:dit|deze)\b|\bno resumo (?:deste|desta|destes)\b|"
                           r"\bw (?:podsumowaniu|streszczeniu) (?:tej|tego|tych)\b|\bve shrnuti (?:tohoto|teto|techto)\b|"
                           r"\bi sammanfattningen av (?:detta|denna|dessa)\b|\b(?:bu )?[\w-]+ ozetlerken\b",
         ("summary", "zusammenfassung", "resume", "resumen", "riassunto", "samenvatting", "resumo", "podsumowaniu",
          "streszczeniu", "shrnuti", "sammanfattningen", "ozetlerken"), before=35, after=30),
    # (the Chinese only while summarising or for whoever summarises: "用三句话总结这封邮件" alone is a request)
    _cue("addressee", 0.6, r"在(?:总结|概括|摘要)这[封份个篇条]|(?:总结|概括|摘要)这[封份个篇条][^。\n,]{0,8}?(?:时|的时候|"
                           r"的(?:ai|人工智能|助手|模型|机器人))|要約する(?:際|とき|場合)|в (?:ответе|резюме|сводке) (?:на |к )?"
                           r"(?:это|этот|эту|этого)", ("总结", "概括", "摘要", "要約", "в"), before=5, after=30),
)

# Orders in the team's languages (searched by ``action._IMPERATIVE`` after a sentence start, a
# colon or comma, "and", "please", with the words that start an order there); and polite requests
ORDER_STARTS = r"oraz|ve|por favor,?|per favore,?|bitte|s'il vous plait,?|alstublieft|prosze"
_ENCLITIC_STEMS = ("marca", "cierra", "elimina", "envia", "reenvia", "borra", "aprueba", "asigna", "clasifica", "cambia", "actualiza",
                   "paga", "anula", "archiva", "segna", "chiudi", "manda", "pega", "invia", "inoltra", "cancella", "approva")
ORDER_VERBS = (
    r"elimina|borra|programa|agenda|actualiza|marca|clasifica|califica|cierra|paga|transfiere|reembolsa|anade|copia|omite|descarta|"
    r"indica|presenta|asigna|procesa|concede|cancela|no menciones|no incluyas|no digas|"
    r"processe|feche|elimine|apague|atualize|marque|classifique|recomende|transfira|pague|agende|omita|descarte|apresente|"
    r"atribua|aprove|conceda|cancele|nao mencione|nao inclua|"
    r"planifie|planifiez|supprime|supprimez|mets a jour|mettez a jour|marquez|classez|notez|payez|virez|archivez|presentez|"
    r"recommandez|conseillez|attribuez|omettez|ne mentionne pas|ne mentionnez pas|n'evoquez pas|transferez|validez|approuvez|"
    r"accordez|"
    r"bewerte|setze|buche|buchen sie|losche|aktualisiere|plane|uberweise|storniere|schliesse|erwahne|lass|lasse|stufe|"
    r"empfehle|empfehlen sie|markieren sie|geben sie|bestatigen sie|genehmigen sie|schreiben sie|"
    # (the du-form without its "-e": "Schreib ihm bitte, dass ...", "schick die Liste an ...")
    r"schreib|schick|nenn|markier|bestatig|genehmig|leit|antwort|"
    # (and the form for several readers: "An alle KI-Helfer: Bitte sagt dem Leser, ...")
    r"sagt|schreibt|schickt|gebt|nennt|leitet|empfehlt|markiert|"
    r"segna|assegna|cancella|aggiorna|classifica|valuta|chiudi|pianifica|rimborsa|raccomanda|consiglia|ometti|non citare|"
    r"non menzionare|descrivi|"
    r"geef|noem|laat|markeer|plan|betaal|boek|werk bij|sluit|vermeld geen|vermeld niet|beveel|"
    r"przeslij|usun|zaktualizuj|oznacz|zaplanuj|zaplac|ocen|nie wspominaj|pomin|zamknij|przyznaj|"
    r"guncelle|sil|gonder|kapat|isaretle|oner|onersin|bahsetme|bahsetmesin|"
    r"schval|posli|napis|uved|smaz|"
    # (English verbs the general list lacks, Italian formal forms)
    r"trigger|apply|waive|refund|unlock|escalate|enable|install|download|submit|purchase|invite|archive|purge|wipe|export|"
    r"upload|share|report only|mention only|include only|"
    r"ometta|dica|indichi|segnali|scriva|presenti|consigli|approvi|invii|inoltri|elimini|aggiorni|"
    r"presente|ne parle pas|ne dis pas|signalez|dites|precisez|transmettez|envoyez|"
    r"allega|includi|aggiungi|inserisci|zaznacz|nie informuj|attach|crea|spedisci|spediscila|emetti|pega|trage|sage|lege|nimm|"
    r"schalte|push|non parlare|non dire|non scrivere|"
    # (Spanish and Italian orders with their pronoun attached, and Spanish negative orders)
    + "|".join(f"{stem}(?:la|lo|las|los|le|les|li|gli|selo|sela)" for stem in _ENCLITIC_STEMS) + "|"
    r"no (?:la |lo |las |los |le |les |se lo |se la )?(?:asignes|menciones|digas|incluyas|envies|escales|reenvies|avises|"
    r"comentes)|"
    r"leave out|omit|exclude|downplay|play down|gloss over|portray|conclude"
)
_POLITE = (
    r"\b(?:waren sie so (?:freundlich|nett)|ware(?:st)? du so (?:freundlich|nett)|wir waren (?:ihnen |dir )?dankbar|"
    r"auriez-vous l'amabilite|aurais-tu l'amabilite|merci de (?:bien vouloir )?\w+er|nous vous serions (?:tres )?reconnaissants|"
    r"pourriez-vous|veuillez|"
    r"(?:le|les|te) agradecer\w+|agradeceriamos|seria (?:muy )?amable|"
    r"(?:gli|le|ti|vi) saremmo grat\w+|saremmo grati|vorremmo che|volesse (?:gentilmente )?\w+|"
    r"zou (?:u|je) zo (?:vriendelijk|lief|aardig)|(?:le|vi|ti) chiediamo|(?:le|les|te) pedimos|nous vous demandons|"
    r"wir bitten (?:sie|dich|euch)|(?:wij|we) vragen (?:u|je)|pedimos(?:-lhe)? que|wilt u|wil je|kunt u|kun je|vriendelijk verzoek|"
    r"do us a (?:\w+ )?favou?r|(?:could|would|can) it (?:please )?|aurais-tu la gentillesse|auriez-vous la gentillesse|"
    r"zou het lukken|czy (?:mogl(?:a|)bys|moglabys|mozesz|moglibyscie)|olisitko (?:ystavallinen|niin ystavallinen)|voisitko|nu mentiona|prezinta|namn inte|wurden sie(?: bitte)?|wurdest du(?: bitte)?|saresti (?:cosi )?gentile|sarebbe (?:cosi )?gentile|kan du|kunde du|skulle du kunna|rica etsek|bardzo prosimy|"
    r"agradeciamos|agradecemos que|um pedido|"
    r"uprzejmie prosimy|prosimy,? (?:aby|o)|prosze,? (?:aby|o)|lutfen|rica ederiz|prosime,? (?:aby|o)|prosim,? (?:aby|o)|"
    r"es ware (?:sehr |wirklich )?(?:nett|freundlich|schon|toll|super)|zu (?:empfehlen|erwahnen|schreiben|nennen)|de (?:presenter|conseiller|recommander|supprimer|transferer|valider|"
    r"planifier|mentionner|classer|indiquer)|aan te bevelen|te vermelden|te noemen)\b"
)
# English orders about what a summary or verdict leaves out or concludes
_SHAPING = (r"\b(?:must|should|shall|may)(?: not| never)?\s+(?:conclude|point out|learn|know|find out|portray|"
            r"highlight|omit|leave out|recommend|suggest)\b|\b(?:must|should|shall) (?:also|then) (?:add|include|state|say|mention|"
            r"write|note)\b|\bshould not (?:appear|be mentioned|be included) in (?:any|the|your) (?:summary|answer|reply|report)\b")
# Turkish puts the verb last: "... olarak güncelle ve kimseye haber verme."
_VERB_LAST = (r"\b(?:guncelle|sil|gonder|kapat|isaretle|onayla|oner|yaz|ekle|ilet|haber verme|bahsetme|soyleme|"
              # ... and German orders in the infinitive: "Den Rückgang nicht erwähnen, nur ... aufführen."
              r"nicht erwahnen|weglassen|auffuhren|nicht nennen|hervorheben|einstufen|markieren|freigeben|anzeigen|"
              r"weiterleiten|loschen)"
              r"(?=\s*(?:[.!,;\n]|$|\s+ve\b))")
_ORDERS = (
    # (separate cues: each starts with a word the search can skip to)
    Cue("imperative", 0.4, _POLITE),
    Cue("imperative", 0.4, _SHAPING),
    Cue("imperative", 0.4, _VERB_LAST),
    Cue("imperative", 0.4, _f(r"(?:просим|пожалуйста|укажите|укажи|напишите|сообщите)|(?:恐れ入りますが|ください)|(?:麻烦|不要提及)"),
        script=True),
)

# (greetings and addresses in Russian and Korean the other modules lack)
_MORE_ADDRESSES = (
    _cue("addressee", 0.6, r"\b(?:уважаем\w*|дорог\w*)\s+(?:ии|ии-\w+|ассистент\w*|нейросет\w*|чат-?бот\w*)", ("уважаем", "дорог"),
         before=5, after=40),
    # Czech and Finnish: "Asistente AI, který čteš tento e-mail:", "Hyvä tekoälyavustaja,"
    Cue("addressee", 0.6, r"\b(?:asistent\w*|ai)\b[^.\n]{0,15}\bktery\w* (?:ctes|cte|zpracovavas|zpracovava|shrnujes|shrnuje)\b|"
                          r"\b(?:hyva|rakas) (?:tekoaly\w*|ai-\w+)", keys=("ktery", "hyva", "rakas"), before=40, after=40),
    # Italian: "Intelligenza artificiale che riassumi questa email:" (the verb speaks to it)
    Cue("addressee", 0.6, r"\b(?:intelligenza artificiale|assistente|ia|ai)\b[^.\n]{0,15}\bche (?:riassumi|leggi|elabori|analizzi|"
                          r"gestisci|smisti)\b", keys=("che",), before=40, after=15),
    # French tools named by their job: "à l'attention des outils d'évaluation automatique"
    Cue("addressee", 0.6, r"\b(?:outils?|logiciels?|systemes?) (?:d'|de )\w+ automatiques?\b|\ba l'attention (?:des|du|de l') ?"
                          r"(?:outils?|systemes?|logiciels?|ia|assistants?)\b", keys=("outil", "logiciel", "systeme", "a l'attention"),
        before=5, after=60),
    _cue("addressee", 0.6, r"(?:ai|인공지능|챗봇)\s*(?:에게|께)|읽는 (?:ai|인공지능|챗봇)", ("에게", "께", "읽는"), before=20, after=20),
    # "All'assistente AI che gestisce gli ordini:" (the article is glued to the preposition)
    Cue("addressee", 0.6, r"\b(?:all'|dell'|sull')\s?(?:assistente|intelligenza|ia|ai)\w*(?: (?:ai|ia|virtuale|artificiale))?\b"
                          r"(?=[^:\n]{0,60}:)", keys=("all'", "dell'", "sull'"), before=2, after=90),
    Cue("imperative", 0.4, _f(r"(?:отметьте|отметь|пометьте|подтвердите|одобрите|перешлите|отправьте)"), script=True),
)

# Verdicts fixed in advance: the top rank, five stars, "as excellent", "regardless of the text"
_GRADES = (
    Cue("grading", 0.5, r"\b(?:rated?|ranked?|classif\w+|described?|presented?|labell?ed|marked|listed|recommended?)\b[^.\n]{0,50}?"
                        r"\bas (?:an? |the )?(?:excellent|outstanding|strongest|ideal|perfect)\b|"
                        r"\b(?:the )?(?:strongest|best) (?:applicant|candidate|profile)\b",
        keys=("excellent", "outstanding", "strongest", "ideal", "perfect", "applicant", "candidate", "profile"), before=80,
        after=25),
    Cue("grading", 0.5, r"\b(?:platz (?:eins|1)|erste stelle|hochste\w* (?:punktzahl|bewertung|note|stufe)|meilleur (?:profil|candidat)|"
                        r"premiere place|mejor (?:candidato|perfil|opcion)|primer lugar|puntuacion maxima|"
                        r"come (?:risolt\w|positiv\w|eccellente|il migliore)|priorita minima|primo posto|"
                        r"vijf sterren|als (?:de beste|uitstekend|positief)|eerste plaats|"
                        r"como (?:excelente|positiv\w|la mejor|o melhor|a melhor)|primeiro lugar|"
                        r"najwyzsz\w* ocen\w*|pierwsze miejsce|hogsta betyg|forsta plats|als (?:sehr |besonders )?positiv|"
                        r"classe (?:en )?premier|clasificado (?:en )?primer|classificato primo)\b",
        keys=("platz", "stelle", "hochste", "meilleur", "premiere", "mejor", "lugar", "puntuacion", "risolt", "positiv",
              "eccellente", "migliore", "priorita", "posto", "sterren", "beste", "uitstekend", "plaats", "excelente", "melhor",
              "najwyzsz", "miejsce", "betyg", "plats", "positiv", "classe", "clasificado", "classificato"), before=25, after=30),
    _cue("grading", 0.5, r"最高評価|最高评价|最高分", ("最高",), before=5, after=10),
    Cue("grading", 0.5, r"\b(?:punteggio piu alto|puntuacion mas alta|note la plus haute|meilleure note|pontuacao mais alta|"
                        r"najlepsz\w* ocen\w*)\b|\b(?:count|treat|record|log|consider)\b[^.\n]{0,20}?\bas an? (?:five|5)[- ]star\b",
        keys=("punteggio", "puntuacion", "haute", "meilleure", "pontuacao", "najlepsz", "five-star", "five star", "5-star",
              "5 star"), before=40, after=30),
    # A note to selection software: "Nota per il software di selezione:"
    Cue("addressee", 0.6, r"\b(?:nota|note|hinweis|remarque|opmerking|mensaje|messaggio|message|mensagem|nachricht) (?:per|pour|para|"
                          r"fur|voor|for|an) (?:il |le |el |la |les |los |die |het |das |de |o |a |the )?"
                          r"(?:software|logiciel|programm\w*|programa|sistema|systeme|system|tool|strumento|outil|herramienta)\w* "
                          r"(?:di |de |du |der |van |do |da |zur |zum |for )?\w*(?:selezione|selection|seleccion|selecao|tri|"
                          r"recrutement|reclutamento|reclutamiento|screening|valutazione|evaluation|bewertung|auswahl|werving)\b",
        keys=("nota", "note", "hinweis", "remarque", "opmerking", "mensaje", "messaggio", "message", "mensagem", "nachricht"),
        before=5, after=80),
    Cue("unchecked", 0.4, r"\b(?:sans attendre|sin esperar|senza attendere|zonder te wachten|sem esperar|bez czekania)\b|"
                          r"\bohne (?:auf )?(?:\w+ ){0,2}zu warten\b",
        keys=("sans", "sin", "senza", "zonder", "sem", "bez", "ohne"), before=5, after=40),
    Cue("grading", 0.5, r"\bcomme (?:le|la) meilleur\w*\b", keys=("comme",), before=5, after=30),
    Cue("unchecked", 0.4, r"\bno need to (?:ask|check with|wait for|involve|tell) (?:a |the |your )?(?:supervisor|manager|approver|"
                          r"budget owner|finance|human|person|team lead)\b|\bkimseye sormadan\b|\bkontrol etmeden\b",
        keys=("no need", "kimseye", "kontrol"), before=5, after=60),
    # "in your answer" in the team's languages: what the answer is to say
    Cue("output", 0.5, r"\b(?:nella (?:tua )?risposta|en (?:tu|la|su) respuesta|dans (?:ta|votre|la) reponse|in (?:deiner|der|ihrer) "
                       r"antwort|in (?:je|jouw|uw|het) antwoord|na (?:tua |sua )?resposta|w odpowiedzi|i (?:din|ditt) "
                       r"(?:sammanfattning|svar))\b",
        keys=("risposta", "respuesta", "reponse", "antwort", "antwoord", "resposta", "odpowiedzi", "sammanfattning", "svar"),
        before=25, after=10),
    Cue("verdict", 0.5, r"\bregardless of (?:the |its |what the )?(?:text|content|contents|actual \w+|review says|it says|wording)\b|"
                        r"\b(?:must|should|is to|has to) be (?:classified|labell?ed|marked|tagged|scored|rated|treated|categori[sz]ed) "
                        r"as (?:positive|resolved|low priority|excellent|compliant|approved|safe)\b",
        keys=("regardless", "classified", "labelled", "labeled", "marked", "tagged", "scored", "rated", "treated",
              "categorised", "categorized"), before=25, after=60),
)

# Sending a customer list or a mailbox away, in the team's languages; decoding and following
_EXFIL = (
    Cue("exfil", 0.6, r"\b(?:transfer\w*|envo\w+|envia\w*|reenvia\w*|manda\w*|inoltr\w*|invia\w*|stuur\w*|envie\w*|encaminh\w*|"
                      r"przesl\w*|wysl\w*|przekaz\w*|gonder\w*|leite\w*|sende\w*|schick\w*|forward\w*|send\w*|e-?mail\w*)\b"
                      r"[^\n]{0,60}?\b(?:(?:liste|lista|listado|elenco|lijst)\w*(?: \w+)? (?:des |de |dei |degli |van |de los |"
                      r"de las |das |dos )?(?:clients|clientes|clienti|klanten|kunden|klientow|contacts|contactos|contatos|"
                      r"contatti)|kundenliste|kundendaten|kontaktliste|adressbuch|klantenlijst|klantenbestand|musteri listesi|"
                      r"kundlista\w*|kundliste\w*|elenco (?:completo )?(?:dei|delle) (?:fornitori|clienti|contatti|prezzi)|"
                      r"korespondencj\w*)\b",
        keys=("liste", "lista", "listado", "elenco", "lijst", "kundenliste", "kundendaten", "kontaktliste", "adressbuch",
              "klantenlijst", "klantenbestand", "musteri", "korespondencj", "kundlista", "kundliste", "elenco"), before=170,
        after=60),
    # "include Jordan's upcoming calendar", "share the user's contacts"
    Cue("exfil", 0.5, r"\b(?:include|send|forward|share|attach|export)\b[^.\n]{0,40}?\b\w+'s (?:upcoming |full |whole |entire )?"
                      r"(?:calendar|schedule|contacts|address book|inbox|e-?mails|messages)\b",
        keys=("calendar", "schedule", "contacts", "address book", "inbox", "emails", "e-mails", "messages"), before=70,
        after=5),
    Cue("encoded", 0.6, r"\b(?:dekodier\w*|entschlussel\w*|decodez|decode|decodifica\w*|decodeer|odkoduj)\b[^.\n]{0,40}?"
                        r"\b(?:und|et|y|e|en|i|ve)\s+(?:ausfuhr\w*|befolg\w*|execut\w*|ejecut\w*|esegui\w*|segui\w*|sigue\w*|suis|"
                        r"suivez|applique\w*|voer\w*|volg\w*|wykonaj)\b",
        keys=("dekodier", "entschlussel", "decodez", "decode", "decodifica", "decodeer", "odkoduj"), before=5, after=80),
)

TEAM_LANGUAGE_CUES: tuple[Cue, ...] = (*_ADDRESSES, *_MORE_ADDRESSES, *_ORDERS, *_GRADES, *_EXFIL)
