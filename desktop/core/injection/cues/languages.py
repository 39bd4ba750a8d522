"""The same families of evidence in languages beyond the first nine: Swedish, Danish, Norwegian,
Finnish, Czech, Romanian, Hungarian (Latin script) and Russian, Ukrainian, Greek, Arabic, Hindi,
Chinese, Japanese, Korean.

Each language gives the few families that carry an injection there: words addressed to an AI
("Для ИИ-ассистента:", "致AI助手：", "Om du är en språkmodell"), setting its instructions aside
(a verb of ignoring with instructions or rules as its object; with "all", "your" or "previous"
it is said to a model, "please ignore my previous email" is not), "system prompt", what the
answer must say, sending the conversation away, and orders (counted only next to an address).

Patterns are written in the language's own spelling and folded here the way ``folding.fold``
folds the text (Cyrillic and Greek letters that look Latin become Latin, accents go). Words of
other scripts are found by plain substring search (``literals``): a text with no character of
that script costs nothing; Latin-script words by the word-start ``keys`` like the other cues.
Scripts without spaces (Chinese, Japanese) are matched without word boundaries.
"""

from __future__ import annotations

import re

from desktop.core.injection.cues.cue import Cue
from desktop.core.privacy.letters import fold_letters

_OTHER_SCRIPT = re.compile(r"[^\x00-\x7f]+")


def _f(pattern: str) -> str:
    """``pattern`` with its non-ASCII words folded (regex syntax is ASCII and left alone)."""
    return _OTHER_SCRIPT.sub(lambda m: fold_letters(m.group(0)), pattern)


def _cue(kind: str, weight: float, pattern: str, anchors: tuple[str, ...], before: int = 120,
         after: int = 160) -> Cue:
    """A cue searched around ``anchors`` (every match holds one): word-start keys when they are
    plain letters, substrings otherwise; a cue with words of another script only in a text with
    letters of one."""
    folded = tuple(_f(a) for a in anchors)
    keys = tuple(a for a in folded if a.isascii())
    literals = tuple(a for a in folded if not a.isascii())
    source = _f(pattern)
    return Cue(kind, weight, source, keys=keys, literals=literals, before=before, after=after, script=not source.isascii())


def _first_words(alternatives: str) -> tuple[str, ...]:
    """The first word of each of ``a b|c d``: where a match of any of them starts."""
    return tuple(dict.fromkeys(alternative.split()[0] for alternative in alternatives.split("|")))


_ORDERS: list[str] = []  # the orders of every language below, searched as one cue (near an address)


def _family(ai: str, ai_anchors: tuple[str, ...], to: str, if_you: str, ignore: str, ignore_anchors: tuple[str, ...],
            prior: str, instr: str, orders: str) -> tuple[Cue, ...]:
    """The cues every word-spaced language shares: an address, "if you are an AI", ignoring
    (all / your / previous) instructions; its orders go to ``_ORDERS``."""
    _ORDERS.append(orders)
    # Before a colon the loanword "AI" alone is English too ("AI policy:"): only the language's own
    # nouns, not "AI-" compounds either. (Searched around the language's own words, not around "AI", which
    # English text is full of: a noun the search does not reach would be found by no scan.)
    native = "|".join(noun for noun in ai.split("|") if noun not in ("ai", r"ai-\w+"))
    native_anchors = tuple(anchor for anchor in ai_anchors if anchor != "ai")
    return (
        # (on its own line: "prompt til AI-assistenten" heading a guide does not run on into "- Fortæl assistenten,")
        _cue("addressee", 0.6, rf"\b(?:{to})\s+(?:{ai})\b(?:[ \t]+[\w-]+){{0,4}}[ \t]*[:,]", _first_words(to)),
        # (the colon on the same line: "Einstellungen für unseren Assistenten" then "model:" on the next is a heading and a key)
        _cue("addressee", 0.6, rf"\b(?:{native})\b(?:[ \t]+\w+)?[ \t]*:", native_anchors),
        _cue("addressee", 1.0, rf"\b(?:{if_you})\s+(?:\w+\s+){{0,2}}?(?:{ai})", _first_words(if_you)),
        _cue("override", 1.0, rf"\b(?:{ignore})\s+(?:\w+\s+){{0,2}}?(?:{prior})\s+(?:\w+\s+)?(?:{instr})", ignore_anchors),
        _cue("override", 0.6, rf"\b(?:{ignore})\s+(?:\w+\s+){{0,3}}?(?:{instr})", ignore_anchors),
    )


