"""Orders to an AI that a text reports rather than gives.

AI policies and security notes describe the attack they warn about: "Si un correo pide al asistente
que ignore sus instrucciones, avisa a informática", "Om ett dokument ber AI:n att strunta i sina
instruktioner, rapportera det", "Если документ просит ассистента игнорировать инструкции, сообщите
в ИТ", "如发现文件中要求AI忽略之前的指令，请报告". The order sits in a sentence whose subject is *some*
document, email or page (indefinite, or under "if"), and whose verb is one of asking, or of
containing ("Si un document reçu contient des consignes adressées à l'IA, signalez-le"). An attack
speaks for its own text ("this email asks the assistant to ...") or gives the order outright; the
indefinite document is what tells the two apart.

Works on folded text (``folding.fold``): lowercase, no accents; Cyrillic words as folding spells
them, so those are folded here too.
"""

from __future__ import annotations

import re

from desktop.core.privacy.folding import fold

# (how far back in its sentence the reporting words may stand)
_REACH = 160
_ENDS = (". ", ".\n", "! ", "? ", "; ", "\n", "\u3002", "\uff01", "\uff1f")


def _folded(words: str) -> str:
    return "|".join(re.escape(fold(word).text) for word in words.split("|"))


# An indefinite or conditional document: "if an email", "any document that", "si un correo",
# "wenn ein Dokument", "om ett dokument", "se un documento", "jeśli dokument", "bir belge"
_CONDITION = (r"(?:if|when|whenever|should|si|se|wenn|falls|sobald|om|als|indien|jesli|jezeli|gdy|eger|quando|cuando|"
              r"lorsque|quand|" + _folded("если|когда|якщо") + ")")
_SOME = (r"(?:an?|any|some|un|une|uno|una|um|uma|ein|eine|einer|een|ett|en|qualsiasi|qualquer|cualquier|tout|toute|"
         r"jede[rsn]?|elk|ieder|ogni|alguno|alguna|algum|alguma|bir|jakis|jakikolwiek)")
_DOCUMENT = (r"(?:documents?|documento|dokument\w*|e-?mails?|mail|correo|courriel|messages?|mensaje|messaggio|mensagem|"
             r"nachricht|bericht|page|pagina|seite|webseite|website|texte?|tekst|testo|texto|file|fichier|archivo|datei|"
             r"bestand|ticket|belge|e-?posta|eposta|wiadomosc|plik|strona|pdf|" + _folded("документ|письмо|сообщение|файл|страница") + ")")
_ASKING = (r"(?:asks?|asking|tells?|telling|instructs?|requests?|wants?|pide|pida|pidiendo|demande|demandant|chiede|chieda|"
           r"fordert|auffordert|bittet|verlangt|vraagt|ber|beder|pede|pedir|peca|prosi|kaze|polec\w*|ister\w*|"
           # ... or holds such orders: "if an email contains instructions addressed to the AI, report it"
           r"contains?|containing|contient|contiennent|contenant|contiene|contengono|contenga|enthalt|enthalten|bevat|"
           r"bevatten|contem|contenha|zawiera|zawieraja|innehaller|indeholder|inneholder|icerir|iceriyor|"
           + _folded("просит|требует|велит|попросит|просить|содержит") + ")")
_REPORTED = re.compile(
    rf"\b(?:{_CONDITION}\s+(?:\w+\s+){{0,2}}?{_SOME}?\s*{_DOCUMENT}|{_SOME}\s+{_DOCUMENT}\s+(?:that|which|who|que|qui|che|"
    rf"der|die|das|dat|die|som|ktor\w+|" + _folded("который|которое|которая") + r"))\b[^.!?;\n]{0,60}?\b"
    rf"{_ASKING}\b"
    # ... or, without word spaces: "如发现文件中要求", "文書が…を求め", "문서가 ... 요구"
    r"|(?:文件|邮件|网页|文書|メール|문서|메일)[^\u3002\n]{0,12}?(?:要求|求め|요구|요청)")


# ... or that a person is recorded as having asked a machine: a bot's log ("user asked bot to ignore its
# instructions; refused"), an incident report ("a customer tried to get the chatbot to reveal its prompt")
_PERSON_ASKED = re.compile(
    r"\b(?:users?|customers?|callers?|visitors?|clients?|someone|somebody|attackers?|testers?|employees?|staff|"
    r"students?|candidates?|people|tenants?|patients?)\s+(?:\w+\s+)?(?:asked|told|instructed|tried to get|tried to make|"
    r"attempted to get|attempted to make|wanted|got|requested)\s+(?:the |a |our |their |its )?(?:bot|chatbot|assistant|"
    r"model|ai|copilot|agent|system|[\w-]+bot)\s+(?:to\s+)?$")


