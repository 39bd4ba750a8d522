"""The local request classifier: which tier a free-form request needs, read in plain Python.

A linear model (multinomial logistic regression) over the words of the request, its first
words, its shape (length, pasted material, a question) and a small multilingual cue list,
trained at development time by ``scripts/train_router.py`` on hand-written labelled requests;
its weights ship as ``resources/routing/router.json``. The cue list (the same idea in seven
languages maps to one feature) is what lets a German or Portuguese request be routed as well
as an English one. Character n-grams and word bigrams were tried and dropped: they cost ten
points of cross-validated accuracy (81% against 91% on the first 608 development requests)
and made inference slower.

Only the instructions are read: for a long request the first and last paragraph, where people
write what they want; pasted material in between would add noise and could steer the route.

The model gives calibrated probabilities (temperature fitted at training time). The tier is the
one with the lowest expected cost of being wrong: sending a job too high wastes the price
difference, sending it too low risks a redo and a poor answer, so when the model is unsure it
leans up, but not always to the top tier.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.core.shipped import read_shipped_json

CLASSES = ("quick", "execution", "reasoning")
TIER_LABELS = {"quick": "Quick", "execution": "Execution", "reasoning": "Reasoning"}
_LONG = 1000  # past this, a request is read as instructions around pasted material
_EDGE = 300  # how much of the first and last line of a request is read (keeps a 10 KB request < 1 ms)
_LINE = 250  # a line longer than this, beside a shorter one, is pasted material
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

# (feature, tier it usually points to, what the user is told it saw, pattern). Patterns run on
# lower-cased instructions and are written once for seven languages, so that what the model
# learns from an English request carries over to the same request in Dutch. The model weighs
# them; only the "exact" ones below also decide on their own.
_CUES: tuple[tuple[str, str, str], ...] = (
    ("yes_no", "a yes/no answer", r"\b(yes or no|yes/no|true or false|ja oder nein|ja/nein|oui ou non|s[ií] o no|"
     r"ja of nee|sim ou n[ãa]o|one word)\b"),
    ("label_list", "a label from a given list", r"\b(one of (?:these|the following|our)|one label|choose one|pick one|"
     r"label (?:this|each|it)|tag (?:this|each)|classif\w*|categori[sz]\w*|einer kategorie|ordne|class[ea]s? |"
     r"clasifica|etiquet\w*|etichett\w*|label dit|deel .* in|spam|hot, warm|hei(?:ß|ss), warm|chaud, ti[èe]de|"
     r"caliente, templado|caldo, tiepido|warm, lauw|quente, morno|hot/warm|warm or cold|chaud ou froid|"
     r"hei(?:ß|ss) oder kalt|choose one|assign one|buckets?|positi\w* (?:or|oder|ou|o|of) negati\w*)"),
    ("one_value", "one value pulled out", r"\b((?:what|which)(?:'s| is| was) the (?:\w+ )?(?:date|total|amount|number|"
     r"price|name|deadline|notice period|vat|currency|code)|just the|only the|nur die|reply with the|"
     r"uniquement|solo (?:el|la|il)|alleen|s[óo] o|how many|wie viel|wie hoch|combien|cu[áa]nto|quanto|hoeveel|"
     r"welche|quel(?:le)? est|cu[áa]l es|qual [èée]|welk|wat is|"
     r"(?:pull out|extract|find|get|give me|return|tell me) the (?:\w+'?s? ){0,2}(?:number|no|date|total|amount|"
     r"name|address|code|id|postcode|domain|iban|price|deadline)|(?:extrai[rs]?|extrae|estrai|haal|zieh|gib mir) "
     r"(?:le|la|el|il|o|a|de|het|die|den|das) (?:num[ée]ro|n[úu]mero|numero|nummer|datum|date|data|fecha|"
     r"montant|importe|importo|valor|bedrag|betrag|name|nom|nombre|nome|naam))\b"),
    ("identifier", "one value pulled out", r"\b(iban|nif|nie|partita iva|p\.\s?iva|vat (?:no|number|id)|"
     r"ust-?id\w*|umsatzsteuer-id|btw-nummer|n[°º] de tva|num[ée]ro de tva|postcode|postleitzahl|order number|"
     r"invoice number|customer id)\b"),
    ("convert_one", "one small item converted", r"\b(convert\w*|umrechn\w*|rechne|wandle|convertis|convierte|"
     r"converti|zet .* om|round)\b.{0,40}\b(date|datum|format|\d|miles|km|kg|grams?|fahrenheit|celsius)"),
    ("translate", "a translation", r"\b(translat\w*|[üu]bersetz\w*|tradu\w*|vertaal\w*|put (?:this|it) into)\b"),
    ("spreadsheet", "a spreadsheet formula", r"\b(formula|formel|f[óo]rmula|formule|[xv]lookup|sverweis|"
     r"recherchev|buscarv|cerca\.vert|vert\.zoeken|procv|sumifs?|countif|excel|google sheets|macro|pivot)\b"),
    ("code", "code", r"\b(python|sql|script|regex|javascript|bash|one-liner|apps script|function)\b"),
    ("summary", "a summary", r"\b(summar\w*|tl;?dr|recap|minutes|zusammenfass\w*|fasse|protokoll|r[ée]sum\w*|"
     r"compte rendu|acta|riassum\w*|verbale|vat .* samen|samenvat\w*|verslag|ata)\b"),
    ("proofread", "proofreading", r"\b(proofread\w*|typos?|grammar|spelling|korrektur|rechtschreib\w*|orthograph\w*|"
     r"corrige\w*|ortograf\w*|correggi|spelfout\w*|errori di battitura)\b"),
    ("tidy_data", "sorting or cleaning a list", r"\b(sort\w*|trie|ordena|ordina|organiza|de-?dup\w*|duplicat\w*|"
     r"doppel\w*|doublons?|duplicad\w*|doppi|dubbel\w*|repetid\w*|clean up|bereinig\w*|nettoie|limpia|pulisci|"
     r"schoon|limpa|tidy|reformat\w*|csv|json|table|tabelle|tableau|tabla|tabella|tabel|tabela)\b"),
    ("rota", "a rota or schedule", r"\b(rota|shift|schedule|dienstplan|schichtplan|urlaubsplan|planning|turnos|"
     r"turni|rooster|escala|hor[áa]rio|calendar|calendario|cuadrante)\b"),
    ("mail_merge", "a mail merge", r"\b(mail.?merge|serienbrief|publipostage|combinaci[óo]n de correspondencia|"
     r"stampa unione|samenvoeg\w*|impress[ãa]o em s[ée]rie)\b"),
    ("routine_text", "a routine text with clear content", r"\b(out-of-office|out of office|abwesenheit\w*|absence|"
     r"fuera de la oficina|assenza|afwezigheid\w*|aus[êe]ncia|agenda|tagesordnung|ordre du jour|ordine del giorno|"
     r"orden del d[íi]a|ordem de trabalhos|checklist|checkliste|lista de comprobaci[óo]n|job (?:ad|description|post)|"
     r"stellenanzeige|offre d'emploi|oferta de empleo|annuncio di lavoro|vacature\w*|an[úu]ncio de emprego|"
     r"invit\w*|einladung|subject lines?|betreffzeilen?|objets? d'e-mail|asuntos|oggetti|onderwerpregels?|"
     r"linhas de assunto|meta.?descri\w*|faq|template|instructions|anleitung|step-by-step|reminder|erinnerung)\b"),
    ("extract_many", "many items pulled out", r"\b((?:extract|list|pull out|find) (?:all|every|each)|every task|"
     r"action items|to-do|zieh alle|alle aufgaben|extrais toutes|extrae todas|estrai tutti|haal alle|"
     r"extrai todas)\b"),
    ("judgment", "a judgment call", r"\b(should (?:we|i)|is it (?:a good idea|worth|wise|smart|better)|would it be|"
     r"which option|trade-?offs?|pros and cons|evaluate|assess|prioriti[sz]e|recommend\w*|advi[cs]e|weigh|"
     r"decide|what would you do|sollen wir|sollten wir|soll ich|lohnt es sich|ist es (?:eine gute idee|sinnvoll)|"
     r"vor- und nachteile|empfehl\w*|faut-il|devons-nous|devrions|est-ce une bonne id[ée]e|avantages et inconv|"
     r"d[ée]cider|deber[íi]amos|nos conviene|conviene|es buena idea|vale la pena|pros y contras|dovremmo|"
     r"[èe] una buona idea|pro e contro|moeten we|is het (?:een goed idee|verstandig)|voor- en nadelen|devemos|"
     r"[ée] boa ideia|pr[óo]s e contras|ajuda-me a decidir|aide-moi [àa] d[ée]cider|sinnvoll|bonne id[ée]e|"
     r"buena idea|buona idea|goed idee|boa ideia|explain (?:your|the) reasoning|begr[üu]nde\w*|explique ton "
     r"raisonnement|explica (?:tu razonamiento|porqu[êe])|spiega il ragionamento|leg uit waarom|choisir|elegimos|"
     r"elegir|scegliere|kiezen|escolher|choose between|which (?:one|supplier|offer|option) should)\b"),
    ("strategy", "strategy", r"\b(strat[ée]g\w*|roadmap|positioning|position ourselves|go-to-market|business plan|"
     r"marketing budget|plan to grow)\b"),
    ("persuasion", "persuasion", r"\b(persua\w*|convinc\w*|[üu]berzeug\w*|convain\w*|convenc\w*|overtuig\w*|pitch\w*|"
     r"negotiat\w*|verhandl\w*|n[ée]goci\w*|negoci\w*|trattativa|onderhandel\w*|objections?|einw[äa]nde?|"
     r"cold email|kaltakquise|prospection|prospe[cç][ãa]o|en fr[íi]o|a freddo|koude e-mail|win (?:them |it )?back|"
     r"zur[üu]ckgewinn\w*|wins? the deal|earns? a reply|obtenha resposta|consiga una respuesta|don't leave|"
     r"proposal|propuesta|proposta|proposition commerciale|angebot)\b"),
    ("tone", "a delicate tone", r"\b(tone|voice|empath\w*|einf[üu]hlsam\w*|emp[áa]tic\w*|apolog\w*|entschuldig\w*|"
     r"heartfelt|delicate|delicad\w*|d[ée]licat\w*|sensitive|sens[íi]vel|condolence\w*|care|tactful|upset|angry|"
     r"furi\w*|arrabbiato|honest|sincer\w*|oprecht|without sounding|keep(?:s)? (?:the|this|him|her) (?:customer|"
     r"client)|den kunden h[äa]lt|le garder|se quede|non perderlo|klant blijft|manter o cliente)\b"),
    ("reply_to_upset", "a reply to an unhappy customer", r"\b(review|bewertung|avis|rese[ñn]a|recensione|recensie|"
     r"avalia[çc][ãa]o|complaint|beschwerde|r[ée]clamation|queja|reclamo|klacht|reclama[çc][ãa]o)\b"),
    ("ambiguity", "an open question without one right answer", r"\b(why|what could|what might|interpret\w*|unclear|"
     r"vague|brainstorm\w*|ideas|what do you think|woran|warum|pourquoi|qu'est-ce qui pourrait|por qu[ée]|"
     r"qu[ée] puede|perch[ée]|cosa potrebbe|waarom|wat kan de oorzaak|porqu[êe]|o que pode|come up with|name for)\b"),
    ("retry", "a second try after a failed answer", r"(didn'?t work|did not work|still (?:wrong|broken)|"
     r"was rejected|rejected it|try a different approach|rethink|funktioniert nicht|n'a pas march[ée]|"
     r"no ha funcionado|non ha funzionato|werkte niet|n[ãa]o funcionou)"),
    ("client_writing", "writing for clients or the public", r"\b(linkedin|instagram|social media|blog|landing page|"
     r"website copy|home ?page|tagline|slogan|press|journalist|speech|discours|investor\w*|crowdfunding|"
     r"fundraising|about us)\b"),
)
_COMPILED = tuple((name, said, re.compile(pattern)) for name, said, pattern in _CUES)
# Exact on their own: what they ask for has one short, checkable shape.
EXACT = {"yes_no": "quick", "label_from_list": "quick", "translate": "execution", "spreadsheet": "execution",
         "mail_merge": "execution"}
# "one of: a, b, c" and "hot, warm or cold": three or more short options, the last after "or".
_OPTIONS = re.compile(r"(?:^|[:\s(])((?:[\w-]{1,15}(?: [\w-]{1,15})?, ){1,}(?:[\w-]{1,15}(?: [\w-]{1,15})?,? )?"
                      r"(?:or|oder|ou|o|of|ou) [\w-]{1,15}(?: [\w-]{1,15})?)\s*(?:[.?:!)]|$)", re.MULTILINE)
_SLASHED = re.compile(r"\b(?:[^\W\d_]{2,15} ?/ ?){2,}[^\W\d_]{2,15}\b")
_SAID = {name: said for name, said, _ in _CUES} | {"options": "a label from a given list",
                                                     "label_from_list": "a label from a given list"}


def instructions(text: str) -> str:
    """The lines of a request where people write what they want: its first and last line.

    Pasted material (an email, a list, a transcript) sits between or after them and would only
    add noise, and could steer the route if it were read. A first line ending in ":" introduces
    the material, so it is read alone; of a short line and a long one, the long one is pasted.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) <= 1:
        return text if len(text) <= 2 * _EDGE else text[:_EDGE] + "\n" + text[-_EDGE:]
    first, last = lines[0][:_EDGE], lines[-1][-_EDGE:]
    if first.endswith(":"):
        return first
    if (len(lines[0]) > _LINE) != (len(lines[-1]) > _LINE):
        return first if len(lines[0]) <= _LINE else last
    return first + "\n" + last


