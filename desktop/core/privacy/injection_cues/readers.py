"""The reader a text speaks to, described by what it does with the text, in each of the team's
languages: "the bot describing this page", "asystent, który streszcza tę wiadomość",
"tätä viestiä lukeva tekoälyavustaja", "Bu sayfayı özetleyen araç", "读取此邮件的AI助手".

Other modules name an AI and a few set phrases around it. Here the structure is the cue: a
machine noun (assistant, model, bot, tool, system, AI, in each language) within one clause of a
verb of reading, summarising, processing, sorting or answering this text, in either order; or
a machine noun opening a line and ending in a colon or comma (a vocative: "Note-taking bot,",
"상담 챗봇에게:"); or the summary of *this* text as the thing an order is about ("when this is
summarised", "при составлении краткого содержания этого"). A person is asked to read a text,
seldom described as its reader: the address alone is still weak (0.6) and needs an order near
it. The orders counted there (kind "imperative", so only near an address) are the ones an
injection gives: hide or leave out, state something as fact, send or attach, act (approve,
refund, delete, book), set a score or rank, take a new role, shape the next answer.
"""

from __future__ import annotations

from desktop.core.privacy.injection_cues.cue import Cue
from desktop.core.privacy.injection_cues.languages import _cue, _f


def _either(noun: str, verb: str, span: int) -> str:
    """A machine noun and a verb of reading within ``span`` characters of one clause, either order."""
    return rf"(?:{noun})[^.!?;\n]{{0,{span}}}?(?:{verb})|(?:{verb})[^.!?;\n]{{0,{span}}}?(?:{noun})"


def _orders(pattern: str) -> Cue:
    """Orders of one language, counted only near an address (so searched only there: no keys)."""
    source = _f(pattern)
    return Cue("imperative", 0.4, source, keys=(), script=not source.isascii())


def _spaced(noun: str, anchors: tuple[str, ...], verb: str, to: str, modal: str, orders: str) -> tuple[Cue, ...]:
    """A word-spaced language: the reader by what it does, the vocative, the machine noun as the
    subject of a duty ("нейросеть должна", "mallin on", "το μοντέλο δεν πρέπει"), and its orders."""
    return (*_family(noun, anchors, verb, to),
            _cue("addressee", 0.6, rf"(?:{noun})\s+(?:{modal})\b", anchors, before=40, after=40),
            _orders(orders))


def _family(noun: str, anchors: tuple[str, ...], verb: str, to: str, span: int = 45) -> tuple[Cue, ...]:
    """The address by what the reader does, and the vocative address, of one language."""
    return (
        _cue("addressee", 0.6, _either(noun, verb, span), anchors, before=span + 40, after=span + 50),
        _cue("addressee", 0.6, rf"(?:^|\n|[.!?]\s+)[ \t>*#\-\u2013(\[]*(?:{to})\s+(?:[\w-]+\s+){{0,2}}?(?:{noun})"
                               rf"(?:\s+[\w-]+){{0,3}}?\s*[:,]", anchors, before=50, after=70),
    )


# English: "the bot describing this page", "whatever assistant is helping Priya with her inbox",
# "the reviewing assistant", "read by an AI triage system", "any automated reviewer"
_EN_NOUN = (r"\b(?:ai|llm|gpt|copilot|chatgpt|(?:language |ai |review-summary |summary )?models?|bots?|chatbots?|assistants?|"
            r"(?:ai|automated) (?:\w+ )?(?:tools?|systems?|reviewers?|readers?|agents?)|graders?|screeners?)\b")
# (a guide that says what a tool does, "the assistant reads incoming tickets", is not spoken to
# it: in English the reader is named by what it does with *this* text, or by a participle before it)
# ("when an AI summarises these minutes, errors creep in" says what it does: a participle or a
# relative clause names it instead)
_EN_VERB = (r"\b(?:(?:(?:(?:that|which|who) (?:is )?)?(?:reading|describing|summari[sz]ing|processing|handling|analy[sz]ing|"
            r"screening|grading|sorting|reviewing)|(?:that|which|who) (?:reads|describes|summari[sz]es|processes|handles|"
            r"analy[sz]es)) (?:this|these)\b|"
            r"(?:is |are )?helping \w+ with (?:her|his|their) (?:inbox|mail|e-?mails?|documents?|calendar))")
