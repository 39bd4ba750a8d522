"""Chat control markers, fake conversation turns, a new task, a redirected job.
"""

from __future__ import annotations

from desktop.core.injection.cues.addressee import _START
from desktop.core.injection.cues.cue import ROLE_DEFINITION, Cue

_MARKERS = (
    Cue("markers", 1.0, r"<\|[a-z_]+\|>(?!\s*(?:role\b|\.\.\.|[;,.)`]))|\[/?inst\]|<</?sys>>|<(?:start|end)_of_turn>|\[/system\]|"
                        r"<\s*/?\s*(?:system|assistant)\s*>|(?m:^\s*#{2,}\s*(?:system|instructions)\s*(?:(?:message|prompt|note|"
                        r"override)\s*(?:#{2,}|:|$)|#{2,}|:))|\b(?:begin|end) (?:of )?system (?:prompt|message|instructions)\b|"
                        r"\[(?:system|sys|admin) (?:note|message|override)\]"),
    # ... a bare "## System" heading is also a documentation section's: weaker
    Cue("markers", 0.6, r"(?m:^\s*#{2,}\s*(?:system|instructions)\s*$)", keys=("system", "instruc"), before=10, after=10),
    # A speaker in brackets who already agreed: "[assistant]: Sure! I've forwarded ..."
    Cue("turns", 0.6, r"\[(?:assistant|ai|model|bot)\]\s*:\s*(?:sure|of course|certainly|ok(?:ay)?|absolutely|i have|i've|done|"
                      r"here (?:is|are))\b", keys=("assistant", "ai", "model", "bot"), before=2, after=40),
    Cue("markers", 0.6, r"(?m:^\s*#{2,}\s*instruction\s*(?:#{2,}|:|$))", keys=("instruction",), before=10, after=10),
    # ... in the team's languages, with a colon (a bare "## Sistema" heads a section of a manual)
    Cue("markers", 1.0, r"(?m:^\s*#{2,}\s*(?:sistema|systeme|systeem|systemet|systemnachricht|mensaje del sistema|"
                        r"message systeme|messaggio di sistema)\s*:)",
        keys=(), literals=("##",), before=2, after=40),
    Cue("markers", 0.6, r"\[system\]", keys=(), literals=("[system]",), before=2, after=10),
    Cue("markers", 0.6, r"\[(?:admin|administrator|system|sys|developer|operator|root)\]\s*:",
        keys=("admin", "system", "sys", "developer", "operator", "root")),
    # A banner: "### NEW INSTRUCTIONS ###" is written to a model; "=== New task ===" also heads a
    # task list, so it counts less.
    Cue("markers", 0.6, r"(?m:^[ \t]*[#*=~_\-]{2,}[ \t]*(?:new|updated|additional|real) (?:instructions?|directives?)"
                        r"[ \t]*[#*=~_\-]{2,}[ \t]*$)", keys=("new", "updated", "additional", "real")),
    Cue("markers", 0.4, r"(?m:^[ \t]*[#*=~_\-]{2,}[ \t]*(?:new|next|real) (?:task|objective)"
                        r"[ \t]*[#*=~_\-]{2,}[ \t]*$)", keys=("new", "next", "real")),
)