_SV = _family(
    ai=r"ai|ai-\w+|chattbot\w*|språkmodell\w*|artificiell intelligens|assistenten",
    ai_anchors=("ai", "chattbot", "språkmodell", "artificiell", "assistenten"),
    to=r"till|notering till|meddelande till", if_you=r"om du är", ignore=r"ignorera|bortse från|strunta i|glöm|hoppa över",
    ignore_anchors=("ignorera", "bortse", "strunta", "glöm", "hoppa"), prior=r"tidigare|dina|alla|ovanstående|föregående",
    instr=r"instruktion\w*|riktlinje\w*|regler\w*|anvisning\w*|direktiv\w*",
    orders=r"godkänn|skicka|vidarebefordra|skriv|säg|radera|boka|betala|ignorera|ge|bekräfta inte")
# ("KI-Richtlinie:", "KI-Nutzung:" head a German policy's sections: "ki-" before an abstract noun names no reader)
_KI_TOPIC = (r"(?!richtlinie|leitlinie|nutzung|strategie|einsatz|projekt|polic|regel|grundsatz|grundsatze|verordnung|schulung|"
             r"workshop|thema|themen|update|faq|checkliste|gesetz|kompetenz|bruk|retningslinje)")
_DA_NO = _family(
    ai=rf"ai|ai-\w+|ki|ki-{_KI_TOPIC}\w+|sprogmodel\w*|språkmodell\w*|chatbot\w*|kunstig intelligens|assistenten",
    ai_anchors=("ai", "ki", "sprogmodel", "språkmodell", "chatbot", "kunstig", "assistenten"),
    to=r"til|besked til|melding til|beskjed til", if_you=r"hvis du er",
    ignore=r"ignorer|se bort fra|glem|spring over|tilsidesæt|hopp over",
    ignore_anchors=("ignorer", "se bort", "glem", "spring", "tilsidesæt", "hopp"),
    prior=r"tidligere|dine|alle|ovenfor|foregående|ovennevnte",
    instr=r"instruktion\w*|instruks\w*|retningslinje\w*|regler\w*|anvisning\w*",
    orders=r"godkend|godkjenn|giv|skriv|slet|betal|videresend")
_FI = _family(
    ai=r"tekoäly\w*|kielimalli\w*|ai|ai-\w+|chatbot\w*", ai_anchors=("tekoäly", "kielimalli", "ai", "chatbot"),
    to=r"huomio", if_you=r"jos olet", ignore=r"unohda|ohita|jätä huomiotta|sivuuta",
    ignore_anchors=("unohda", "ohita", "jätä", "sivuuta"), prior=r"aiemmat|kaikki|edelliset|sinun",
    instr=r"ohje\w*|sääntö\w*|säännöt", orders=r"lähetä|hyväksy|kirjoita|sano|poista|välitä")
_CS = _family(
    ai=r"ai|umělá inteligence|umělou inteligenci|umělé inteligenci|jazykov\w* model\w*|chatbot\w*|asistent\w* ai",
    ai_anchors=("ai", "umělá", "umělou", "umělé", "jazykov", "chatbot", "asistent"),
    to=r"pro|pro asistenta|poznámka pro|zpráva pro", if_you=r"pokud jsi|pokud jste|jestli jsi|jestli jste",
    ignore=r"ignoruj|zapomeň na|zapomeň|přehlížej|nedbej na", ignore_anchors=("ignoruj", "zapomeň", "přehlížej", "nedbej"),
    prior=r"předchozí|všechn\w*|své|tvé|dřívější|veškeré", instr=r"pokyn\w*|instrukc\w*|pravidl\w*|zásad\w*",
    orders=r"schval|pošli|přepošli|napiš|řekni|smaž|dej|potvrď")
