"""A link to one person's profile page is hidden whole, with or without "https://"; company
pages, repositories and a site's own pages are left as written."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text, restore


def hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("CV attached, profile at linkedin.com/in/tomasz-wrobel-82a1 if useful.", "linkedin.com/in/tomasz-wrobel-82a1"),
        ("Profil: https://de.linkedin.com/in/k-hartmann/", "https://de.linkedin.com/in/k-hartmann/"),
        ("Code samples: https://github.com/mbeaulieu.", "https://github.com/mbeaulieu"),
        ("Portfolio www.behance.net/lucia_ferri", "www.behance.net/lucia_ferri"),
        ("Schreib ihm auf t.me/dimi_k oder per Mail.", "t.me/dimi_k"),
        ("XING: https://www.xing.com/profile/Jana_Novak3", "https://www.xing.com/profile/Jana_Novak3"),
        ("Book a call: https://meetings.hubspot.com/olivia-brandt", "https://meetings.hubspot.com/olivia-brandt"),
        ("Terminwahl unter doodle.com/bp/katrinmeier/beratung", "doodle.com/bp/katrinmeier/beratung"),
        ("Mes projets : codeberg.org/lucasmartin", "codeberg.org/lucasmartin"),
        ("Reserve aqui: https://anabeatriz.youcanbook.me", "https://anabeatriz.youcanbook.me"),
        ("Insta: https://www.instagram.com/lena.hartmann.art/", "https://www.instagram.com/lena.hartmann.art/"),
        ("Mein Portfolio: https://www.behance.net/lenahartmann/projects", "https://www.behance.net/lenahartmann/projects"),
        ("siehe https://x.com/lena_hartmann/status/1790012345678901234", "https://x.com/lena_hartmann/status/1790012345678901234"),
    ],
)
def test_a_profile_link_is_hidden_whole(text: str, link: str) -> None:
    assert link in hidden(text)


@pytest.mark.parametrize(
    "text",
    [
        "Follow us on linkedin.com/company/northwind-logistics for updates.",
        "The fix is in github.com/northwind/router/pull/412.",
        "Log in at https://github.com/login and open Settings.",
        "Release notes: https://gitlab.com/explore",
        "Our company page is https://github.com/northwind-labs and the docs are public.",
        "Offizielles Firmenkonto: instagram.com/baeckerei_sonne",
    ],
)
def test_company_pages_repositories_and_site_pages_stay(text: str) -> None:
    assert not [h for h in hidden(text) if "/" in h]


def test_the_link_restores_in_the_answer() -> None:
    text = "Candidate: see linkedin.com/in/tomasz-wrobel-82a1 before the call."
    result = redact_text(text, country="GB")
    assert "tomasz-wrobel" not in result.text
    assert restore(result.text, result.vault) == text