def cues(lowered: str) -> list[str]:
    """Names of the cues found in lower-cased instructions."""
    found = [name for name, _, pattern in _COMPILED if pattern.search(lowered)]
    if _OPTIONS.search(lowered) or _SLASHED.search(lowered):
        found.append("options")
        if "label_list" in found:  # "classify as a, b or c": exact
            found.append("label_from_list")
    return found


def features(text: str) -> tuple[list[str], list[str]]:
    """(model features, cue names) of a request; the training script uses the same function."""
    lowered = instructions(text).lower()
    words = _WORD.findall(lowered)
    found = cues(lowered)
    feats = [f"w:{w}" for w in words]
    feats += [f"cue:{name}" for name in found]
    feats += [f"first:{w}" for w in words[:2]]
    feats.append("len:" + ("long" if len(text) > _LONG else "mid" if len(text) > 250 else "short"))
    if text.strip().count("\n") >= 2:
        feats.append("pasted")
    feats.append("words:" + ("few" if len(words) < 12 else "some" if len(words) < 30 else "many"))
    if lowered.rstrip().endswith("?"):
        feats.append("ends:?")
    return feats, found


@dataclass(frozen=True)
class Model:
    """Weights, bias and decision costs as shipped in ``resources/routing/router.json``."""

    weights: dict[str, tuple[float, float, float]]
    bias: tuple[float, float, float]
    temperature: float
    # cost[true][picked], in units of one reasoning-tier run
    cost: tuple[tuple[float, float, float], ...]

    def probabilities(self, feats: list[str]) -> tuple[float, float, float]:
        scores = list(self.bias)
        weights = self.weights
        for feat in set(feats):
            w = weights.get(feat)
            if w is not None:
                scores[0] += w[0]
                scores[1] += w[1]
                scores[2] += w[2]
        top = max(scores)
        exp = [math.exp((s - top) / self.temperature) for s in scores]
        total = sum(exp)
        return exp[0] / total, exp[1] / total, exp[2] / total

    def pick(self, probs: tuple[float, float, float]) -> int:
        """The class with the lowest expected cost of being wrong."""
        expected = [sum(probs[t] * self.cost[t][p] for t in range(3)) for p in range(3)]
        return min(range(3), key=lambda p: (expected[p], -p))


