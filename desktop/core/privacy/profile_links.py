"""Links to one person's profile ("linkedin.com/in/ana-souza-4b1", "github.com/jdoe").

The last part of such a link is the person's name or handle, so the whole link is personal,
with or without "https://" in front. A company page ("linkedin.com/company/acme"), a
repository ("github.com/acme/widgets") or a site's own pages ("x.com/home") are not hidden.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.word_lists import word_set

# Sites where the first path part after these is always a person.
_PERSON_PATHS = (
    r"linkedin\.com/(?:in|pub)/|xing\.com/profile/|facebook\.com/profile\.php\?id=|"
    r"stackoverflow\.com/users/\d+/|medium\.com/@|tiktok\.com/@|threads\.net/@|youtube\.com/@|"
    r"mastodon\.social/@|t\.me/|wa\.me/|telegram\.me/|reddit\.com/u(?:ser)?/|researchgate\.net/profile/|"
    r"orcid\.org/(?=\d{4}-)|scholar\.google\.[a-z.]{2,6}/citations\?user=|bsky\.app/profile/|ok\.ru/profile/|"
    r"weibo\.com/u/|zhihu\.com/people/|flickr\.com/people/|npmjs\.com/~|pypi\.org/user/|hub\.docker\.com/u/|"
    r"leetcode\.com/u/|"
    # booking pages: the first part names the person whose calendar it books ("calendly.com/ana-iyer/30min")
    r"calendly\.com/(?!app/|pricing|about|login|signup|blog|resources|integrations)|cal\.com/(?!pricing|about|login|signup|blog|docs)|"
    r"tidycal\.com/|savvycal\.com/|zcal\.co/|koalendar\.com/e/|meetings(?:-[a-z]{2}\d)?\.hubspot\.com/|doodle\.com/bp/|harmonizely\.com/|"
    r"vyte\.in/|outlook\.office(?:365)?\.com/bookwithme/user/|"
    # freelance marketplaces' profiles ("malt.fr/profile/juliendubois", "upwork.com/freelancers/~01a2...")
    r"malt\.(?:fr|com|es|de|be|nl|ch|uk)/profile/|upwork\.com/(?:freelancers|fl|o/profiles/users)/~?|freelancer\.[a-z.]{2,6}/u/|"
    r"toptal\.com/resume/|contra\.com/(?=[\w-]{3,}(?![\w/-]))|peopleperhour\.com/freelancer/|"
    # a person's payment link ("paypal.me/anasouza", "monzo.me/ana", "cash.app/$ana22")
    r"paypal\.me/|monzo\.me/|revolut\.me/|venmo\.com/(?:u/)?(?=[\w-]{3,}(?![\w/-]))|cash\.app/\$|wise\.com/pay/me/|"
    # a handle on any server of the fediverse ("fosstodon.org/@anaiyer", "mastodon.online/@k_weber"),
    # or one of its posts; a package's scope is no handle ("unpkg.com/@acme/ui@5.3.0/dist/index.js")
    r"[a-z0-9][a-z0-9-]{1,30}(?:\.[a-z0-9-]{1,30})*\.[a-z]{2,12}/@(?=[\w.-]+(?:/\d+)?/?(?![\w%@/.-]))"
)
# Sites whose one-part paths are accounts (a person or sometimes a firm): only a link that stops
# after that one part (or before a query: "?tab=repositories") is a profile.
_ACCOUNT_SITES = (
    r"github\.com|gitlab\.com|x\.com|twitter\.com|instagram\.com|facebook\.com|behance\.net|dribbble\.com|"
    r"bitbucket\.org|soundcloud\.com|pinterest\.com|twitch\.tv|kaggle\.com|codepen\.io|dev\.to|vk\.com|linktr\.ee|"
    r"about\.me|keybase\.io|huggingface\.co|codeberg\.org|gitee\.com|artstation\.com|vimeo\.com|deviantart\.com|fiverr\.com"
)
# An account's own pages on those sites ("behance.net/ana/projects", "github.com/ana/repositories").
_ACCOUNT_PAGES = (
    r"projects|posts|about|repositories|stars|followers|following|tagged|reels|videos|media|likes|moodboards|appreciated|"
    r"works|shots|activity|photos|portfolio|collections"
)
# Hosts whose subdomain is one person's site or blog ("jdoe.github.io", "ana.substack.com").
_PERSONAL_HOSTS = r"github\.io|substack\.com|wordpress\.com|blogspot\.[a-z.]{2,6}|tumblr\.com|youcanbook\.me|carrd\.co"
_REST = r"[^\s<>\"'`)\]]*"  # the rest of a link: its path and query ("/cv", "?originalSubdomain=de")
_PROFILE = re.compile(
    rf"(?<![\w.@/-])(?:https?://)?(?:[a-z]{{2,3}}\.|www\.|m\.)?"
    rf"(?:(?:{_PERSON_PATHS})[\w.%+-]+(?:[/?]{_REST})?|(?:{_ACCOUNT_SITES})/(?P<account>[\w.-]+)"
    # (the account's own pages after it, "/projects", "/tab/..."; a post on it, "/status/1790..."; or a closing slash)
    rf"(?:/(?:{_ACCOUNT_PAGES})(?![\w.-])/?|/status/\d+|/(?![\w.-]))?(?![\w./-])(?:\?{_REST})?"
    rf"|[\w-]{{3,40}}\.(?:{_PERSONAL_HOSTS})(?![\w.-])(?:/{_REST})?)/?",
    re.IGNORECASE,
)
# One-part paths that are the site's own pages, not an account.
_SITE_PAGES = frozenset(
    ["about", "home", "login", "signup", "settings", "explore", "search", "features", "pricing", "orgs", "topics", "marketplace", "notifications", "messages", "help", "privacy", "terms", "legal", "jobs", "careers", "share", "intent", "hashtag", "i",
     "competitions", "datasets", "models", "spaces", "docs", "discover", "directory", "t", "blog", "events", "app", "www", "pages", "news",
     "categories", "gigs", "pro", "resources", "support", "start_selling"]
)
_SITES = ("linkedin.", "github.", "gitlab.", "xing.", "facebook.", "twitter.", "x.com/", "instagram.",
          "stackoverflow.", "medium.", "tiktok.", "threads.", "youtube.", "mastodon.", "t.me/", "wa.me/",
          "behance.", "dribbble.", "telegram.", "reddit.", "researchgate.", "orcid.", "scholar.", "bsky.", "ok.ru/",
          "weibo.", "zhihu.", "flickr.", "npmjs.", "pypi.", "docker.", "leetcode.", "bitbucket.", "soundcloud.",
          "pinterest.", "twitch.", "kaggle.", "codepen.", "dev.to/", "vk.com/", "linktr.", "calendly.", "cal.com/", "tidycal.", "savvycal.", "zcal.", "koalendar.", "about.me/",
          "keybase.", "huggingface.", "substack.", "wordpress.", "blogspot.", "tumblr.",
          "hubspot.", "doodle.", "harmonizely.", "vyte.", "bookwithme", "codeberg.", "gitee.", "artstation.", "vimeo.", "deviantart.",
          "youcanbook.", "carrd.", "malt.", "upwork.", "freelancer.", "toptal.", "contra.com/", "peopleperhour.", "fiverr.", "/@",
          "paypal.me", "monzo.me", "revolut.me", "venmo.", "cash.app", "wise.com/pay")


# A site's address: its host's first label (after "www.") is what a personal site is named by.
_SITE = re.compile(
    r"(?<![\w.@/-])(?:https?://)?(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]{3,40})\.(?:[a-z]{2,12}\.)?[a-z]{2,12}"
    r"(?:/[^\s<>\"'`)]*)?(?![\w@-])",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[^\W\d_][^\W\d_'’-]+(?:[ \t]+[^\W\d_][^\W\d_'’-]+){1,2}\b")


# Letters that do not come apart into an ASCII letter and a mark, written as a site's name writes them.
_SPELLED = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "œ": "oe", "ı": "i"})


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower().translate(_SPELLED)) if c.isascii() and c.isalnum())


# The words a CV or a signature puts before a personal site written without "www." ("Portfolio:
# oliviabrennan.co.uk").
_SITE_CUES = ("portfolio", "homepage", "website", "web:", "site:", "blog:", "webseite", "site web", "sitio web", "sito web")


def personal_sites(text: str, lower: str) -> list[Candidate]:
    """A site named after a person written in the same text ("Duarte Almeida" and
    "www.duartealmeida.pt", "rahul-menon.design"): the site is that person's, so it is
    personal. A firm's site ("www.heller-sohn.de") is named after no name written as a person's."""
    from desktop.core.privacy.text_cache import keyword_windows

    def named(found: list[re.Match[str]]) -> list[re.Match[str]]:
        return [m for m in found if "-" in m.group("label") or len(m.group("label")) >= 8]

    sites: list[re.Match[str]] = []
    if "www." in lower or "://" in lower or any(cue in lower for cue in _SITE_CUES):
        sites = named([m for a, b in keyword_windows(lower, ("www.", "://", *_SITE_CUES), 60, 10) for m in _SITE.finditer(text, a, b)])
    # A CV's or a signature's contact line puts a bare site between its items ("ana@mail.example ·
    # anasouza.design | linkedin.com/in/..."): such a site is the person's when the name stands near.
    bare: list[re.Match[str]] = []
    if "·" in lower or " | " in lower or "@" in lower:
        seen = {m.start() for m in sites}
        bare = named([m for a, b in keyword_windows(lower, ("·", " | ", "@"), 60, 50) for m in _dotted_words(text, a, b)
                      if m.start() not in seen])
    if not sites and not bare:
        return []
    names = _written_names(text) if sites else set()
    out = []
    for m in sites + bare:
        label = m.group("label").lower().replace("-", "")
        if label in names or (m in bare and label in _written_names(text[max(0, m.start() - 300) : m.end() + 300])):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:":
                end -= 1
            out.append(Candidate(m.start(), end, "URL"))
    return out


def _dotted_words(text: str, a: int, b: int) -> list[re.Match[str]]:
    """The sites written as words with a dot between ``a`` and ``b`` (looked for only at the
    words holding a dot: a contact line is mostly names, numbers and mailboxes)."""
    out = []
    dot = text.find(".", a, b)
    while dot != -1:
        start = max(a, text.rfind(" ", a, dot) + 1, text.rfind("\n", a, dot) + 1, text.rfind("\t", a, dot) + 1)
        while start < dot and text[start] in "(<[\"'":
            start += 1
        m = _SITE.match(text, start) if "@" not in text[start:dot] else None
        if m is not None and m.end() > dot:
            out.append(m)
        dot = text.find(".", max(dot + 1, m.end() if m is not None else 0), b)
    return out


def _written_names(text: str) -> set[str]:
    """Two capitalised words written together in ``text``, folded and joined either way round:
    what a person's site is named by ("Duarte Almeida": "duartealmeida", "almeidaduarte")."""
    names: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        words = [w for w in m.group(0).split() if w[0].isupper()]
        for first, last in zip(words, words[1:], strict=False):
            a, b = _fold(first), _fold(last)
            if len(a) >= 2 and len(b) >= 3:
                names |= {a + b, b + a}
    return names


