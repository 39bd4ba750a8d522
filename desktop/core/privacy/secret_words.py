"""The word for "password" in each language the team writes, shared by every secret rule.

Each rule (a password said in a sentence, a key in a config, a question in a chat, a password in
brackets, a column of an export...) kept its own list of these words and the lists drifted apart:
a Czech "heslo" or a Turkish "şifreniz" was known to one rule and not to the next. They all read
this one list now; a rule adds only the words that are its own (a variable's "pwd", a wifi
"key").

``PASSWORD_WORDS`` are pattern fragments, matched case-free between word boundaries; every one
holds one of ``PASSWORD_KEYS`` (lower case), which a fast substring search looks for first.
"""

from __future__ import annotations

PASSWORD_WORDS: tuple[str, ...] = (
    "password",  # English, Italian
    "passwort", "kennwort",  # German
    "mot de passe", "mdp",  # French
    "contrase[ñn]a", "clave",  # Spanish
    "senha", "palavra-passe",  # Portuguese
    "wachtwoord",  # Dutch
    "has[łl](?:o|a|em)",  # Polish ("hasło", "do hasła", "hasłem")
    "[şs]ifre(?:si|niz|n|m)?", "parola(?:s[ıi])?",  # Turkish ("şifreniz" is "your password")
    "l[öo]senord(?:et)?",  # Swedish
    "adgangskoden?", "kodeord(?:et)?",  # Danish
    "passord(?:et)?",  # Norwegian
    "salasana(?:si|nsa|n)?",  # Finnish
    "hesl(?:o|a|em)",  # Czech, Slovak
    "jelsz[óo]", "jelszav(?:a|ad)",  # Hungarian
    "parol[ăa]",  # Romanian
    "lozink[aeu]",  # Croatian, Serbian, Bosnian
    "geslo",  # Slovenian
    "парол(?:ь|я|ем)",  # Russian, Ukrainian, Bulgarian
    "κωδικός",  # Greek
    "m[ậa]t kh[ẩa]u",  # Vietnamese
    "kata sandi", "kata laluan",  # Indonesian, Malay
    "パスワード", "暗証番号", "密码", "密碼", "口令", "비밀번호", "비번", "암호",  # Japanese, Chinese, Korean
)

PASSWORD_KEYS: tuple[str, ...] = (
    "pass", "kennwort", "mdp", "contrase", "clave", "senha", "wachtwoord", "hasł", "hasl", "şifre", "sifre",
    "parol", "lösenord", "losenord", "adgangskode", "kodeord", "salasana", "hesl", "jelsz", "lozink", "geslo",
    "парол", "κωδικ", "mật kh", "mat kh", "kata sandi", "kata laluan",
    "パスワード", "暗証番号", "密码", "密碼", "口令", "비밀번호", "비번", "암호",
)


def password_words(*extra: str) -> str:
    """The shared words and a rule's own ``extra`` ones as one group, longest first (so that
    "passwort" is not cut to "pass")."""
    words = sorted({*PASSWORD_WORDS, *extra}, key=lambda word: (-len(word), word))
    return "(?:" + "|".join(words) + ")"


def password_keys(*extra: str) -> tuple[str, ...]:
    """The substrings a fast scan looks for: the shared ones and a rule's own."""
    return tuple(dict.fromkeys((*PASSWORD_KEYS, *extra)))