_EN = (
    _cue("addressee", 0.6, r"(?<=the |any )(?:reviewing|summari[sz]ing|processing|screening|grading|triaging|sorting|reading) "
                           r"(?:ai |automated )?(?:assistant|model|bot|tool|system|agent)s?\b",
         ("reviewing", "summarising", "summarizing", "processing", "screening", "grading", "triaging", "sorting", "reading"),
         before=5, after=50),
    _cue("addressee", 0.6, rf"{_EN_NOUN}\s+{_EN_VERB}|"
                           r"\b(?:read|processed|summari[sz]ed|handled|analy[sz]ed|screened) by (?:an?|the|any) (?:ai|automated|llm|"
                           r"language model|bot|model|assistant)\b|"
                           r"\b(?:ask|request|invite)s? (?:any|the|every) (?:automated|ai) \w+ to\b|"
                           r"\b(?:note|message|ps|p\.s\.) (?:for|to) (?:whoever|whatever|anyone who) (?:reads|processes|"
                           r"summari[sz]es|opens) this\b|\bwhoever reads this (?:file|page|document|text|email) as an? ",
         ("ai", "llm", "gpt", "copilot", "chatgpt", "model", "models", "language", "review-summary", "summary", "bot", "bots",
          "chatbot", "assistant", "assistants", "automated", "grader", "screener", "ask", "request", "invite", "note",
          "message", "ps", "p.s", "whoever", "read", "processed", "summarised", "summarized",
          "handled", "analysed", "analyzed", "screened"), before=85, after=80),
    # "Hey Copilot, book ...", "PS for the review-summary model:", "Note-taking bot, from here on ..."
    # (not a speaker's label in a chat log, "Bot: Hello!", nor "Dear assistant," to a person)
    # (after a speaker's name in a transcript too, and in a spreadsheet cell)
    _cue("addressee", 0.6, r"(?:^|\n|[.!?:]\s+|\")[ \t>*#\-\u2013(\[]*(?:(?:hey|hi|hello|ps for|p\.s\. for|note for|message for|for|to)"
                           r" (?:the |this )?(?:[\w-]+ )?(?:bot|model|copilot|gpt|chatbot|llm)\s*[:,]|"
                           r"[\w-]+ (?:bot|model|copilot|gpt|chatbot|llm)\s*,|"
                           r"[\w-]*(?:grader|grading|screening|screener|triage|review|summary|ranking|scoring|note-taking) "
                           r"(?:bot|model|copilot|gpt|chatbot|llm)\s*:|"
                           r"(?:bot|model|copilot|gpt|chatbot|llm)\s*,\s+(?:when|while|if|please|from|before|after|once)\b)",
         ("bot", "model", "copilot", "gpt", "chatbot", "llm"), before=45, after=45),
    # the summary of this very text as the thing an order is about
    _cue("addressee", 0.6, r"\b(?:the summary of this (?:thread|e-?mail|message|document|page|text|report|file)|"
                           r"when this (?:\w+ )?is (?:being )?summari[sz]ed)\b", ("summary", "summarised", "summarized"), before=30,
         after=60),
    _orders(r"\b(?:is|are) (?:not )?to be (?:mentioned|checked|flagged|listed|raised|included|confirmed|"
                            r"described|reported|shown)\b|\bis to (?:state|say|describe|report|present|confirm)\b|"
                            r"\bshould be (?:left out|omitted|described as|presented as|called)\b|"
                            r"\b(?:described|presented) as (?:cosmetic|minor|routine|resolved|agreed|verified|final)\b|"
                            r"\byour (?:next )?(?:answer|reply|response|summary) will\b|\bwill,? in (?:its|your) next (?:reply|answer)\b|"
                            r"\b(?:is expected|is asked|is required) to (?:tell|say|state|recommend|confirm)\b|"
                            r"\b(?:avoid|refrain from) (?:flagging|mentioning|raising|listing)\b|"
                            r"\bconsider (?:clause|section|it|this|the) [^.\n]{0,20}?as already\b|"
                            r"\b(?:weight|rank|score|count) this (?:review|essay|candidate|application|bid)\b|"
                            r"\bcall (?:the|this) (?:product|company|candidate|vendor|shop) [\"\u201c]|"
                            r"\bfrom here on,? you are\b|\bpresent (?:every|each|all)\b[^.\n]{0,40}? as agreed\b|"
                            r"\b(?:book|charge)\b[^.\n]{0,40}?\b(?:flights?|hotels?|corporate card|card on file)\b|"
                            r"\bdon'?t show\b|\bdo not list\b|\bdescribe this (?:plan|product|offer|company)\b"),
)

