"""A password given in a block of credentials without its own word, beside what ``secrets`` reads
from a password word or a "user / password" pair:

- after a word for credentials or a login in each language, on its line, a value shaped like a
  password after the user ("credentials: admin Qx7!mR2p", "Zugangsdaten Router: admin –
  Fritz!Box4471");
- a line holding only such a value, straight under a user's line ("user: bakery01" then
  "Qx7!mR2pLw");
- a setting named "pin" or "pin_code" in a config or a log ("pin_code=4471");
- after a user on the same line, a short or slang word for the password and the value ("usuario
  admin, contra Cuervo!7781", "user jsmith pw Tahoe!Blue88"): words too common to be read alone
  ("contra" is "against") are read only there.

Only a value of letters, digits and a symbol (or both cases) counts: a user's name, an e-mail
address, a link or a path after the same words stays.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.not_secrets import placeholder_or_public
from desktop.core.privacy.secret_words import value_kinds
from desktop.core.privacy.text_cache import keyword_windows

PASSWORD = "A password"

_CRED_WORDS = (
    r"credentials?|creds|logins?|log-?in details|zugangsdaten|anmeldedaten|logindaten|identifiants|codes d['’]acc[èe]s|"
    r"datos de acceso|credenciales|credenciais|dados de acesso|dati di accesso|credenziali|inloggegevens|dane logowania|"
    r"giri[şs] bilgileri|p[řr]ihla[šs]ovac[íi] [úu]daje|tunnukset|kirjautumistiedot|inloggningsuppgifter|innloggingsinfo|"
    r"loginoplysninger|bel[ée]p[ée]si adatok|date de autentificare|pristupni podaci|данные для входа|доступы?|"
    r"ログイン情報|登录信息|로그인 정보"
)
_CRED_KEYS = ("credential", "creds", "login", "log-in", "zugangsdaten", "anmeldedaten", "identifiants", "codes d", "datos de acceso",
              "credenciales", "credenciais", "dados de acesso", "dati di accesso", "credenziali", "inloggegevens", "dane logowania",
              "giriş bilgileri", "giris bilgileri", "přihlašovací", "prihlasovaci", "tunnukset", "kirjautumistiedot",
              "inloggningsuppgifter", "innloggingsinfo", "loginoplysninger", "belépési", "belepesi", "date de autentificare",
              "pristupni podaci", "данные для входа", "доступ", "ログイン情報", "登录信息", "로그인 정보")
# the credentials word, what they are for, a colon, the user, a separator, then the value
_CRED_LINE = lazy_re(
    rf"(?i)(?<![\w])(?:{_CRED_WORDS})(?![\w])[^\n:：]{{0,40}}[:：][ \t]*(?P<user>[^\s/|,;]{{2,64}})[ \t]*(?:/|\||,|;|[–—-]|[ \t])[ \t]*"
    r"(?P<value>[^\s\"'`<>]{6,64})"
)
# a user's line, then a line holding only the value
_USER_LINE = lazy_re(
    r"(?im)^[ \t]*(?:user(?:name)?|login|benutzer(?:name)?|utilisateur|usuario|utente|gebruiker(?:snaam)?|u[żz]ytkownik|"
    r"kullan[ıi]c[ıi](?: ad[ıi])?|u[žz]ivatel|k[äa]ytt[äa]j[äa](?:tunnus)?|anv[äa]ndar(?:namn)?e?|brukernavn|brugernavn|"
    r"felhaszn[áa]l[óo](?:n[ée]v)?|utilizator|korisni[čc]ko ime|логин|пользователь|ユーザー名|用户名|아이디)[ \t]*[:=：][ \t]*\S+[ \t]*\n"
    r"[ \t]*(?P<value>[^\s\"'`<>:=]{8,64})[ \t]*(?:\n|$)"
)
_USER_KEYS = ("user", "login", "benutzer", "utilisateur", "usuario", "utente", "gebruiker", "użytkownik", "uzytkownik", "kullan",
              "uživatel", "uzivatel", "käyttäjä", "kayttaja", "användar", "anvandar", "brukernavn", "brugernavn", "felhaszn",
              "utilizator", "korisni", "логин", "пользовател", "ユーザー名", "用户名", "아이디")
# a user word and the user, then a short word for the password and the value, on one line
_USER_WORDS = (
    r"user(?:name)?|login|benutzer(?:name)?|utilisateur|identifiant|usuario|utente|gebruiker(?:snaam)?|u[żz]ytkownik|"
    r"kullan[ıi]c[ıi](?: ad[ıi])?|usu[áa]rio|u[žz]ivatel|anv[äa]ndare|brukernavn|brugernavn|felhaszn[áa]l[óo]|utilizator"
)
_USER_PAIR = lazy_re(
    rf"(?i)(?<![\w\\])(?:{_USER_WORDS})(?![\w])[ \t]*[:=]?[ \t]*(?P<user>[^\s,;/|:=\\]{{2,40}})(?:[ \t]*[,;/|][ \t]*|[ \t]+)"
    r"(?:contra|pass|pw|pwd|psw|pswd|passwd|mdp|senha|clave|has[łl]o|şifre|sifre|heslo|jelsz[óo]|parola|lozinka)(?![\w])[ \t]*[:=]?[ \t]*"
    r"(?P<value>[^\s\"'`<>,;]{6,64})"
)
_PIN_KEY = lazy_re(r"(?i)(?<![\w.\-])[\"']?(?P<name>pin(?:[_\-.]?code|[_\-.]?nummer|[_\-.]?number)?)[\"']?[ \t]*[:=][ \t]*[\"']?"
                   r"(?P<value>\d{4,8})[\"']?(?![\w.\-])")


def _strict(value: str) -> bool:
    """Letters and digits with a symbol or both cases, and no address, link or path."""
    has_alpha, has_digit, symbol, mixed = value_kinds(value)
    shaped = has_alpha and has_digit and (symbol or mixed)
    return shaped and "@" not in value and "://" not in value and "/" not in value and not value.startswith(("$", "%", "{"))


def find_credential_blocks(text: str, lower: str) -> list[Candidate]:
    """Every password these rules find in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, _CRED_KEYS, 140, 2):
        for m in _CRED_LINE.finditer(text, a, b):
            value = m.group("value").rstrip(".,;)")
            if _strict(value) and value != m.group("user") and not placeholder_or_public(value):
                out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
    if "\n" in text:
        for a, b in keyword_windows(lower, _USER_KEYS, 160, 40):
            for m in _USER_LINE.finditer(text, a, b):
                value = m.group("value")
                if _strict(value) and not placeholder_or_public(value):
                    out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _USER_KEYS, 120, 2):
        for m in _USER_PAIR.finditer(text, a, b):
            value = m.group("value").rstrip(".,;)")
            if _strict(value) and value != m.group("user") and not placeholder_or_public(value):
                out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("pin",), 40, 4):
        for m in _PIN_KEY.finditer(text, a, b):
            out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    return out