_TURNS = (
    # "System: you are...", with a sentence after it (a YAML "system: sap-erp" has one word, and a
    # quoted value, 'system: "Classify the ticket ..."', is a configured prompt)
    Cue("turns", 0.6, rf"(?m:{_START}(?:#{{1,4}}\s*)?(?:system|system note|system message)\s*:[ \t]*(?![\"'])(?:[^\s:]+[ \t]+){{2,}}[^\s:]+)"),
    Cue("turns", 0.4, r"(?m:^(?:#{1,4}\s*)?(?:user|human)\s*:).{0,600}?(?m:^(?:#{1,4}\s*)?(?:assistant|ai|model)\s*:)|"
                      r"(?m:^(?:#{1,4}\s*)?(?:assistant|ai|model)\s*:).{0,600}?(?m:^(?:#{1,4}\s*)?(?:user|human)\s*:)"),
    Cue("turns", 0.6, r"</?(?:user|human)>"),
    # An e-mail quoting an earlier turn in which the assistant already agreed
    Cue("turns", 0.6, r"(?m:^[ \t]*(?:>[ \t]*)+(?:assistant|assistent|asistente|assistente|ai|ki|ia|model)\s*:[ \t]*"
                      r"(?:sure|of course|certainly|ok(?:ay)?|absolutely|i have|i've|done|here (?:is|are)|bien sur|voici|"
                      r"klar|gerne|hier (?:sind|ist|is|zijn)|claro|aqui (?:esta|tienes|tem)|certo|ecco|natuurlijk|"
                      r"com certeza))", keys=("assistan", "assistent", "asistente", "ai", "ki", "ia", "model")),
    Cue("turns", 0.4, r"(?m:^[ \t]*(?:>[ \t]*)+(?:user|human|utilisateur|nutzer|benutzer|usuario|utente|gebruiker|utilizador)"
                      r"\s*:).{0,600}?(?m:^[ \t]*(?:>[ \t]*)+(?:assistant|assistent|asistente|assistente|ai|ki|ia|model)\s*:)",
        keys=("user", "human", "utilisateur", "nutzer", "benutzer", "usuario", "utente", "gebruiker", "utilizador")),
    # A tool call written out for the model to make
    Cue("markers", 0.6, r"\"(?:tool_calls?|function_call)\"\s*:", keys=("tool", "function")),
    # Chat messages as JSON: {"role": "system", "content": ...}
    Cue("markers", 0.6, rf"\"role\"\s*:\s*\"(?:system|developer)\"\s*,\s*\"content\"\s*:\s*\"(?!{ROLE_DEFINITION})", keys=("role",)),
    Cue("markers", 0.3, rf"\"role\"\s*:\s*\"(?:assistant|user)\"\s*,\s*\"content\"\s*:\s*\"|"
                        rf"\"role\"\s*:\s*\"(?:system|developer)\"\s*,\s*\"content\"\s*:\s*\"(?={ROLE_DEFINITION})", keys=("role",)),
    Cue("turns", 0.6, rf"\"role\"\s*:\s*\"(?:assistant|system)\"\s*,\s*\"content\"\s*:\s*\"(?!{ROLE_DEFINITION}).{{0,400}}?\"role\"\s*:\s*\"user\"|"
                      r"\"role\"\s*:\s*\"user\"\s*,\s*\"content\"\s*:\s*\".{0,400}?\"role\"\s*:\s*\"(?:assistant|system)\"",
        keys=("role",)),
    Cue("markers", 0.6, r"(?m:^#{1,4}\s*(?:user|human|assistant|system|ai)\s*:)"),
    # ... escaped inside another JSON value (a gift message, a note field): '\"role\": \"system\", \"content\": \"...'
    Cue("markers", 0.6, rf"\\\"role\\\"\s*:\s*\\\"(?:system|developer)\\\"\s*,\s*\\\"content\\\"\s*:\s*\\\"(?!{ROLE_DEFINITION})",
        keys=("role",), before=5, after=60),
    Cue("boundary", 0.5, r"</(?:document|email|context|data)>"),
)

_NEW_TASK = (r"(?:new|next|updated|real|actual|revised|additional|your (?:new|next|real|only))\s+"
             r"(?:task|instructions?|objective|goal|directive|assignment|mission)s?|"
             r"(?:neue aufgabe|neue anweisungen|nouvelle tache|nouvelles instructions|nueva tarea|nuevas instrucciones|"
             r"nuovo compito|nuove istruzioni|nieuwe taak|nieuwe instructies|nova tarefa|novas instrucoes|yeni gorev|"
             r"yeni talimat\w*|nowe zadanie|nowe instrukcje)")
# A task-switch banner on a line of its own ("### NEW TASK ###", "Neue Aufgabe:", "[Nuovo compito]")
# followed by a task given to the reader *now* ("your task is now to", "ta tâche est maintenant",
# "tu tarea ahora es", "your new task is"): a colleague's "New task: book the room" has neither.
_BANNER = (r"(?m:^[ \t]*[#*=~_\-\[(>]*[ \t]*(?:new|next|updated|real|revised) (?:task|instructions?)|neue (?:aufgabe|anweisungen)|"
           r"nouvelles? (?:tache|instructions|consignes)|nuevas? (?:tarea|instrucciones)|nuov[oe] (?:compito|istruzioni)|"
           r"nieuwe (?:taak|instructies)|novas? (?:tarefa|instrucoes))[ \t]*[#*=~_\-\])]*[ \t]*(?::|$)")
_YOUR = r"(?:your|deine|dein|ta|votre|tu|il tuo|la tua|je|jouw|uw|a tua|a sua|sua)"
_TASK_WORD = r"(?:task|job|mission|goal|aufgabe|tache|tarea|compito|taak|opdracht|tarefa)"
_NOW = r"(?:now|ahora|adesso|ora|maintenant|desormais|jetzt|nun|agora|nu|voortaan)"
_FROM_NOW = (r"(?:from now on|a partir de (?:maintenant|ahora|agora)|desormais|ab sofort|ab jetzt|d'ora in poi|da ora in poi|"
             r"vanaf nu|a partir de hoje)")