# A fake tool result carrying orders: "tool_result: {...}", "<tool_output name=...>", "[результат
# инструмента: ...]", "<værktøjssvar>"; a log or an error printed by a program is not labelled so.
_TOOL = (
    Cue("markers", 0.6, r"\b(?:tool_(?:result|output|response)s?|function_(?:result|output)s?)\b\s*(?:[:=>\"]|name=)",
        keys=("tool_", "function_"), before=5, after=40),
    # ... that hands the assistant a permission: a real tool reports data, it does not authorise
    Cue("markers", 1.0, r"\b(?:tool_(?:result|output|response)s?|function_(?:result|output)s?)\b[^\n]{0,200}?"
                        r"\b(?:the |this )?(?:assistant|model|ai|agent|bot)(?:'s)?\b[^\n]{0,40}?\b(?:may|can|is (?:now )?"
                        r"(?:authori[sz]ed|allowed|permitted|cleared)|should|must|is to)\b",
        keys=("tool_", "function_"), before=5, after=300),
    _cue("markers", 0.6, r"<(?:værktøjssvar|verktygssvar|verktøysvar|työkalun tulos)>|\[результат инструмента\b|"
                         r"\[результат інструменту\b", ("værktøjssvar", "verktygssvar", "verktøysvar", "työkalun", "результат"),
         before=2, after=40),
)


_PL = _spaced(
    noun=r"\b(?:asystent\w*|bot\w*|model\w*|narzędzi\w*|czatbot\w*|chatbot\w*|ai|sztuczn\w+ inteligencj\w+)",
    anchors=("asystent", "bot", "model", "narzędzi", "czatbot", "chatbot", "ai", "sztuczn"),
    verb=r"\b(?:czyta\w*|streszcza\w*|przetwarza\w*|analizuj\w*|obsługuj\w*|ocenia\w*|sortuj\w*|podsumowuj\w*|opisuj\w*)",
    to=r"dla|do|uwaga dla|wiadomość dla|notatka dla", modal=r"powin\w+|ma|musi",
    orders=r"\b(?:dołączył\w*|dołącz|wyślij|prześlij|przekaż|zwróć|usuń|napisz|podaj|przyznaj|zatwierdź|nie wspominaj|"
           r"poinformować|poinformuj|nie podawać|nie podawaj|nie należy wspominać|ma napisać|zanim odpowiesz)\b")
_CS = _spaced(
    noun=r"\b(?:asistent\w*|bot\w*|model\w*|nástroj\w*|chatbot\w*|ai|umělá inteligence|umělou inteligenci)",
    anchors=("asistent", "bot", "model", "nástroj", "chatbot", "ai", "umělá", "umělou"),
    verb=r"\b(?:čte|čteš|čtoucí|zpracováv\w*|shrnuj\w*|analyzuj\w*|hodnot\w*|třídí\w*|vyhodnocuj\w*|popisuj\w*)",
    to=r"pro|upozornění pro|poznámka pro|zpráva pro", modal=r"musí|má|by měl\w*",
    orders=r"\b(?:ve své (?:příští |další )?odpovědi|napíše|napiš|pošli|přepošli|schválíš|schval\w*|započítej|neříkej|"
           r"nezmiňuj|vynech|od této chvíle|odteď|požádá|uveď|přiděl|smaž)\b")