def model_from_json(raw: dict[str, Any]) -> Model:
    return Model(
        weights={k: (float(v[0]), float(v[1]), float(v[2])) for k, v in raw["weights"].items()},
        bias=tuple(raw["bias"]),
        temperature=float(raw["temperature"]),
        cost=tuple(tuple(row) for row in raw["cost"]),
    )


@lru_cache(maxsize=1)
def model() -> Model:
    return read_shipped_json("routing/router.json", "The request classifier's data", model_from_json)


def _combine(a: tuple[float, float, float], b: tuple[float, float, float]) -> tuple[float, float, float]:
    joint = [x * y for x, y in zip(a, b, strict=True)]
    total = sum(joint) or 1.0
    return joint[0] / total, joint[1] / total, joint[2] / total


@dataclass(frozen=True)
class Verdict:
    tier: str
    reason: str
    probabilities: dict[str, float]


def _seen(found: list[str], feats: list[str], tier: int, m: Model) -> str:
    """What pushed towards ``tier``, in words: cues first, else the strongest words."""
    named = [_SAID[name] for name in found if name in _SAID and m.weights.get(f"cue:{name}", (0, 0, 0))[tier] > 0]
    if named:
        return named[0] if len(named) == 1 else ", ".join(named[:2]) + ("" if len(named) <= 2 else " and more")
    words = sorted({f for f in feats if f.startswith("w:") and f in m.weights},
                   key=lambda f: -(m.weights[f][tier] - max(m.weights[f])))
    shown = [f'"{w[2:]}"' for w in words if m.weights[w][tier] > 0 and len(w) > 5][:2]
    return ("words like " + " and ".join(shown)) if shown else ""


