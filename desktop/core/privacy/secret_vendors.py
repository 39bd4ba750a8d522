"""Vendor tokens by their published prefixes, beside the ones ``secrets`` knows: the shapes a key
is recognised by when it is pasted bare, with no word for a key before it ("dckr_pat_...",
"glrt-...", "lin_api_...", an Azure client secret's "Q~").

The generic entropy rule of ``secrets`` takes long keys of both cases and digits; these are the
keys it misses: hex or lowercase bodies, short bodies, and bodies broken by dots or tildes. Each
shape starts with a fixed prefix, so a word, an order number or a hash never has one.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keys_in, keyword_windows

TOKEN = "An access token"

_SHAPES = (
    r"dckr_pat_[A-Za-z0-9_\-]{24,64}",  # Docker Hub
    r"gl(?:rt|dt|ptt|ft|soat|cbt|imt|oas|wt|agent)-[A-Za-z0-9_\-]{20,64}",  # GitLab runner, deploy, trigger... tokens
    r"sq[upa]_[a-f0-9]{40}",  # SonarQube / SonarCloud
    r"lin_(?:api|oauth)_[A-Za-z0-9]{32,64}",  # Linear
    r"ATATT3[A-Za-z0-9_\-=]{60,}",  # Atlassian API token
    r"dp\.(?:st|ct|sa|scim|audit|pt)\.[A-Za-z0-9_\-]{30,64}",  # Doppler
    r"pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",  # HubSpot private app
    r"xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-f0-9]{32,64}",  # Slack app-level token
    r"gl(?:sa|c)_[A-Za-z0-9_\-]{32,160}",  # Grafana service account / cloud token
    r"pul-[a-f0-9]{40}",  # Pulumi
    r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-]{60,100}",  # Terraform Cloud
    r"nf[pc]_[A-Za-z0-9]{36,40}",  # Netlify
    r"figd_[A-Za-z0-9_\-]{38,48}",  # Figma
    r"r8_[A-Za-z0-9]{37}",  # Replicate
    r"HRKU-[A-Za-z0-9_\-]{36,64}",  # Heroku
    r"rnd_[A-Za-z0-9]{28,40}",  # Render
    r"AGE-SECRET-KEY-1[0-9A-Z]{58}",  # age
    r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}",  # Brevo (Sendinblue)
    r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",  # Dynatrace
    r"CFPAT-[A-Za-z0-9_\-]{43}",  # Contentful
    r"tfp_[A-Za-z0-9_\-]{40,60}",  # Typeform
    r"rubygems_[a-f0-9]{48}",  # RubyGems
    r"shippo_(?:live|test)_[a-f0-9]{40}",  # Shippo
    r"[a-f0-9]{32}-us\d{1,2}",  # Mailchimp (the datacentre after the key)
    r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}",  # Azure AD client secret
    r"sk\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{10,}",  # Mapbox secret token (pk.eyJ... is public)
    r"access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}",  # Braintree
)
_KEYS = ("dckr_pat_", "glrt-", "gldt-", "glptt-", "glft-", "glsoat-", "glcbt-", "glimt-", "gloas-", "glwt-", "glagent-",
         "squ_", "sqp_", "sqa_", "lin_api_", "lin_oauth_", "atatt3", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit.",
         "dp.pt.", "pat-", "xapp-", "glsa_", "glc_", "pul-", ".atlasv1.", "nfp_", "nfc_", "figd_", "r8_", "hrku-", "rnd_",
         "age-secret-key-", "xkeysib-", "dt0c01.", "cfpat-", "tfp_", "rubygems_", "shippo_", "-us", "q~", "sk.eyj",
         "access_token$")
_VENDOR = lazy_re(r"(?<![\w\-.~$])(?:" + "|".join(_SHAPES) + r")(?![\w\-~$]|\.[A-Za-z0-9_\-])")


# A software licence's product key after its word, in groups of capitals and digits apart by
# dashes ("licence key ...: 7KQ2M-RW9XH-PL4TC-8VNBD-3FJ6Y"): the key unlocks the seats the team
# paid for. A sample key ("TEST-0000-0000-0000", "XXXXX-XXXXX-...") stays.
_LICENCE = lazy_re(
    r"(?i)(?<!\w)(?:licen[cs]e[ \t\-]?key|product[ \t\-]?key|serial[ \t\-]?(?:key|number)|activation[ \t\-]?key|registration[ \t\-]?key|"
    r"lizenz(?:schl[üu]ssel|key)|produktschl[üu]ssel|seriennummer|cl[ée] (?:de licence|d['’]activation|de produit)|"
    r"clave (?:de licencia|de producto|de activaci[óo]n)|chiave (?:di licenza|di prodotto|di attivazione)|chave (?:de licen[çc]a|do produto)|"
    r"licentie(?:sleutel|code)|productsleutel|klucz (?:licencyjny|produktu)|licensnyckel|lisenssiavain|licensn[øo]gle|lisensn[øo]kkel|"
    r"lisans anahtar\w*|ключ (?:лицензии|продукта|активации)|лицензионный ключ|ライセンスキー|プロダクトキー|许可证密钥|产品密钥|激活码|"
    r"序列号|라이선스 키|제품 키)"
    r"[^\n]{0,80}?(?<![\w\-])(?P<value>[0-9A-Z]{4,6}(?:-[0-9A-Z]{4,6}){3,7})(?![\w\-])"
)
_LICENCE_KEYS = ("licen", "product", "serial", "activation", "registration", "lizenz", "produktschl", "seriennummer", "clé d", "cle d",
                 "clave de", "chiave di", "chave d", "productsleutel", "klucz", "licensn", "lisenssi", "lisens", "lisans", "ключ",
                 "ライセンス", "プロダクト", "许可证", "产品密钥", "激活码", "序列号", "라이선스", "제품 키")


def _licence_key(value: str) -> bool:
    """Letters and digits across the groups, and no sample's filler group ("0000", "XXXXX", "TEST")."""
    groups = value.split("-")
    return (sum(c.isdigit() for c in value) >= 3 and sum(c.isalpha() for c in value) >= 3
            and not any(len(set(g)) == 1 or g in ("TEST", "DEMO", "ABCD", "ABCDE", "SAMPLE") for g in groups))


def find_licence_keys(text: str, lower: str) -> list[Candidate]:
    """Every product key after a licence-key word in ``text`` (``lower``: the text lowercased)."""
    if "-" not in text:
        return []
    return [Candidate(m.start("value"), m.end("value"), "SECRET", "secret", TOKEN)
            for a, b in keyword_windows(lower, _LICENCE_KEYS, 130, 2) for m in _LICENCE.finditer(text, a, b)
            if _licence_key(m.group("value"))]


def find_vendor_tokens(text: str, lower: str) -> list[Candidate]:
    """Every token of the shapes above in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    present = keys_in(lower, _KEYS)  # (most texts hold none)
    if not present:
        return out
    seen: set[int] = set()
    for a, b in keyword_windows(lower, present, 260, 120):
        for m in _VENDOR.finditer(text, a, b):
            if m.start() not in seen:
                seen.add(m.start())
                token = m.group(0).rstrip(".")  # (a sentence's full stop after a key whose alphabet has dots)
                out.append(Candidate(m.start(), m.start() + len(token), "SECRET", "secret", TOKEN))
    return out