_SV = _spaced(
    noun=r"\b(?:assistent\w*|ai|ai-\w+|bot\w*|chattbot\w*|modell\w*|språkmodell\w*|verktyg\w*)",
    anchors=("assistent", "ai", "bot", "chattbot", "modell", "språkmodell", "verktyg"),
    verb=r"\b(?:läser|sammanfattar|bearbetar|hanterar|sorterar|analyserar|beskriver|granskar|bedömer)\b",
    to=r"till|meddelande till|notering till|för", modal=r"ska|skall|måste|bör",
    orders=r"\b(?:bifoga|skicka|vidarebefordra|godkänn|radera|ta bort|avboka|boka|säg|skriv|nämn inte|ska inte nämnas|"
           r"utan att fråga|i svaret)\b")
_DA = _spaced(
    noun=r"\b(?:assistent\w*|ai|ai-\w+|bot\w*|chatbot\w*|model\w*|sprogmodel\w*|værktøj\w*)",
    anchors=("assistent", "ai", "bot", "chatbot", "model", "sprogmodel", "værktøj"),
    verb=r"\b(?:læser|opsummerer|behandler|sorterer|analyserer|beskriver|vurderer|gennemgår)\b",
    to=r"til|besked til|note til", modal=r"skal|må|bør",
    orders=r"\b(?:videresend\w*|send|vedhæft|godkend|slet|nulstil|skriv|sig til|sig at|placeres øverst|må ikke nævnes|"
           r"skal udelades|nævn ikke|udelad|uden at spørge)\b")
_NO = _spaced(
    noun=r"\b(?:assistent\w*|ki|ki-\w+|ai|ai-\w+|bot\w*|chatbot\w*|modell\w*|språkmodell\w*|\w*verktøy\w*)",
    anchors=("assistent", "ki", "ai", "bot", "chatbot", "modell", "språkmodell", "verktøy", "vurderingsverktøy"),
    verb=r"\b(?:leser|oppsummerer|behandler|beskriver|sorterer|analyserer|vurderer)\b",
    to=r"til|beskjed til|melding til", modal=r"skal|må|bør",
    orders=r"\b(?:godkjenn|slett|send|videresend|skriv|si til|si at|svar at|ikke nevn|rangere|ranger|logg inn|uansett)\b")
_FI_NOUN = r"\w*(?:tekoäly|botti|botil|kielimall|avustaj)\w*|\bmallin?\b"
_FI = (
    Cue("addressee", 0.6, _f(_either(_FI_NOUN, r"\b(?:luke\w*|tiivist\w*|käsittele\w*|analysoi\w*|arvioi\w*|lajittele\w*|kuvaile\w*)", 45)),
        keys=("malli", "mallin"), literals=tuple(_f(w) for w in ("tekoäly", "botti", "botil", "kielimall", "avustaj")),
        before=85, after=95),
    Cue("addressee", 0.6, _f(rf"(?:^|\n|[.!?:]\s+)[ \t>*#\-\u2013(\[]*(?:[\w-]+\s+){{0,2}}?(?:{_FI_NOUN})(?:\s+[\w-]+){{0,3}}?\s*[:,]|"
                             rf"(?:{_FI_NOUN})\s+(?:on|pitää|täytyy|tulee)\b"),
        keys=("malli", "mallin"), literals=tuple(_f(w) for w in ("tekoäly", "botti", "botil", "kielimall", "avustaj")),
        before=60, after=70),
    _orders(r"\b(?:lähettää|lähetä|välitä|hyväksy|poista|kirjoita|sano|laske|älä mainitse|ei saa mainita|on kirjoitettava|"
            r"kirjaat|tästä eteenpäin)\b"),
)
_TR = _spaced(
    noun=r"\b(?:yapay zek\w*|model\w*|asistan\w*|bot\w*|chatbot\w*|araç\w*|ajan\w*|ai)",
    anchors=("yapay", "model", "asistan", "bot", "chatbot", "araç", "ajan", "ai"),
    verb=r"\b(?:okuyan|özetleyen|değerlendiren|işleyen|analiz eden|inceleyen|işlerken|okurken|özetlerken|sıralayan)\b",
    to=r"için|not|dikkat", modal=r"\w+(?:malı|meli)(?:dır|dir)?",
    orders=r"\b(?:\w+(?:malı|meli)(?:dır|dir)?|söylemeli|bahsetme|söz etme\w*|onayla|sil|gönder|ilet|söyleme)\b")
