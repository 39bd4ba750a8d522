"""Names in Chinese, Japanese and Korean text, where no capital letter marks a name.

A name stands before an honorific or a job title ("林小姐", "王总", "佐藤花子様", "박 부장님"), on
a short signature line, or as a chat speaker (``chat``). Once a name is found, its other
mentions are names too, and a surname written alone before a title ("王经理" after "王伟") is
the same person: ``coref`` gives both one placeholder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re

_HAN = "\u4e00-\u9fff\u3005"
_KANA = lazy_re(r"[\u3041-\u3096\u30a1-\u30fa]")
_HANGUL = "\uac00-\ud7af"
# A name of two to four characters right before an honorific; the name may be split by a space.
# (Japanese given and family names together often make four characters: "佐藤花子様".)
_HONORIFIC = lazy_re(
    rf"([{_HAN}]{{4}}(?=[ \t]?(?:様|さま|さん|氏|君))|[{_HAN}]{{1,3}}(?: [{_HAN}]{{1,3}})?|[{_HANGUL}]{{2,4}}|[\u0900-\u097f]{{2,12}})"
    r"[ \t]?(?:様|さま|さん|先生|小姐|女士|经理|經理|氏|君|님|씨|जी)"
)
# The most common Chinese surnames (simplified and traditional): a Han name before an honorific
# starts at the first of them ("联系林小姐" is "contact Ms Lin", "与刘伟经理" "with Manager Liu Wei").
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "陳黃張劉楊趙吳鄭謝許葉蘇呂盧鍾譚陸鄒顧龔萬錢嚴湯馬孫羅韓馮鄧蔣賈"
    "山田中村佐藤鈴木高橋渡辺伊小林加斎吉松井"  # the first characters of common Japanese family names
    "森池岡藤後近坂遠青福太野菊宮河久千杉服阿菅市桜秋永荒酒浅島矢片横宇竹清"  # (Morita, Ikeda, Okada, Fujita, Goto...)
)
# Everyday Japanese words that end in an honorific's character.
_EVERYDAY_HONORIFIC = frozenset({
    "客様", "皆様", "仕様", "同様", "模様", "多様", "異様", "各様", "神様", "殿様", "王様", "奥様", "様様",
})
_SHORT_SIGNATURE = lazy_re(
    rf"[ \t]*(?:客服|担当|담당|[{_HAN}]{{1,6}}(?:部|課|室|係|科|组|組)[ \t]+)?[ \t]*([{_HAN}]{{2,4}}|[{_HANGUL}]{{2,4}})"
    r"(?:[ \t]*(?:드림|拝|より))?[ \t]*"
)
# Chinese job titles used as a form of address after a surname: "王总", "李总监", "陈老师". The
# name before them must start with a listed surname ("汇总" is "summary", no one's name).
_CN_TITLE = lazy_re(
    rf"([{''.join(sorted(SURNAMES))}][{_HAN}]{{0,2}}?)"
    r"(?:总监|總監|总(?![额是共计结体部数量和])|總(?![額是共計結體部數量和])|老师|老師|主任|部长|部長|科长|科長|处长|處長|"
    r"教授|律师|律師|医生|醫生|董事长|董事長|課長|课长|係長|次長|社長|室長|所長|店長)"
)
# Korean surnames (the most common ones) and job titles used as a form of address: "박 부장님",
# "김과장님", "이수진 대리".
_KR_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
_KR_TITLES = ("본부장", "부장", "과장", "대리", "차장", "사장", "팀장", "실장", "이사", "대표", "주임", "교수", "상무", "전무", "선생",
              "책임", "선임", "수석", "매니저", "프로", "연구원")
_KR_TITLE = lazy_re(
    rf"(?<![{_HANGUL}])([{_KR_SURNAMES}][{_HANGUL}]{{0,2}}?)[ \t]?(?:{'|'.join(_KR_TITLES)})(?:님)?"
)
# A title with its honorific before a full name ("과장님 서지호 고객"): a listed surname and two
# syllables standing alone as a word; everyday three-syllable words after a title are left.
_KR_TITLE_FIRST = lazy_re(
    rf"(?:{'|'.join(_KR_TITLES)})님[ \t]+([{_KR_SURNAMES}][{_HANGUL}]{{2}})(?=[\s,.!?:)]|$)"
)
# A verb after a title ("부장님 오세요", "과장님 계세요"): its polite endings are no name's last syllable.
_KR_VERB_ENDINGS = ("요", "다", "까", "죠", "세")
_KR_WORDS = {"이메일", "주소를", "전화번", "연락처", "고객님", "회의실", "사무실", "견적서", "계약서", "신청서", "서류를", "자료를", "오늘은", "내일은", "이번주", "다음주", "지금은", "확인해", "정리해"}
# A Chinese letter's closing ("許家豪 敬上") and a parcel's addressee ("马晓丽收" at a clause's
# end): the name starts with a listed surname.
_CN_CLOSING = lazy_re(
    rf"([{''.join(sorted(SURNAMES))}][{_HAN}]{{1,2}})[ \t]*(?:敬上|谨上|謹上|拜上|敬启|敬啟)[ \t]*(?=\n|$)"
)
_CN_ADDRESSEE = lazy_re(rf"(?<=[是给給寄写寫填:：\s])([{''.join(sorted(SURNAMES))}][{_HAN}]{{1,2}})收(?=[\s，。,.!！)）]|$)")
_THANKS = ("谢谢", "感谢", "謝謝", "感謝")
_CLOSINGS = ("谢谢", "謝謝", "感谢", "感謝", "此致", "敬礼", "祝好", "以上", "감사합니다", "감사", "수고")  # a closing word, no signature
_JP_HONORIFICS = ("様", "さま", "さん", "氏", "君")
# A Japanese self-introduction ("山本製作所の小野です", "小野と申します").
_JP_SELF = lazy_re(rf"[社所部課店室局]の([{_HAN}]{{1,4}})(?:です|と申します)")
_JP_SELF_NAMED = lazy_re(rf"(?<![{_HAN}])([{_HAN}]{{1,4}})と申します")
_SURNAME_CLASS = "".join(sorted(SURNAMES))
# "老王", "小张": a Chinese surname after "old"/"young", how colleagues name each other
# ("老师", "小时": a word, not a name, when another character follows that makes one).
_CN_FAMILIAR = lazy_re(rf"([老小][{_SURNAME_CLASS}])(?![师板公婆家人时子学姐])")
# A recipient or contact named after its label and a space ("收件人 刘洋"), and a Han name in
# brackets after its Latin spelling ("ZHANG Wei（张伟）").
_CN_LABELLED = lazy_re(rf"(?:收件人|收货人|联系人|聯絡人|负责人|負責人|经办人|客户)[ \t]+([{_SURNAME_CLASS}][{_HAN}]{{1,2}})")
_CN_BRACKETED = lazy_re(rf"[（(](?:(?<=[A-Za-z][（(])|(?<=[A-Za-z] [（(]))([{_SURNAME_CLASS}][{_HAN}]{{1,2}})[）)]")
# A Chinese greeting after a name at a message's start ("王芳你好"), and a person to contact or
# ask for ("报名请联系陈静（...）"); a Korean name after "담당자"/"고객" with its particle ("담당자
# 박서연에게"). Each name starts with a listed surname.
_CN_GREETED = lazy_re(rf"(?:^|(?<=\n))[ \t]*([{_SURNAME_CLASS}][{_HAN}]{{1,2}}?)(?:你好|您好|早上好)")
_CN_CONTACT = lazy_re(rf"(?:联系|聯繫|聯系|联络|聯絡|请找|請找)([{_SURNAME_CLASS}](?!小姐|女士|先生|经理|經理|老师|老師|总|總)[{_HAN}]{{1,2}}?)(?=[（(，,。；;：:\s]|$)")
# A family member or colleague named after the relation ("由太太黃美玲代收", "请交给同事王磊"), a
# recipient written straight after its label ("收件人李晓燕，电话..."), a Japanese sender naming
# themself after their firm ("株式会社ミナト物流の佐々木です"), and a name opening a chat message
# with "and" ("赵磊和我"). Each name starts with a listed surname.
_CN_RELATION = (
    rf"(?:太太|妻子|丈夫|老公|老婆|儿子|兒子|女儿|女兒|同事|助理|秘书|秘書|家属|家屬|父亲|父親|母亲|母親)"
    rf"(?P<relation>[{_SURNAME_CLASS}][{_HAN}]{{1,2}}?)(?=代|来|來|会|會|负责|負責|[，,。；;：:\s（(]|$)"
)
_CN_RECIPIENT = rf"(?:收件人|收货人|收貨人|联系人|聯絡人)[:：]?(?P<recipient>[{_SURNAME_CLASS}][{_HAN}]{{1,2}})(?=[，,。；;：:（(\s]|电话|電話|$)"
# (each starts from a character it needs, "の" or the speaker's colon, so the engine skips to it;
# the firm before "の" is checked after it)
_JP_SELF_AFTER_FIRM = lazy_re(rf"の([{_SURNAME_CLASS}々][{_HAN}]{{1,3}})です(?=[。、！\s]|$)")
_CN_OPENING = rf"[:：][ \t]*(?P<opening>[{_SURNAME_CLASS}][{_HAN}]{{1,2}}?)(?:和|跟|与|與|、)(?:我|你|他|她|[{_SURNAME_CLASS}])"
# (run wherever East Asian text is: a pass of each costs less than looking for their cue words first)
# A record led by a name, its fields after it ("资料：陈静，出生日期 ..."), and a Japanese account
# holder or reading in katakana ("名義 ヤマダ タロウ", "フリガナ：スズキ ハナコ"). (A weekday is no name.)
_CN_RECORD = (rf"(?<=[:：\s])(?!周[一二三四五六日末]|星期)(?P<record>[{_SURNAME_CLASS}][{_HAN}]{{1,2}})[，,、][ \t]*"
              r"(?=出生|生日|身份证|身份證|电话|電話|手机|手機|性别|性別|邮箱|郵箱|地址|工号|工號|护照|護照)")
_JP_KANA_HOLDER = r"(?:口座名義人|口座名義|名義人|名義|フリガナ|カナ氏名|氏名カナ)[:：]?[ \t　]*(?P<kana>[ァ-ヶー]{2,8}(?:[ 　][ァ-ヶー]{2,8})?)"
_CN_PLACED = (lazy_re(_CN_RELATION), lazy_re(_CN_RECIPIENT), lazy_re(_CN_OPENING), lazy_re(_CN_RECORD), lazy_re(_JP_KANA_HOLDER))
_KR_ROLE = lazy_re(rf"(?:담당자|고객|수신자|신청자|작성자)[ \t]+([{_KR_SURNAMES}][{_HANGUL}]{{2}})(?=에게|께|님|씨|[\s,.:)]|$)")
_CUED_RULES = ((_CN_GREETED, "好"), (_CN_CONTACT, "联"), (_CN_CONTACT, "聯"), (_CN_CONTACT, "找"), (_KR_ROLE, "자"), (_KR_ROLE, "고객"),
               (_JP_SELF, "の"), (_CN_FAMILIAR, "老"), (_CN_FAMILIAR, "小"), (_CN_LABELLED, "人"), (_CN_LABELLED, "客"),
               (_CN_BRACKETED, "（"), (_CN_BRACKETED, "("), (_JP_SELF_AFTER_FIRM, "です"))
# Names in Devanagari text: after "dear", "hello", a title or a relation ("प्रिय रमेश", "श्री मनोज",
# "बेटे आरव"), before "'s number/e-mail/birth date" ("नेहा का ईमेल"), as "name is X" ("नाम दीपिका है"),
# in a list of those present ("उपस्थित: विनोद पाटिल, श्वेता"), alone on a letter's last line.
_DEVA_WORD = r"[\u0900-\u097f]{2,12}"
_DEVA_BEFORE = lazy_re(
    rf"(?:प्रिय|नमस्ते|नमस्कार|श्री|श्रीमती|सुश्री|डॉ\.?|भाई|बेटे|बेटा|बेटी|पत्नी|पति|बहन|धन्यवाद)[ \t]+({_DEVA_WORD})"
)
_DEVA_OWNER = lazy_re(
    rf"({_DEVA_WORD}(?:[ \t]{_DEVA_WORD})?)[ \t](?:जी[ \t])?(?:का|की|के)[ \t](?:ईमेल|नंबर|नम्बर|फ़ोन|फोन|पता|जन्म|मोबाइल|खाता|आधार|नाम)"
)
_DEVA_NAMED = lazy_re(rf"नाम[ \t]+({_DEVA_WORD}(?:[ \t]{_DEVA_WORD})?)[ \t]+(?:है|था|थी)")
_DEVA_PRESENT = lazy_re(r"उपस्थित[ \t]*[:：][ \t]*([^\n]+)")
_DEVA_WORD_RE = lazy_re(_DEVA_WORD)
_DEVA_ANY = lazy_re(r"[\u0900-\u097f]")

_DEVA_FUNCTION = frozenset(
    ["का", "की", "के", "है", "हैं", "को", "से", "में", "ने", "और", "जी", "साहब", "आप", "मैं", "हम", "यह", "वह", "सब", "लोग", "भाई", "दीदी", "बहन", "सर", "मैडम", "धन्यवाद", "शुक्रिया", "आभार", "सादर", "भवदीय", "आपका", "आपकी", "नमस्ते", "कृपया", "ग्राहक", "पर", "तो", "भी", "ही", "था", "थी", "कौन", "क्या", "किस", "किसके", "मेरा", "मेरी", "उसका", "उसकी", "इस", "उस"]
)
_CJK_NAME = lazy_re(rf"[{_HAN}{_HANGUL}\u3040-\u30ff]+")


# A signature's department or firm line under the name ("销售部", "営業部", "株式会社サンライズ工業 営業部").
_UNIT_LINE = lazy_re(rf"[ \t]*(?:[^\n]{{0,30}}[ \t])?[{_HAN}]{{1,8}}(?:部|課|室|係|科|组|組)[ \t]*")
# A signature written family name, space, given name ("田中 健一"), from a listed surname.
# (a Japanese family name may hold a small katakana between its characters: "一ノ瀬 湊", "霞ヶ原 陸")
_SPACED_SIGNATURE = lazy_re(rf"[ \t]*((?:[{_SURNAME_CLASS}][{_HAN}]{{0,2}}|[{_HAN}][ノヶケ][{_HAN}]{{1,2}})[ \t][{_HAN}]{{1,3}})[ \t]*")


def _firm_before(text: str, at: int) -> bool:
    """Whether two characters or more of the same sentence stand before "の" (a firm's name)."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    return 2 <= at - start <= 30


def is_cjk_name(name: str) -> bool:
    """Whether ``name`` is written in Han, Hangul or Kana characters only (a family name and a
    given name may stand apart: "田中 健一")."""
    return all(_CJK_NAME.fullmatch(part) for part in name.split(None, 1)) and bool(name.strip())


def east_asian(text: str, lines: list[tuple[int, str]], add: Callable[[Candidate], None]) -> None:
    """Names before honorifics and job titles, and a short message's closing signature."""
    for m in _HONORIFIC.finditer(text):
        start, name = m.start(1), m.group(1)
        if name[-1] + m.group(0)[len(name) :] in _EVERYDAY_HONORIFIC:
            continue  # "お客様" (customers), "皆様" (everyone), "仕様" (specification): no one's name
        if name.endswith(_KR_TITLES):
            continue  # "부장님", "김과장님": a title before the honorific, found below
        # (a Japanese family name of two characters standing alone is kept whole: "青木さん")
        alone = (start == 0 or not ("\u3040" <= text[start - 1] <= "\u9fff")) and m.group(0).endswith(_JP_HONORIFICS)
        # (and so is any family name of up to four characters standing alone in Japanese: "五十嵐さん", "勅使河原様")
        if "\u4e00" <= name[0] <= "\u9fff" and " " not in name and not (alone and (len(name) == 2 or _KANA.search(text))):
            if name.startswith(_THANKS) and len(name) > 2:
                start, name = start + 2, name[2:]  # "谢谢孙经理": thanks, then the name
            first = next((i for i, ch in enumerate(name) if ch in SURNAMES), max(0, len(name) - 2))
            start, name = start + first, name[first:]
        add(Candidate(start, start + len(name), "PERSON"))
    for rule in (_CN_TITLE, _KR_TITLE, _CN_CLOSING, _CN_ADDRESSEE):
        for m in rule.finditer(text):
            add(Candidate(m.start(1), m.end(1), "PERSON"))
    for m in _KR_TITLE_FIRST.finditer(text):
        if m.group(1) not in _KR_WORDS and not m.group(1).endswith(_KR_VERB_ENDINGS):
            add(Candidate(m.start(1), m.end(1), "PERSON"))
    # (each rule only where the character it starts from is in the text: most texts have none)
    rules = list(dict.fromkeys(rule for rule, mark in _CUED_RULES if mark in text)) + ([_JP_SELF_NAMED] if "申します" in text else [])
    for rule in rules:
        for m in rule.finditer(text):
            if rule is _JP_SELF_AFTER_FIRM and not _firm_before(text, m.start()):
                continue
            add(Candidate(m.start(1), m.end(1), "PERSON"))
    for rule in _CN_PLACED:
        for m in rule.finditer(text):
            add(Candidate(m.start(1), m.end(1), "PERSON"))
    if _DEVA_ANY.search(text):
        _devanagari(text, lines, add)
    filled = [(offset, line) for offset, line in lines if line.strip()]
    if filled:  # the last line of a short message, signed with a name alone
        last = filled[-1:]
        if len(filled) >= 2 and _UNIT_LINE.fullmatch(filled[-1][1]):
            last = filled[-2:-1]  # the name above its department ("刘晓燕\n销售部")
        offset, line = last[0]
        signature = _SHORT_SIGNATURE.fullmatch(line) or _SPACED_SIGNATURE.fullmatch(line)
        if signature and not signature.group(1).startswith(_CLOSINGS):
            add(Candidate(offset + signature.start(1), offset + signature.end(1), "PERSON"))


def _devanagari(text: str, lines: list[tuple[int, str]], add: Callable[[Candidate], None]) -> None:
    def put(start: int, name: str) -> None:
        first = name.split(" ", 1)
        if len(first) == 2 and first[0] in _DEVA_FUNCTION:  # "भाई राजेश का नंबर": the relation, then the name
            start, name = start + len(first[0]) + 1, first[1]
        if name not in _DEVA_FUNCTION:
            add(Candidate(start, start + len(name), "PERSON"))

    for rule in (_DEVA_BEFORE, _DEVA_OWNER, _DEVA_NAMED):
        for m in rule.finditer(text):
            put(m.start(1), m.group(1))
    for m in _DEVA_PRESENT.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split(","):
            name = item.strip()
            words = name.split()
            if 0 < len(words) <= 3 and all(_DEVA_WORD_RE.fullmatch(w) for w in words):
                put(pos + item.index(name), name)
            pos += len(item) + 1
    filled = [(offset, line) for offset, line in lines if line.strip()]
    if len(filled) > 1:  # a letter signed with a name alone on its last line
        offset, line = filled[-1]
        name = line.strip().rstrip("।,")
        words = name.split()
        if 0 < len(words) <= 2 and all(_DEVA_WORD_RE.fullmatch(w) and w not in _DEVA_FUNCTION for w in words):
            put(offset + line.index(name), name)


def cjk_mentions(text: str, names: Iterable[str], already: list[Candidate]) -> list[Candidate]:
    """Other mentions of East Asian names found elsewhere ("孙丽的电话" after the speaker "孙丽"):
    full names of two characters or more, wherever they are written."""
    import re

    # (a name written apart is also mentioned by its family name alone: "田中 健一", then "田中")
    forms = {form for n in names for form in (n, *n.split()[:1]) if " " in n or form == n}
    wanted = sorted({n for n in forms if len(n) >= 2 and is_cjk_name(n) and n in text}, key=len, reverse=True)
    if not wanted:
        return []
    taken = [(c.start, c.end) for c in already]
    out = []
    for m in re.finditer("|".join(map(re.escape, wanted)), text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(Candidate(m.start(), m.end(), "PERSON"))
    return out