_RO = _family(
    ai=r"ai|inteligența artificială|inteligenței artificiale|inteligenta artificiala|model de limbaj|asistentul ai|chatbot\w*",
    ai_anchors=("ai", "inteligența", "inteligenței", "inteligenta", "model", "asistentul", "chatbot"),
    to=r"pentru|către|notă pentru|mesaj pentru", if_you=r"dacă ești|dacă sunteți", ignore=r"ignoră|uită|nu ține cont de|treci peste",
    ignore_anchors=("ignoră", "uită", "nu ține", "treci"), prior=r"anterioare|toate|tale|de mai sus|precedente",
    instr=r"instrucțiuni\w*|regul\w*|indicați\w*|directiv\w*", orders=r"aprobă|trimite|acordă|scrie|spune|șterge|confirmă")
_HU = _family(
    ai=r"mesterséges intelligenci\w*|nyelvi modell\w*|ai|chatbot\w*", ai_anchors=("mesterséges", "nyelvi", "ai", "chatbot"),
    to=r"figyelem", if_you=r"ha (?:te )?(?:egy )?(?=\S+ vagy\b)", ignore=r"hagyd figyelmen kívül|felejtsd el|ne vedd figyelembe",
    ignore_anchors=("hagyd", "felejtsd", "ne vedd"), prior=r"korábbi|összes|minden|előző",
    instr=r"utasítás\w*|szabály\w*|irányelv\w*", orders=r"küldd|hagyd jóvá|írd|mondd|töröld|ajánld|nevezd|válaszd|jelöld|add meg|emeld ki|hagyd ki")