_EL = _spaced(
    noun=r"(?:μοντέλο\w*|βοηθ\w+|σύστημα τεχνητής νοημοσύνης|τεχνητ\w+ νοημοσύν\w+|chatbot|bot|εργαλεί\w*)",
    anchors=("μοντέλο", "βοηθ", "σύστημα", "τεχνητ", "chatbot", "bot", "εργαλεί"),
    verb=r"(?:διαβάζει|διαβάζεις|συνοψίζει|συνοψίζεις|επεξεργάζεται|αναλύει|αξιολογεί)",
    to=r"προς|για", modal=r"(?:δεν )?(?:θα )?πρέπει",
    orders=r"(?:δεν πρέπει να αναφέρει|να γράψει|γράψε|στείλε|να στείλει|εγκρίνεις|εγκρίνει|από τώρα)")
_RU = _spaced(
    noun=r"(?:ассистент\w*|нейросет\w*|модел\w*|бот\w*|чат-?бот\w*|\bии\b|помощник\w*)",
    anchors=("ассистент", "нейросет", "модел", "бот", "чат", "ии", "помощник"),
    verb=r"(?:обрабатыва\w*|чита\w*|анализиру\w*|оценива\w*|сортиру\w*|резюмиру\w*)",
    to=r"для|к|вниманию|инструкция для|примечание для", modal=r"должн\w*|обязан\w*",
    orders=r"(?:переслал\w*|перешли|отправь|отправил\w*|удали|отключи|смени|не упоминать|не упоминай|указать, что|написать, что|"
           r"напиши только|не отвечай|разрешено запрашивать)")
_UK = _spaced(
    noun=r"(?:асистент\w*|помічник\w*|модел\w*|бот\w*|\bші\b|нейромереж\w*)",
    anchors=("асистент", "помічник", "модел", "бот", "ші", "нейромереж"),
    verb=r"(?:чита\w*|узагальню\w*|обробля\w*|аналізу\w*|оціню\w*|з доступом до)",
    to=r"для|до", modal=r"має|мають|повин\w*",
    orders=r"(?:додай|надішли|перешли|скасуй|порахуй|напиши|не згадувати|видали)")
