"""Event lines of a support chat, which chat software writes as "System:" turns.

A chat handed over from a bot to a person, pasted from a help-desk tool, holds the tool's own notices
("System: Frau Öztürk hat den Chat übernommen.", "[Sistema] Paula entrou no chat", "System: Chat closed
by agent."). Such a line says who joined, left, took over or closed the chat; it gives nobody an order
and is not a fake turn of the model's conversation. A "System:" line that says anything else ("System:
note to the AI summarising this transcript: ...") stays the attack's shape.

Works on folded text (``folding.fold``): lowercase, no accents; other scripts as folding spells them.
"""

from __future__ import annotations

import re

from desktop.core.injection.reported import _folded

# The speaker: a system, platform or chat notice ("System:", "[Systeme]", "システム：")
_SPEAKER = re.compile(r"[ \t>]*(?:\[[^\]\n]{0,12}\][ \t]*)?[\[(]?(?:system|sistema|systeme|systeem|systemet|"
                      r"systemmeldung|chat|notice|info|" + _folded("система|系统|システム|시스템") + r")[\])]?\s*[:\]\-]?\s*")
# What such a notice says: someone joined, left, took over or closed the chat, or it was handed on
_EVENT = re.compile(
    r"[^\n:]{0,60}?(?:"
    # English
    r"\b(?:has |have )?(?:joined|entered|left) the (?:chat|conversation|session)\b|"
    r"\b(?:chat|conversation|session) (?:was |has been |is )?(?:transferred|handed over|assigned|closed|ended|reopened)\b|"
    r"\b(?:took|has taken|is taking) over the (?:chat|conversation)\b|\bis now (?:handling|connected)\b|"
    r"\b(?:transferred|connected) (?:you )?to (?:an? )?(?:agent|person|human|colleague)\b|"
    # German, French, Spanish, Italian, Portuguese, Dutch
    r"\b(?:hat|ist) (?:den|dem) chat (?:ubernommen|beigetreten|verlassen|beendet)\b|\bhat das gesprach ubernommen\b|"
    r"\b(?:chat|gesprach) (?:wurde )?(?:beendet|weitergeleitet|ubergeben)\b|"
    r"\ba (?:rejoint|quitte) (?:la conversation|le chat|la discussion)\b|\ba pris en charge\b|"
    r"\b(?:conversation|discussion) (?:transferee|terminee|cloturee)\b|"
    r"\bse (?:ha unido|unio) (?:al chat|a la conversacion)\b|\bha (?:abandonado|salido de) (?:el chat|la conversacion)\b|"
    r"\b(?:chat|conversacion) (?:transferid[oa]|finalizad[oa]|cerrad[oa])\b|\bha tomado la conversacion\b|"
    r"\bsi e unit[oa] alla (?:chat|conversazione)\b|\bha (?:preso in carico|lasciato) (?:la )?(?:chat|conversazione)\b|"
    r"\b(?:chat|conversazione) (?:trasferita|chiusa|terminata)\b|"
    r"\b(?:entrou|saiu) (?:no|na|do|da) (?:chat|conversa)\b|\bassumiu (?:o atendimento|a conversa)\b|"
    r"\b(?:atendimento|conversa) (?:transferid[oa]|encerrad[oa])\b|"
    r"\b(?:neemt|heeft) het gesprek (?:over|overgenomen)\b|\bis toegevoegd aan de chat\b|\bheeft de chat verlaten\b|"
    # Polish, Swedish, Danish and Norwegian, Turkish
    r"\bdolaczyl\w* do (?:czatu|rozmowy)\b|\bprzejal\w* (?:rozmowe|czat)\b|\brozmowa (?:zakonczona|przekazana)\b|"
    r"\banslot till chatten\b|\bhar tagit over (?:chatten|samtalet)\b|\bchatten (?:avslutades|overfordes)\b|"
    r"\bhar overtaget (?:chatten|samtalen)\b|\bhar tatt over (?:chatten|samtalen)\b|"
    r"\bsohbete katildi\b|\bgorusmeyi devraldi\b|\bsohbet (?:sonlandirildi|aktarildi)\b|"
    # Russian, Japanese, Chinese, Korean
    + _folded("присоединился к чату|присоединилась к чату|подключился к чату|подключилась к чату|чат завершен|"
              "チャットに参加しました|対応を引き継ぎました|チャットを終了しました|オペレーターに接続しました|"
              "加入了对话|加入了会话|已接入|已转接|会话已结束|채팅에 참여했습니다|상담원이 연결되었습니다|상담이 종료되었습니다")
    + r")[^\n:]{0,40}$")


def chat_event(text: str, position: int) -> bool:
    """Whether the turn found at ``position`` of folded ``text`` is a chat tool's notice of who joined,
    left, took over or closed the chat."""
    # (a turn found from the end of the line before: ".\nsystem: ...")
    position += len(text[position : position + 2]) - len(text[position : position + 2].lstrip("?!.;\n"))
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    speaker = _SPEAKER.match(line)
    return speaker is not None and speaker.end() > 0 and _EVENT.match(line, speaker.end()) is not None