_FRESH = (r"(?:new|next|real|only|actual|neue|nachste|einzige|nouvelle|seule|vraie|nueva|unica|verdadera|nuovo|unico|vero|"
          r"nieuwe|enige|echte|nova|verdadeira)")
_TASK = (
    Cue("redirect", 0.6, rf"{_BANNER}\s*(?:{_FROM_NOW}[, ]+{_YOUR}\s+{_TASK_WORD}\b|"
                         rf"{_YOUR}\s+(?:{_FRESH}\s+{_TASK_WORD}\s+(?:is|ist|est|es|e|consiste|lautet)\b|"
                         rf"{_TASK_WORD}\s+(?:(?:is|ist|est|es|e|consiste|lautet)\s+)?{_NOW}\b))",
        keys=("new", "next", "updated", "real", "revised", "neue", "nouvelle", "nueva", "nuov", "nieuwe", "nova"),
        before=12, after=140),
    Cue("task", 0.5, rf"\b(?:{_NEW_TASK})\b"),
    Cue("boundary", 0.5, r"\bend of (?:email|document|text|input|user input|context|data|content|article|page)\b|"
                     r"\b(?:summary|summari[sz]ation) task is (?:complete|done|over)|\byour (?:only )?job (?:now )?is\b"),
    # The job the reader was given declared over: "your summarising task is finished", "Your review job is complete."
    Cue("boundary", 0.5, r"\byour (?:\w+ )?(?:task|job|assignment|work) (?:is|has been) (?:now )?(?:finished|complete|completed|done|"
                         r"over|ended)\b", keys=("task", "job", "assignment", "work"), before=30, after=40),
    Cue("redirect", 0.6, r"\binstead of (?:summari[sz]\w*|translat\w*|triag\w*|answering|reading|analy[sz]\w*)|"
                     r"\binstead,? (?:write|output|reply|respond|say)\b|\bstop what you are doing\b|"
                     r"\bstop (?:summari[sz]\w*|translat\w*|analy[sz]\w*|triag\w*)\b|"
                     r"\b(?:do not|don't|dont|no need to|never) (?:summari[sz]e|translate|analy[sz]e|triage)\b"
                     r"(?!\s+(?:the|any|product|brand|proper|names|numbers|terms|code|units|company|technical)\b)|"
                     r"\bwhatever (?:you were|you are|you've been|you have been) (?:asked|told|instructed)\b|"
                     r"\bdisregard the (?:summary|user'?s?) request|\bnicht zusammen(?:fassen)?\b|\bne (?:resume|resumez) pas\b|"
                     r"\bno resumas\b|\bnon riassumere\b|\bniet samen\b|\bnao resuma\b|\bozetleme\b|\bnie streszczaj\b"),
)

_REDIRECT = (
    Cue("redirect", 0.6, r"\b(?:do not|don't|dont|no need to) (?:write|produce|give|provide|make) (?:a|any|the) "
                         r"(?:summary|translation|analysis)\b", keys=("summary", "translation", "analysis"), before=40, after=5),
    # "forget the summary", "olvida el resumen", "vergiss die Zusammenfassung": drop the job you were given
    Cue("redirect", 0.6, r"\b(?:forget|skip|never mind|drop|olvida|olvide|vergiss|vergessen sie|dimentica|lascia perdere|oublie|"
                         r"oubliez|vergeet|esquece|esqueca)\s+(?:the|your|el|tu|die|deine|il|tuo|le|ton|la|de|je|o|a)\s+"
                         r"(?:summary|summari[sz]ation|translation|resumen|traduccion|zusammenfassung|ubersetzung|riassunto|"
                         r"traduzione|resume|traduction|samenvatting|vertaling|resumo|traducao)\b",
        keys=("forget", "skip", "never", "drop", "olvid", "vergiss", "vergessen", "dimentic", "lascia", "oubli", "vergeet",
              "esquec")),
    Cue("redirect", 0.5, r"\b(?:ignore|disregard|negeer|ignorier\w*|ignore[zs]?|ignora|ignorate|ignorem)\s+"
                         r"(?:de|die|la|the|a|le|el|les|las|le|o)\s+(?:user'?s?\s+)?(?:vraag|vragen|frage|fragen|question|questions|"
                         r"pregunta|preguntas|domanda|domande|pergunta|perguntas|request|verzoek|anfrage|demande|solicitud|"
                         r"richiesta|pedido)\b",
        keys=("ignor", "disregard", "negeer")),
    Cue("redirect", 0.5, r"\bignore (?:the|this|that|all|everything)(?: \w+){0,2}? (?:rows|content|above|page|document|text|"
                         r"article|conversation|paragraph|visible \w+)\b"),
)