# A firm's word that names the link itself as the firm's or the team's ("our company page is",
# "Firmen-GitHub:", "company's LinkedIn:", "official account"): the firm word (alone or opening a
# compound, "Firmenkonto", "Unternehmensprofil", "bedrijfspagina") followed only by words for a page,
# an account or a site and an optional "is" or colon. A firm word further back on the line names
# something else ("Firma: Müller GmbH | github.com/anna-k" on a CV): the link stays the person's.
_FIRM_WORD = (
    r"company|corporate|organi[sz]ation|official|offizielle[snr]?|officiel(?:le)?|oficial|ufficiale|firm|firma|firmen|"
    r"unternehmens?|entreprise|soci[ée]t[ée]|empresa|azienda|aziendale|bedrijfs?|[şs]irket|f[öo]retag(?:s|et)?|"
    r"yrityksen|yritys|sp[óo][łl]k\w*"
)
_LINK_WORD = (
    r"page|pages|account|accounts|profile|repo|repos|repository|site|website|handle|channel|org|"
    r"github|gitlab|linkedin|instagram|insta|twitter|x|facebook|youtube|xing|tiktok|behance|dribbble|bitbucket|"
    r"seite|webseite|konto|profil|kanal|auftritt|compte|chaîne|página|pagina|cuenta|perfil|canal|conta|sito|profilo|"
    r"profiel|sayfa|sayfası|hesap|hesabı|sida|sidan|kontot|sivu|tili|profiili|strona|official|oficial|officiel(?:le)?"
)
_LINK_AFTER = rf"[ \t]+(?:(?:on|at|auf|sur|en|no|na|em|su|op|på)[ \t]+)?(?:{_LINK_WORD})(?!\w)"
_FIRM_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?:(?:{_FIRM_WORD})(?:-?(?:{_LINK_WORD})|s)?(?:['’]s)?(?:{_LINK_AFTER})*"
    rf"|teams?(?:['’]s?)?(?:{_LINK_AFTER})+)"  # a team alone may be a person's ("Team: …"), its page is not
    r"[ \t]*(?:(?:is|ist|est|es|é|è|:)[ \t]*)?(?:-|–|—|→)?[ \t]*\Z"
)


# A call to follow a firm or a group before its links on a line ("Síguenos: instagram.com/... ·
# www...", "Follow us on", "группа студии — vk.com/..."): the links after it are the firm's.
_FOLLOW = re.compile(
    r"(?i)(?<!\w)(?:follow us|find us|s[íi]guenos|s[íi]ganos|folgt uns|folgen sie uns|suivez-nous|retrouvez-nous|seguici|siga-nos|"
    r"sigam-nos|volg ons|obserwuj nas|følg os|følg oss|följ oss|seuraa meitä|bizi takip edin|подписывайтесь|групп\w*|сообществ\w*|паблик\w*|"
    r"груп\w*|спільнот\w*)(?!\w)"
)


# Where a call to follow stops reaching: a sentence's end, or a word making the link the writer's
# own ("Follow us on Instagram or add me on LinkedIn: ...", "Suivez-nous. Mon profil : ...").
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_WORD = re.compile(r"\w+")


def _followed(text: str, start: int) -> bool:
    """Whether a call to follow a firm or a group stands before ``start`` in its sentence, with no
    word between them that makes the link the writer's own."""
    calls = list(_FOLLOW.finditer(text, text.rfind("\n", 0, start) + 1, start))
    if not calls:
        return False
    last = calls[-1]
    between = text[last.end() : start]
    if _SENTENCE_END.search(between):
        return False
    own = word_set("own_link_words.txt")
    return not any(w.casefold() in own for w in _WORD.findall(between))


def find_profile_links(text: str, lower: str) -> list[Candidate]:
    """Every link to a person's profile page in ``text`` (``lower`` is its lower-cased copy)."""
    return [c for c in _profile_links(text, lower) if not _followed(text, c.start)]


def _profile_links(text: str, lower: str) -> list[Candidate]:
    from desktop.core.privacy.text_cache import keys_in

    sites = personal_sites(text, lower)
    if not keys_in(lower, _SITES):
        return sites
    out = sites
    for m in _PROFILE.finditer(text):
        account = m.group("account")
        if account is not None and account.lower().rstrip(".") in _SITE_PAGES:
            continue
        if account is not None and _FIRM_BEFORE.search(text, max(0, text.rfind("\n", 0, m.start()) + 1, m.start() - 60), m.start()):
            continue  # "Our company page is https://github.com/acme-design": a firm's account
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:":  # the sentence's full stop
            end -= 1
        out.append(Candidate(m.start(), end, "URL"))
    return out