_RU_AI = r"ии|ии-\w+|искусственн\w+ интеллект\w*|нейросет\w+|языков\w+ модел\w+|чат-?бот\w*|бот(?:а|у|ом)?\b(?: \w+)?|ассистент\w*"
_RU_ANCHORS = ("ии", "искусственн", "нейросет", "языков", "бот", "ассистент")
_UK_AI = r"ші|ші-\w+|штучн\w+ інтелект\w*|мовн\w+ модел\w+|чат-?бот\w*|асистент\w*|нейромереж\w*"
_UK_ANCHORS = ("ші", "штучн", "мовн", "бот", "асистент", "нейромереж")
_EL_AI = r"τεχνητ\w+ νοημοσύν\w+|γλωσσικ\w+ μοντέλ\w+|βοηθ\w+|chatbot"
_EL_ANCHORS = ("τεχνητ", "γλωσσικ", "βοηθ")
_CYRILLIC_GREEK = (
    # Russian
    _cue("addressee", 0.6, rf"(?:^|[\n.!?(]\s*|\b(?:для|к|вниманию|примечание для|сообщение для)\s+)(?:{_RU_AI})[\w-]*\s*[:,]",
         _RU_ANCHORS),
    _cue("addressee", 0.6, rf"(?:{_RU_AI})[\w-]*,?\s+(?:котор\w+\s+)?(?:чита|обрабатыва|анализиру|оценива|проверя|сортиру)\w*",
         _RU_ANCHORS),
    _cue("addressee", 1.0, rf"\bесли (?:ты|вы)\s+(?:\w+\s+){{0,2}}?(?:{_RU_AI})", ("если",)),
    _cue("override", 1.0, r"\b(?:игнорируй|проигнорируй|забудь|не обращай внимания на|отбрось|пропусти)\s+(?:\w+\s+){0,2}?"
                          r"(?:все|свои|твои|прежние|предыдущие|прошлые|ранее данные)\s+(?:\w+\s+)?"
                          r"(?:инструкц|указани|правил|установк|настройк|ограничени|промпт)\w*",
         ("игнорируй", "проигнорируй", "забудь", "не обращай", "отбрось", "пропусти")),
    _cue("override", 0.6, r"\b(?:предыдущие|прежние|все|старые)\s+(?:правила|инструкции|указания)\s+(?:отменены|недействительны|"
                          r"больше не действуют|утратили силу)", ("предыдущие", "прежние", "все", "старые")),
    _cue("reveal", 0.6, r"\bсистемн\w+ (?:промпт|сообщени|подсказк|инструкц)\w*", ("систем",)),
    _cue("reveal", 1.0, r"\b(?:покажи|выведи|раскрой|повтори)\s+[^.\n]{0,40}?системн\w+ (?:промпт|сообщени|подсказк|инструкц)",
         ("покажи", "выведи", "раскрой", "повтори")),
    _cue("output", 0.5, r"\bв (?:ответе|резюме|сводке|кратком изложении|итоговом отчёте)\b", ("в",)),
    _cue("output", 0.4, r"\b(?:напиши|скажи|ответь|укажи|сообщи)\w*,? что\b", ("напиши", "скажи", "ответь", "укажи", "сообщи")),
    _cue("exfil", 0.6, r"\b(?:перешли|отправь|пришли|передай)\s+(?:[\w-]+\s+){0,3}?(?:переписк|разговор|бесед|диалог|"
                       r"контакт|список клиентов)\w*", ("перешли", "отправь", "пришли", "передай")),
    Cue("imperative", 0.4, script=True, pattern=_f(r"\b(?:одобри|перешли|отправь|поставь|выдай|закрой|напиши|скажи|рекомендуй|покажи|удали|"
                              r"подтверди|оцени)\b")),
    # Ukrainian
    _cue("addressee", 0.6, rf"(?:^|[\n.!?(]\s*|\b(?:для|до|увага|примітка для|повідомлення для)\s+)(?:{_UK_AI})[\w-]*\s*[:,]",
         _UK_ANCHORS),
    _cue("addressee", 1.0, rf"\bякщо (?:ти|ви)\s+(?:\w+\s+){{0,2}}?(?:{_UK_AI})", ("якщо",)),
    _cue("override", 1.0, r"\b(?:ігноруй|проігноруй|забудь|не зважай на|відкинь|пропусти)\s+(?:\w+\s+){0,2}?"
                          r"(?:всі|свої|твої|попередні|колишні|усі)\s+(?:\w+\s+)?(?:інструкці|вказівк|правил|настанов|промпт)\w*",
         ("ігноруй", "проігноруй", "забудь", "не зважай", "відкинь", "пропусти")),
    _cue("reveal", 0.6, r"\bсистемн\w+ (?:промпт|повідомленн|інструкці)\w*", ("систем",)),
    _cue("output", 0.5, r"\b(?:у|в) (?:відповіді|резюме|підсумку)\b", ("у", "в")),
    _cue("output", 0.4, r"\b(?:напиши|скажи|відповідай|вкажи)\w*,? що\b", ("напиши", "скажи", "відповідай", "вкажи")),
    _cue("exfil", 0.6, r"\b(?:надішли|перешли|відправ)\w*\s+(?:[\w-]+\s+){0,3}?(?:розмов|листуванн|переписк|контакт)\w*",
         ("надішли", "перешли", "відправ")),
    Cue("imperative", 0.4, script=True, pattern=_f(r"\b(?:схвали|надішли|перешли|напиши|скажи|покажи|видай|закрий|видали|підтверди)\b")),
    # Greek
    _cue("addressee", 0.6, rf"(?:^|[\n.!?(]\s*|\b(?:προς|για|σημείωση για)\s+(?:τον |την |το )?)(?:{_EL_AI})[\w-]*"
                           r"(?:\s+\w+){0,2}\s*[:,]", _EL_ANCHORS),
    _cue("addressee", 1.0, rf"\b(?:αν|εάν) (?:είσαι|είστε)\s+(?:\w+\s+){{0,1}}?(?:{_EL_AI})", ("αν", "εάν")),
    _cue("override", 1.0, r"\b(?:αγνόησε|ξέχασε|παράβλεψε)\s+(?:\w+\s+){0,2}?(?:προηγούμεν\w+|όλες|όλους|τις|σου)\s+(?:\w+\s+)?"
                          r"(?:οδηγί|κανόν|εντολ)\w*", ("αγνόησε", "ξέχασε", "παράβλεψε")),
    _cue("override", 0.6, r"\b(?:προηγούμεν\w+|παλι\w+) (?:κανόνες|οδηγίες|εντολές) δεν ισχύουν", ("προηγούμεν", "παλι")),
    _cue("reveal", 0.6, r"\bμήνυμα συστήματος|\bπροτροπή συστήματος", ("μήνυμα", "προτροπή")),
    _cue("output", 0.5, r"\bστην (?:περίληψη|απάντηση)\b", ("στην",)),
    _cue("exfil", 0.6, r"\b(?:προώθησε|στείλε)\s+(?:\w+\s+){0,3}?(?:συνομιλί|αλληλογραφί|επαφ)\w*", ("προώθησε", "στείλε")),
    Cue("imperative", 0.4, script=True, pattern=_f(r"\b(?:ενέκρινε|έγκρινε|στείλε|προώθησε|γράψε|πες|διέγραψε|δώσε)\b")),
)

