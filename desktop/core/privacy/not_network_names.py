"""A Wi-Fi network's name told beside its password is no password: "mreža je Ured-2, a lozinka
... je Burek#Sir2026", "la red es Casa-5G", "the network is Office-Guest". A value right after a
network's word and its "is" (or a colon) in each language is the network's name, whatever its shape.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re

_NETWORK_IS = lazy_re(
    r"(?i)(?<!\w)(?:ssid|network|netzwerk|netz|r[ée]seau|red|rete|netwerk|sie[ćc]|n[äa]tverk(?:et)?|netv[æa]rk(?:et)?|verkko|"
    r"mre[žz]a|omre[žz]je|s[íi][ťt]|hálózat|re[țt]ea(?:ua)?|δίκτυο|сеть|мережа|a[ğg](?:[ıi])?|jaringan|m[ạa]ng)"
    r"(?:[ \t]+(?:is|ist|est|es|è|é|je|er|är|on|jest|heißt|heisst|heet|hedder|heter|se llama|si chiama|chama|se chama|az|"
    r"called|named|nimi|adı|называется|називається|là))?[ \t]*[:=]?[ \t]*[\"'„“«]?\Z"
)


def network_name_not_secret(text: str, c: Candidate) -> bool:
    """Whether the secret ``c`` found in ``text`` is a network's name told right after its word."""
    line_start = text.rfind("\n", 0, c.start) + 1
    name = _NETWORK_IS.search(text, max(line_start, c.start - 40), c.start)
    # (a network's key or security word before it names the password: "Clé de sécurité réseau : ...",
    # "Das WLAN-Passwort für das Lager-Netz ist ...")
    return name is not None and not _KEY_BEFORE.search(text, max(line_start, name.start() - 40), name.start())


_KEY_BEFORE = lazy_re(
    r"(?i)(?:key|cl[ée]|chiave|clave|chave|schl[üu]ssel|sleutel|klucz|kulcs|kl[íi][čc]|klju[čc]|password|passwort|mot de passe|"
    r"contrase[ñn]a|senha|wachtwoord|has[łl]o|heslo|lozinka|jelsz[óo]|salasana|security|s[ée]curit[ée]|sicurezza|seguridad|"
    r"sicherheit|beveiliging|bezpiecze[ńn]stwa|ключ|пароль)"
)