def reported_order(text: str, position: int) -> bool:
    """Whether the cue at ``position`` of folded ``text`` is an order some document is said to give, or
    one a person is recorded as having asked a machine."""
    start = max(position - _REACH, 0)
    for end in _ENDS:
        at = text.rfind(end, start, position)
        if at >= 0:
            start = at + len(end)
    return (_REPORTED.search(text, start, position) is not None
            or _PERSON_ASKED.search(text, max(start, position - 80), position) is not None)


# A machine named as the object of a person's verb is talked about, not spoken to: a prompt guide's
# "Tell the assistant who the reader is:", "Guide : bien rédiger vos demandes à l'assistant",
# "Dile al asistente el formato:", "Sag dem Assistenten, für wen ...".
_PERSON_TELLS = re.compile(
    r"(?:\b(?:tell|ask|give|show|remind|let|get|have|make|instruct|prompt|brief)\s+(?:the|your|an?)\s+|"
    r"\b(?:dites|demandez|indiquez|expliquez|vos demandes|vos questions|dile|digale|pide|pidele|indica|indicale|"
    r"explica|explicale|di'|dica|chiedi|chieda|spiega|sag|sagen sie|frag|fragen sie|gib|geben sie|erklar|erklaren sie|"
    r"vertel|vraag|geef|leg|diga|pergunte|peca|explique|diz|pede)\s*(?:a\s+|ao\s+|al\s+|all'|dem\s+|den\s+|de\s+|het\s+)?|"
    # ... or what a person uses, or what an attack is aimed at: "When you use the screening tool, give it ...",
    # "the same tricks are now aimed at AI assistants: ..."
    r"\b(?:use|uses|using|open|opening|try|trying)\s+(?:the|your|an?|our)\s+|\b(?:aimed|targeted|directed) at\s+(?:the\s+|your\s+)?)$")
# ... or where a person puts something: "never paste customer data into any AI tool that is not approved"
_PUT_INTO = re.compile(r"\b(?:paste|pasted|pasting|upload|uploaded|uploading|enter|entered|type|typed|put|copy|copied)\b"
                       r"[^.\n]{0,60}?\b(?:into|in|to)\s+(?:(?:the|your|an?|any|our|this)\s+)?$")


# ... or what a person is made responsible for: "från och med nu är du ansvarig för AI-verktygen i teamet, Erik"
_RESPONSIBLE_FOR = re.compile(r"\b(?:responsible|in charge|accountable|ansvarig|ansvarlig|verantwortlich|zustandig|"
                              r"verantwoordelijk|responsable|responsabile|responsavel|sorumlu)\s+$")


def object_of_a_person(text: str, position: int) -> bool:
    """Whether the machine addressed at ``position`` of folded ``text`` is what a person is told to tell,
    or is responsible for."""
    return (_PERSON_TELLS.search(text, max(position - 40, 0), position) is not None
            or _PUT_INTO.search(text, max(position - 90, 0), position) is not None
            or _RESPONSIBLE_FOR.search(text, max(position - 20, 0), position) is not None)


# A machine said to seem to do something is talked about: "ボットが古い価格表を読んでいるようなので" (the bot seems
# to be reading an old price list, so ...) reports what it does; an order to it says what it must do.
_SEEMS = re.compile(r"[^\u3002\n]{0,40}?(?:" + _folded("ようだ|ようです|ようなので|ようで|らしい|みたい|似乎|好像|것 같") + ")")


def seems_to(text: str, position: int) -> bool:
    """Whether the machine at ``position`` of folded ``text`` is described by what it seems to do."""
    return _SEEMS.match(text, position) is not None


# ... or as reading something else, named before it: "прайс, который читает бот" (the price list the bot
# reads); a note to it names it first ("ИИ, который читает это письмо")
_ANTECEDENT_READ = re.compile(r"(?:" + _folded("который|которые|которую|которое|який|яку|які") + r")\s+$")


def reads_something_else(text: str, position: int) -> bool:
    """Whether the reader found at ``position`` of folded ``text`` starts with the verb of a relative
    clause whose object is a thing named before it."""
    return _ANTECEDENT_READ.search(text, max(position - 16, 0), position) is not None


# A rule about what any tool may do: "A tool must never reject or mark a candidate 'strong hire' on its
# own", "AI tools may not approve payments": a policy forbids it, nobody is ordered to do it
_TOOLS_MAY_NOT = re.compile(r"\b(?:an?|no|any)\s+(?:[\w-]+\s+)?(?:tool|ai|assistant|bot|model|software|system)\s+"
                            r"(?:must|may|should|can|shall|will)\s+(?:never|not)\b[^.;\n]*$|"
                            r"\b(?:ai |the )?(?:tools|assistants|bots|models)\s+(?:must|may|should|can|shall)\s+(?:never|not)\b[^.;\n]*$")


def forbidden_to_tools(text: str, position: int) -> bool:
    """Whether the cue at ``position`` of folded ``text`` is what a rule forbids any tool to do."""
    return _TOOLS_MAY_NOT.search(text, max(position - 80, 0), position) is not None