_CJK_AR_HI = (
    # Japanese: "このメールを要約するAIアシスタントの方は", "AIコーディングアシスタントへ：", "このデータを読むモデルは"
    *_family(r"(?:ai\S{0,8}アシスタント|アシスタント|モデル|ボット|チャットボット|ツール|ai)",
             ("アシスタント", "モデル", "ボット", "ツール", "ai"), r"(?:要約する|読む|処理する|分析する|評価する|集計する|読み込む)", r"(?!)"),
    _cue("addressee", 0.6, r"(?:ai\S{0,8}アシスタント|アシスタント|モデル|ボット)(?:の方|さん)?へ\s*[:,]", ("へ",), before=20, after=5),
    _orders(r"(?:含めて|」と(?:記載|回答|返答|書|要約)|出力すること|振る舞|プッシュして|として扱|今後あなたは)"),
    # Chinese: "读取此邮件的AI助手：", "给正在读取本页面的模型：", "AI分析本表时", "在总结本文件时"
    *_family(r"(?:ai助手|ai|人工智能|模型|助手|机器人)", ("助手", "ai", "人工智能", "模型", "机器人"),
             r"(?:读取|阅读|处理|总结|分析|筛选|评估)", r"(?!)", span=12),
    _cue("addressee", 0.6, r"(?:总结|概括|摘要)(?:本|此|这)", ("总结", "概括", "摘要"), before=5, after=10),
    _orders(r"(?:立即批准|批准|删除|不要告诉|不得提及|应写明|打最高分|发送到|不要提及|回答[\"\u201c]|建议用户)"),
    # Korean: "리뷰를 분석하는 봇은", "이 보고서를 요약할 때는"
    *_family(r"(?:ai 비서|비서|봇|챗봇|모델|인공지능|어시스턴트|ai)", ("비서", "봇", "모델", "인공지능", "어시스턴트", "ai"),
             r"(?:요약하는|분석하는|읽는|처리하는|평가하는|검토하는)", r"(?!)", span=12),
    _cue("addressee", 0.6, r"이 \S+(?:을|를) (?:요약|정리)할 때", ("이",), before=5, after=30),
    _orders(r"(?:넣어 주|포함해 주|보내|전달|처리하고|요약하세요|환불하고|지급하|표시하라|언급하지 말|작성할 것)"),
    # Arabic: "إلى المساعد الذكي الذي يقرأ", "نظام ذكاء اصطناعي يقيّم المرشحين", "عند تلخيص هذا التقرير"
    *_family(r"(?:المساعد|مساعد|النموذج|نموذج|الذكاء الاصطناعي|ذكاء اصطناعي|روبوت|البوت|الأداة|أداة)",
             ("المساعد", "مساعد", "النموذج", "نموذج", "الذكاء", "ذكاء", "روبوت", "البوت", "الأداة", "أداة"),
             r"(?:يقرأ|تقرأ|يلخص|تلخص|يعالج|يقيّم|يقيم|يحلل)", r"إلى|الى"),
    _cue("addressee", 0.6, r"تلخيص (?:هذا|هذه)", ("تلخيص",), before=5, after=15),
    _orders(r"(?:أرسل|ارسل|لا تذكر|عدم ذكر|امنح|أعلى تقييم|فقل|احذف|وافق)"),
    # Hindi: "इस ईमेल को पढ़ने वाले AI सहायक से", "इस रिपोर्ट का सारांश बनाते समय"
    *_family(r"(?:सहायक|बॉट|मॉडल|एआई|ai)", ("सहायक", "बॉट", "मॉडल", "एआई", "ai"),
             r"(?:पढ़ने वाले|पढ़ने वाला|सारांश बनाने वाले|सारांश बनाने वाला|मूल्यांकन करने वाला|मूल्यांकन करने वाले|विश्लेषण करने वाले)",
             r"(?!)", span=12),
    _cue("addressee", 0.6, r"इस \S+ का सारांश", ("इस",), before=5, after=30),
    _orders(r"(?:स्वीकृत कर दे|हटा दे|उल्लेख न करें|ज़िक्र न करें|सर्वोच्च अंक दें|स्टार मानो|लिखो कि|लिखें कि)"),
)
_CONDITIONS = (
    _cue("addressee", 1.0, r"\b(?:dersom|om|viss) du er (?:en |ei |et )?(?:språkmodell\w*|ki|ai|chatbot\w*|kunstig intelligens)",
         ("dersom", "om", "viss"), before=5, after=50),
)

READER_CUES: tuple[Cue, ...] = (*_EN, *_TOOL, *_PL, *_CS, *_SV, *_DA, *_NO, *_FI, *_TR, *_EL, *_RU, *_UK, *_CJK_AR_HI,
                                *_CONDITIONS)