def classify(text: str, purpose: str = "", m: Model | None = None) -> Verdict:
    """The tier a request needs and a reason a non-technical person can read."""
    m = m or model()
    feats, found = features(text)
    probs = m.probabilities(feats)
    if purpose:  # a template without a tier: what it is for is evidence as independent as the request
        also, more = features(purpose)
        # a request with nothing recognisable in it ("here it is") says less than the purpose
        probs = m.probabilities(also) if more and not found else _combine(probs, m.probabilities(also))
        found += [name for name in more if name not in found and name not in EXACT]
    named = dict(zip(CLASSES, probs, strict=True))
    exact = [name for name in found if name in EXACT]
    if exact and probs[2] < 0.5:  # a judgment question asking for "yes or no" still needs judgment
        tier = EXACT[exact[0]]
        return Verdict(tier, f"It asks for {_SAID[exact[0]]} → {TIER_LABELS[tier]}.", named)
    best = max(range(3), key=lambda i: probs[i])
    picked = m.pick(probs)
    tier = CLASSES[picked]
    seen = _seen(found, feats, picked, m)
    if not seen or probs[best] < 0.5:
        return Verdict(tier, (
            "Promptdesk could not tell for sure what kind of job this is, so it picked the "
            f"{TIER_LABELS[tier]} tier, where a wrong guess costs least."), named)
    likely = TIER_LABELS[CLASSES[best]]
    if picked > best and probs[best] > 0.2:
        return Verdict(tier, (
            f"It could be {likely} work, but it saw {seen}; a wrong {likely} answer would cost more than the "
            f"{TIER_LABELS[tier]} tier → {TIER_LABELS[tier]}."), named)
    if picked < best:
        return Verdict(tier, (
            f"It could need {likely}, but it saw {seen}; at this level of doubt the {likely} tier's price is "
            f"not worth it → {TIER_LABELS[tier]}."), named)
    return Verdict(tier, f"It saw {seen} → {TIER_LABELS[tier]}.", named)
