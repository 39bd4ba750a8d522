"""Settings of tools no list knows, named by what their value is rather than by a word for a
password: a bearer token ("\\"bearer\\": \\"wvl.Qx7mK2...\\""), a licence or activation key
("MOSAIC_LICENSE=MSC-7Q2K-9PLX-4WZT-88RA", "product_key: ..."). Their value is hidden when it is
long and holds letters and several digits, so a licence's name ("license: MIT", "Apache-2.0") or a
plain word stays.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.secret_forms import lookalike
from desktop.core.privacy.text_cache import keyword_windows

KEY = "A licence key or bearer token"

_SETTING = lazy_re(
    r"(?i)(?<![^\s{,;\"'(\[])[\w.\-]*?(?:bearer|licen[cs]e(?:[_\-]?(?:key|code))?|lizenz(?:schl[üu]ssel|key)?|"
    r"activation[_\-]?(?:key|code)|product[_\-]?key|serial[_\-]?key|registration[_\-]?(?:key|code))"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[A-Za-z0-9][A-Za-z0-9._\-+/=]{11,255})(?![\w])"
)
_KEYS = ("bearer", "licen", "lizenz", "activation", "product", "serial", "registration")


def find_setting_secrets(text: str, lower: str) -> list[Candidate]:
    """Every licence key and bearer token set in ``text`` (``lower``: the text lowercased)."""
    out = []
    for a, b in keyword_windows(lower, _KEYS, 300, 60):
        for m in _SETTING.finditer(text, a, b):
            value = m.group("value")
            if sum(c.isdigit() for c in value) < 4 or sum(c.isalpha() for c in value) < 3:
                continue
            if not lookalike(text, m.start("value"), m.end("value")):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", KEY))
    return out