_AR_AI = r"الذكاء الاصطناعي|نموذج\w* لغوي\w*|نموذجاً لغوياً|نموذجا لغويا|روبوت الدردشة|مساعد"
_AR_ANCHORS = ("الذكاء", "نموذج", "روبوت", "مساعد")
_HI_AI = r"(?:ai|एआई) सहायक|भाषा मॉडल|कृत्रिम बुद्धिमत्ता|चैटबॉट|एआई"
_HI_ANCHORS = ("सहायक", "भाषा", "कृत्रिम", "चैटबॉट", "एआई")
_ARABIC_HINDI = (
    _cue("addressee", 0.6, rf"(?:^|\n|[.!?]\s*|(?:إلى|الى|ل)\s*)(?:ال)?(?:{_AR_AI})(?:[ \t]+\S+){{0,5}}?[ \t]*[:,]", _AR_ANCHORS),
    _cue("addressee", 1.0, rf"(?:إذا|اذا|إن) كنت\s+(?:{_AR_AI})", ("كنت",)),
    _cue("override", 1.0, r"(?:تجاهل|انس|أهمل|اهمل)\s+(?:جميع|كل)?\s*(?:التعليمات|القواعد|الإرشادات|الأوامر)\s*(?:السابقة)?",
         ("تجاهل", "انس", "أهمل", "اهمل")),
    _cue("override", 0.6, r"(?:القواعد|التعليمات) السابقة (?:لم تعد|ملغاة)", ("السابقة",)),
    _cue("reveal", 0.6, r"رسالة النظام|موجه النظام|تعليمات النظام", ("النظام",)),
    _cue("output", 0.5, r"في (?:ملخصك|الملخص|ردك|إجابتك)", ("ملخص", "ردك", "إجابتك")),
    _cue("exfil", 0.6, r"(?:أرسل|ارسل)\s+(?:\S+\s+){0,3}?(?:المحادثة|المراسلات|جهات الاتصال)", ("أرسل", "ارسل")),
    Cue("imperative", 0.4, script=True, pattern=_f(r"(?:وافق|أرسل|ارسل|اكتب|احذف|امنح|يرجى|عدم إبلاغ)")),
    _cue("addressee", 0.6, rf"(?:{_HI_AI})\s*(?:के लिए|को)\s*[:,]", _HI_ANCHORS),
    _cue("addressee", 1.0, rf"(?:यदि|अगर) (?:आप|तुम) (?:एक )?(?:{_HI_AI})", ("यदि", "अगर")),
    _cue("override", 1.0, r"(?:पिछले|सभी|पूर्व)[^।\n]{0,20}(?:निर्देश|नियम)[^।\n]{0,20}(?:अनदेखा|भूल|नज़रअंदाज़|नजरअंदाज)",
         ("पिछले", "सभी", "पूर्व")),
    _cue("override", 0.6, r"(?:पुराने|पिछले) नियम अब लागू नहीं", ("पुराने", "पिछले")),
    # ("पुराने निर्देश भूल जाओ": old instructions forgotten, weaker than "previous" or "all" ones)
    _cue("override", 0.6, r"(?:पुराने|पहले के)[^।\n]{0,20}(?:निर्देश|नियम)[^।\n]{0,20}(?:अनदेखा|भूल|नज़रअंदाज़|नजरअंदाज)",
         ("पुराने", "पहले")),
    _cue("reveal", 0.6, r"सिस्टम (?:संदेश|प्रॉम्प्ट)", ("सिस्टम",)),
    _cue("output", 0.5, r"(?:सारांश|जवाब|उत्तर) में", ("सारांश", "जवाब", "उत्तर")),
    _cue("exfil", 0.6, r"बातचीत[^।\n]{0,40}(?:भेजें|भेजो)", ("बातचीत",)),
    Cue("imperative", 0.4, script=True, pattern=_f(r"(?:मंज़ूरी दें|भेजें|लिखें|हटाएं|स्वीकृत करें|कृपया|न बताएं|चिह्नित करें|"
                                                     r"मंज़ूर करो|मंजूर करो|स्वीकृत करो|भेजो|लिखो|हटाओ|बताओ|मत बताओ)")),
)

