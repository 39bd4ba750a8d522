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
        ("Mon Malt : https://www.malt.fr/profile/juliendubois", "https://www.malt.fr/profile/juliendubois"),
        ("Upwork: https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9", "https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9"),
        ("Logos on fiverr.com/anaiyer_design", "fiverr.com/anaiyer_design"),
        ("Find me on Mastodon: https://fosstodon.org/@anaiyer", "https://fosstodon.org/@anaiyer"),
        ("Toots unter chaos.social/@k_weber/112233445566", "chaos.social/@k_weber/112233445566"),
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
        "Firmen-GitHub: github.com/heller-sohn",
        "Questions? The company's LinkedIn is linkedin.com/company/acme, our company's GitHub page is https://github.com/acme-tools",
        "Follow our official account x.com/acme_support for outages.",
        "Perfil de la empresa en Instagram: instagram.com/cafeteria_sol",
        "Bedrijfspagina: facebook.com/bakkerijdevries",
        "Şirket hesabı: x.com/yildizlojistik",
        "Team repo: github.com/northwind-data",
        "Unternehmensprofil – behance.net/studio-kranich",
        "see https://fiverr.com/categories for gigs",
        "npm i @acme/ui from registry.npmjs.org/@acme%2fui",
        "https://unpkg.com/@acme/ui@5.3.0/dist/index.js",
    ],
)
def test_company_pages_repositories_and_site_pages_stay(text: str) -> None:
    assert not [h for h in hidden(text) if "/" in h]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Firma: Müller GmbH | github.com/anna-k", "github.com/anna-k"),
        ("Empresa anterior: Telefónica · github.com/jgarciamoreno", "github.com/jgarciamoreno"),
        ("Company: Northwind Ltd | Portfolio: behance.net/lucia_ferri", "behance.net/lucia_ferri"),
        ("Entreprise : Decathlon — Dev front, GitHub : github.com/cmartin-dev", "github.com/cmartin-dev"),
        ("| Anna Kowalska | Firma: Kowalski sp. z o.o. | instagram.com/ania.kowalska |", "instagram.com/ania.kowalska"),
        ("Bedrijf: Rabo ICT — mijn werk: gitlab.com/jvdberg", "gitlab.com/jvdberg"),
        ("Azienda: Ferri Srl, contatti github.com/lucaferri89", "github.com/lucaferri89"),
        ("Best, Sam Patel | Company Analytics Lead | x.com/sampatel_data", "x.com/sampatel_data"),
    ],
)
def test_a_firm_word_earlier_on_the_line_leaves_the_persons_link_hidden(text: str, link: str) -> None:
    """A firm named on a CV, signature or table line is the person's employer: only a firm word
    that names the link itself ("company page", "Firmenkonto") makes the link the firm's."""
    assert link in hidden(text)


def test_the_link_restores_in_the_answer() -> None:
    text = "Candidate: see linkedin.com/in/tomasz-wrobel-82a1 before the call."
    result = redact_text(text, country="GB")
    assert "tomasz-wrobel" not in result.text
    assert restore(result.text, result.vault) == text


@pytest.mark.parametrize(
    "link",
    ["paypal.me/anasouza", "https://monzo.me/oliverhughes", "revolut.me/jgarcia22", "https://cash.app/$anasouza22", "venmo.com/u/ana-souza-22"],
)
def test_a_persons_payment_link_is_hidden_whole(link: str) -> None:
    assert link in hidden(f"Pay me back here: {link} thanks!")


def test_a_payment_sites_own_pages_stay() -> None:
    assert not [h for h in hidden("see https://www.paypal.com/myaccount/summary, paypal.me is down today") if "/" in h]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Hannah Okafor\nProduct designer\nhannah.okafor@mailbox.example · hannahokafor.design · linkedin.com/in/hannah-okafor-ux",
         "hannahokafor.design"),
        ("Jonas Feldmann · jonasfeldmann.dev · Kassel", "jonasfeldmann.dev"),
        ("Kontakt: Lea Brunner, lea@brunner-mail.example, leabrunner.studio", "leabrunner.studio"),
        ("Best regards,\nSofia Marchetti\nsofiamarchetti.com | +39 333 123 4567", "sofiamarchetti.com"),
        ("Dr. Henrik Sørensen | Fysioterapeut | henriksorensen.dk | Book: calendly.com/henrik-sorensen", "henriksorensen.dk"),
    ],
)
def test_a_bare_site_named_after_the_person_on_a_contact_line_is_hidden(text: str, site: str) -> None:
    assert site in hidden(text)


def test_a_firms_bare_site_on_a_contact_line_stays() -> None:
    text = "Anna Keller · info@keller-metall.example · kellermetallbau.de · Tel. 0711 4471"
    assert "kellermetallbau.de" not in hidden(text)