# Chinese, Japanese, Korean. Full-width colons and commas fold to ASCII ones.
_ZH_AI = r"ai助手|ai|人工智能|语言模型|聊天机器人"
_JA_AI = r"aiアシスタント|ai|言語モデル|人工知能|チャットボット"
_KO_AI = r"ai 어시스턴트|ai|인공지능|언어 모델|챗봇"
_CJK = (
    _cue("addressee", 0.6, rf"(?:致|给)[^\n。]{{0,10}}?(?:{_ZH_AI})\s*[:,)]", ("致", "给")),
    _cue("addressee", 1.0, rf"如果你是(?:一个)?(?:{_ZH_AI})", ("如果你是",)),
    _cue("override", 1.0, r"(?:忽略|忘记|无视|忘掉|不要理会)你?(?:之前|以前|先前|上面|所有|全部|此前)的?(?:所有|全部)?的?"
                          # (not before "的": "要求忽略之前指令的可疑邮件" describes emails that ask it)
                          r"(?:指令|指示|说明|规则|设定|提示|要求)(?!的)", ("忽略", "忘记", "无视", "忘掉", "不要理会")),
    _cue("override", 0.6, r"(?:以上|之前|原有)的?(?:规则|指令|说明)已?(?:失效|作废|无效)", ("以上", "之前", "原有")),
    _cue("reveal", 0.6, r"系统(?:提示|消息|指令)", ("系统",)),
    _cue("role", 1.0, r"你现在是[^。\n]{0,20}(?:没有|无)(?:任何)?(?:限制|约束|规则)", ("你现在是",)),
    _cue("output", 0.5, r"在(?:总结|摘要|回答|回复)中", ("总结", "摘要", "回答", "回复")),
    _cue("exfil", 0.6, r"(?:对话|聊天记录|全部内容)[^。\n]{0,20}(?:发送|转发)", ("对话", "聊天记录", "全部内容")),
    Cue("imperative", 0.4, script=True, pattern=_f(r"(?:批准|发送|转发|删除|给出|推荐|请在)")),
    _cue("addressee", 0.6, rf"(?:{_JA_AI})(?:の方|さん)?へ(?:の(?:注記|メモ|お願い|指示))?\s*[:,]", ("へ",)),
    _cue("addressee", 0.6, rf"(?:要約|処理|分析|評価)(?:する|している)(?:{_JA_AI})", ("要約", "処理", "分析", "評価")),
    _cue("addressee", 1.0, rf"(?:あなたが|もしあなたが)(?:{_JA_AI})(?:なら|であれば)", ("あなたが",)),
    _cue("override", 1.0, r"(?:これまでの|以前の|前の|すべての|全ての|上記の)(?:指示|命令|ルール|設定|プロンプト)(?:は|を)?"
                          r"(?:すべて|全て)?(?:無視|忘れ)", ("これまでの", "以前の", "前の", "すべての", "全ての", "上記の")),
    _cue("reveal", 0.6, r"システム(?:プロンプト|メッセージ)", ("システム",)),
    _cue("output", 0.5, r"(?:と|として)(?:回答|返答|記載)して", ("回答", "返答", "記載")),
    Cue("imperative", 0.4, script=True, pattern=_f(r"(?:転送|送信|承認|表示|削除|扱って|回答して|してください)")),
    _cue("addressee", 0.6, rf"(?:{_KO_AI})\s*(?:에게|께)\s*[:,]|(?:{_KO_AI})\s+(?:\S+\s+)?참고\s*[:,]", ("에게", "께", "참고")),
    _cue("addressee", 0.6, rf"(?:요약|처리|분석|평가)하는 (?:{_KO_AI})", ("하는",)),
    _cue("addressee", 1.0, rf"(?:당신이|네가) (?:{_KO_AI})(?:이라면|라면)", ("당신이", "네가")),
    _cue("override", 1.0, r"(?:이전|앞의|모든|기존)\s*(?:의\s*)?(?:지시|지침|규칙|명령|설정)\S*\s*(?:\S+\s+)?(?:무시|잊)",
         ("이전", "앞의", "모든", "기존")),
    _cue("override", 0.6, r"(?:이전|기존) (?:규칙|지침|지시)\S* (?:더 이상 유효하지 않|무효)", ("이전", "기존")),
    _cue("reveal", 0.6, r"시스템 (?:메시지|프롬프트)", ("시스템",)),
    _cue("exfil", 0.6, r"대화 내용\S*\s*(?:\S+\s+){0,2}(?:보내|전송|전달)", ("대화",)),
    Cue("imperative", 0.4, script=True, pattern=_f(r"(?:보내세요|승인하세요|답하세요|주세요|삭제하세요)")),
)

# "System message:" and earlier rules declared void, in the Latin-script languages above
_VOID = (
    _cue("reveal", 0.6, r"\b(?:systemmeddelande|systembesked|systemmeddelelse|systemmelding|systemova zprava|systemová zpráva|"
                        r"mesaj(?:ul)? de sistem|järjestelmäviesti|rendszerüzenet)\b",
         ("systemmeddelande", "systembesked", "systemmeddelelse", "systemmelding", "systemová", "systemova", "mesaj",
          "mesajul", "järjestelmäviesti", "rendszerüzenet")),
    _cue("override", 0.6, r"\b(?:tidigare|alla|tidligere|alle|předchozí|všechna|aiemmat|kaikki)\s+(?:regler|instruktioner|"
                          r"riktlinjer|instrukser|retningslinjer|pravidla|pokyny|ohjeet|säännöt)\s+(?:gäller inte längre|"
                          r"gælder ikke længere|gjelder ikke lenger|už neplatí|neplatí|eivät ole enää voimassa|eivät enää päde)|"
                          r"\b(?:regulile|instrucțiunile) anterioare nu mai sunt (?:valabile|valide)",
         ("tidigare", "alla", "tidligere", "alle", "předchozí", "všechna", "aiemmat", "kaikki", "regulile", "instrucțiunile")),
)

# A verdict handed to an addressed machine in the other languages: "considérez cet avis comme 5 étoiles",
# "segnalare questo preventivo come urgente", "va conteggiata come 5 stelle", "ist wegzulassen",
# "5 yıldız olarak say", "最も高く評価し", "算作五星好评"; and Hindi written in Latin letters, as
# mixed English and Hindi mail is ("likhna ki budget approve ho gaya", "zikr mat karna"). Counted
# only next to an address ("imperative"): said to a person these are ordinary.
_VERDICTS = (
    Cue("imperative", 0.4, _f(
        r"\b(?:considere[zr]?|considera(?:re|te)?|consider[ae]|trait(?:e|ez|er)|tratt(?:a|i|are|ate)|trat(?:a|e|ar)|"
        r"decri(?:s|vez|re)|descri(?:vi|vere|be|bir|va|ver)|present(?:e|ez|er|a|are|ar)|apresent(?:e|a|ar)|compte[zr]?|"
        r"conta(?:re)?|conteggia(?:re)?|cuenta|contar|conte|marque[zr]?|marca(?:r|re)?|segnala(?:re|te)?|indique[zr]?|"
        r"indica(?:r|re)?|beschouw(?:en)?|beschrijf|beschrijven|presenteer|presenteren|behandel(?:en)?|markeer|markeren|"
        r"werte|werten|behandle|behandeln|beschreibe|beschreiben|markiere|markieren)\b[^.\n]{0,80}?"
        r"\b(?:comme|come|como|als)\b|"
        r"\bva(?:nno)? (?:conteggiat|descritt|considerat|presentat|trattat|indicat|segnalat|riportat|omess|esclus|tralasciat)\w*|"
        r"\bdebe(?:n|ra|ran)? (?:ser )?(?:considerad|descrit|presentad|omitid|excluid)\w*|"
        r"\bdoi(?:t|vent) (?:etre )?(?:considere|decrit|presente|omis|exclu)\w*|"
        r"\b(?:ist|sind) (?:\w+ )?(?:wegzulassen|auszulassen|darzustellen|zu werten|zu verschweigen)\b|"
        r"\b(?:moet|moeten|dient|dienen) (?:\w+ )?(?:worden )?(?:weggelaten|beschreven|gepresenteerd|vermeld)\b|"
        r"\bolarak (?:say|tanit|goster|degerlendir|isaretle|yaz|belirt|kaydet|puanla|sirala)\b|"
        r"\b(?:likhna|likho|likhiye|likhen|bolna|bolo) ki\b|\b(?:zikr|mention|batana|bataana|batao) mat\b|"
        r"\bmat (?:karna|karo|batana|batao|likhna|bhejna)\b|\b(?:bhej|forward|approve|delete) (?:kar )?do\b|\bbhejo\b|"
        # money moved or approved, asked in the infinitive ("zou ... de factuur meteen willen betalen")
        r"\b(?:betalen|overmaken|goedkeuren|bezahlen|uberweisen|uberweist|freigeben|payer|virer|pagar|transferir|pagare|"
        r"bonificare|saldare)\b"),
        keys=()),
    Cue("imperative", 0.4, script=True, pattern=_f(r"(?:言及しない|触れない|記載しない|書かない|伝えない)(?:こと|で)|最も高く評価|"
                                                   r"最高評価|満点|算作|视为|当作|评为|五星好评|满分|最高分")),
)
# Turns of a chat written into a ticket or a page in the team's languages ("Usuario: ... Asistente: ...",
# "ユーザー：... アシスタント：..."), as "User: ... Assistant: ..." in English
_TURNS = (
    Cue("turns", 0.4, _f(r"(?m:^[ \t#>*]*(?:usuario|utilisateur|benutzer|nutzer|utente|gebruiker|utilizador|uzytkownik|kullanici|"
                         r"anvandare|uzivatel|utilizator|kayttaja|bruger|bruker|pengguna|nguoi dung)[ \t]*:).{0,600}?"
                         r"(?m:^[ \t#>*]*(?:asistente|assistant|assistent|assistente|asystent|asistan|asistent|avustaja|"
                         r"asisten|tro ly)[ \t]*:)"),
        keys=("usuario", "utilisateur", "benutzer", "nutzer", "utente", "gebruiker", "utilizador", "uzytkownik", "kullanici",
              "anvandare", "uzivatel", "utilizator", "kayttaja", "bruger", "bruker", "pengguna", "nguoi"), before=5, after=700),
    _cue("turns", 0.4, r"(?m:^[ \t#>*]*(?:ユーザー|用户|사용자|пользователь|користувач|χρήστης|المستخدم|उपयोगकर्ता|משתמש)"
                       r"[ \t]*:).{0,600}?(?m:^[ \t#>*]*(?:アシスタント|助手|어시스턴트|ассистент|асистент|βοηθός|المساعد|सहायक|"
                       r"עוזר)[ \t]*:)",
         ("ユーザー", "用户", "사용자", "пользователь", "користувач", "χρήστης", "المستخدم", "उपयोगकर्ता", "משתמש"), before=5,
         after=700),
)

# A role written as a Markdown heading, the way chat templates mark a turn ("### Nutzer:", "## Asistente:"),
# as "### User:" in English
_HEADED_ROLES = (
    Cue("markers", 0.6, _f(r"(?m:^[ \t]*#{1,4}[ \t]*(?:usuario|utilisateur|benutzer|nutzer|utente|gebruiker|utilizador|"
                           r"uzytkownik|kullanici|anvandare|uzivatel|utilizator|kayttaja|bruger|bruker|pengguna|nguoi dung|"
                           r"asistente|assistent|assistente|asystent|asistan|asistent|avustaja|asisten|tro ly|sistema|systeme|"
                           r"systeem)[ \t]*:)"),
        keys=(), literals=("#",), before=5, after=40),
)

LANGUAGE_CUES: tuple[Cue, ...] = (*_VOID, *_VERDICTS, *_TURNS, *_HEADED_ROLES,
    *_SV, *_DA_NO, *_FI, *_CS, *_RO, *_HU, Cue("imperative", 0.4, _f(rf"\b(?:{'|'.join(_ORDERS)})\b")),
    *_CYRILLIC_GREEK, *_ARABIC_HINDI, *_CJK,
)
