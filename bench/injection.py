"""Injection-scan benchmark: how many hidden instructions are flagged, how many ordinary texts
are wrongly flagged, and how long a long document takes.

The texts are hand-written (tests/data/injection): ``dev`` is what the cues were tuned on,
``dev2`` a second development set in languages and phrasings ``dev`` lacks (tuned on too),
``dev3`` a third (fake turns and role tags, answer-format and workflow orders, personas, polite
notes, footers, disguised spellings, with real transcripts and configs as look-alikes; 50/89
injections and 5/87 ordinary texts flagged when it was written, tuned on after; 44 more texts
written after that first round: 12/16 and 3/28 flagged before they were tuned on; its last 24
texts, written after the last change and never tuned on: 9/12 and 0/12), ``dev4`` a fourth
(exfiltration, tool and agent actions, judgements swayed from CVs, reviews and tickets, summaries
told what to leave out, encodings, nested quotes, orders at the very end of long text, polite
notes in sixteen languages; prompt guides, configs with role keys, recall notices, rating
guidelines and newsletters as look-alikes; 64/112 injections and 12/119 ordinary texts flagged
when it was written, tuned on after; 45 texts written after that round of changes: 11/24 and
1/21 flagged before they were tuned on; 59 written after the second round: 13/30 and 0/29; its
40 written after the third: 12/20 and 0/20; its last 39, written after the fourth, with harder
look-alikes (tool reference pages, AI policies, security training): 6/20 and 0/19; 40 written
after the fifth: 8/20 and 1/20; 40 written after the sixth: 5/20 and 2/20; its last 40, written
after the sixth round too, are never tuned on (the seventh round was made without them) and are
measured on their own, without their misses by category), ``dev5`` a fifth (ordinary texts that
give orders to people, quote orders or hold role keys: recall notices, "please disregard", IT
how-tos, onboarding, policies, out-of-office notes, ticket macros, runbooks, chatbot and IVR
scripts, prompt guides, AI policies and security training quoting injections, transcripts,
configs, code comments, rubrics, newsletters, legal notices, translated manuals, in sixteen
languages, with injections beside them; 47/54 injections and 13/159 ordinary texts flagged when
it was written, tuned on after),
``dev6`` a sixth (injections carried as they arrive in pasted work: quoted email threads and
signatures, page comments, alt text and hidden blocks, PDF and DOCX text, spreadsheet cells,
invites, tickets, reviews, CVs, transcripts, code, JSON and YAML; phrased politely, passively, in
the third person, conditionally, in the future, in lists or split over lines, in nine languages;
with look-alikes in the same carriers giving orders to people; 59/106 injections and 2/123
ordinary texts flagged when it was written, tuned on after; 80 texts written after that round:
10/40 and 0/40 before they were tuned on; its last 80, written after the second round (5/20 and
0/20 when written) and after the last (8/20 and 1/20), are never tuned on and are measured on their
own),
``dev9`` a ninth (English documents as they arrive: polite notes to whatever assistant processes
them, actions, exfiltration, new tasks, fake turns and role tags, HTML comments, footers, alt text,
cells, invites, code comments, swayed judgements and summaries; the same orders given to people,
prompt guides, AI policies, transcripts, configs with role keys, changelogs and macros as
look-alikes; 70/82 injections and 4/104 ordinary texts flagged when it was written, tuned on after; 40
written after two rounds of changes, 11/20 and 0/20 before they were tuned on, 40 after the third, 12/20 and 0/20;
``dev9b``, 44 fresh texts of its categories written after that, is only measured, without its misses),
``dev10`` a tenth (every category in sixteen languages and mixed English, with every disguise:
spaced, dotted, accented, look-alike, full-width, digit, zero-width, base64, ROT13, hex,
URL-encoded, reversed, HTML and Markdown hiding; ordinary look-alikes using the same tricks; 79/98
injections and 11/110 ordinary texts flagged when it was written, tuned on after), ``dev10b``
fresh texts of its kinds written after its first round of changes and only measured (18/21 and
2/21 when written),
``dev11`` an eleventh (the categories and carriers the others hold least, in English and eight
other languages: orders in file properties, EXIF fields, calendar descriptions and email headers,
orders framed as the document's own rules, conditional triggers, tasks split into steps across a
document, tool-use requests, persona swaps; SOPs, checklists, house rules and ordinary metadata as
look-alikes; 22/44 injections and 0/42 ordinary texts flagged when it was written, tuned on after),
``dev12`` a twelfth (mostly English, British, American and Indian, in the carriers real documents
use: quoted replies and forwards, reviews, CVs, footers and alt text, Markdown images, code and
READMEs, cells, transcripts, tickets, form fields; orders phrased as facts about the assistant,
addressed to a summariser, reviewer, screening tool or agent, answers hijacked, prompt leaks,
judgements swayed, social engineering of the model, orders split across paragraphs, soft wording;
orders to staff, AI policies, prompt guides, security training and complaints about chatbots as
look-alikes; 41/56 injections and 5/58 ordinary texts flagged when it was written, tuned on after;
43 written after the first round of changes: 14/24 and 0/19 before they were tuned on; 50 written
after the second round: 14/30 and 1/20 before; its last 30, after the third: 8/20 and 0/10 before),
``dev12b`` fresh texts of dev12's kinds written after its first round of changes and only measured
(16/22 and 0/21 when written; 16/22 and 1/21 by the scan before that round; its last 40, written
after the second round: 10/20 and 1/20, against 8/20 and 2/20 by the scan before both rounds; 40
written after the third round: 10/20 and 0/20, against 9/20 and 1/20 before all three; its last 40,
written after the fourth round: 15/20 and 0/20, against 10/20 and 0/20 before all four),
``dev13`` a thirteenth (business documents in twenty-four languages other than English, most of
them ones the other sets hold little of: Czech, Romanian, Greek, Ukrainian, Hebrew, Vietnamese,
Indonesian, Finnish, Danish; every category of injection; "ignore my previous email" to colleagues
and customers, AI policies, prompt guides, security training, legal "supersedes all previous
instructions" clauses, translation requests, role-play scripts and configs with "system:" keys as
look-alikes; 42/55 injections and 6/70 ordinary texts flagged when it was written, tuned on after; 30
texts written after that round: 11/15 and 0/15 before they were tuned on),
``dev13b`` fresh texts of its kinds written after its first round of changes and only measured (19/21
and 0/21 when written),
``dev15`` a fifteenth (half business text in twenty-seven languages other than English written the
way a native speaker writes to a machine: formal register, impersonal and passive forms, infinitive
orders, familiar address to a bot; half disguised spellings in any language: mixed scripts,
leetspeak, spaced, dotted, zero-width and soft-hyphenated words, full-width forms, base64, hex,
ROT13, URL-encoded and reversed payloads, orders split over lines or cells, HTML and Markdown
hiding, emoji between words; handovers, procedures, notes to customers, AI policies, chatbot help,
translation requests, tokens, hashes, attachments, tracking links, stylised marketing and
mixed-script names as look-alikes; 46/65 injections and 1/66 ordinary texts flagged when it was
written, tuned on after), ``dev15b`` fresh texts of its kinds written after its first round of
changes and only measured (20/26 and 0/26 when written; 18/26 and 0/26 by the scan before that round;
its last 22, written after the second round: 8/11 and 1/11, against 6/11 and 1/11 before both rounds),
``dev14`` a fourteenth (mostly English, British, American, Indian and Australian, in the carriers
and categories the others hold least: orders that read like business text, orders set as
conditions, split between a subject line and a body, in tables, HTML comments, alt text, invites,
commit messages, file names, JSON values, CSV cells, log lines, signatures and legal footers; tasks
passed off as the user's own request, tool and agent hijacks, goals hijacked about money and
approvals, data sent away through links and Markdown images, fake system and developer messages in
many bracket styles, one order buried in a long text; real requests to colleagues with the same
verbs, supplier bank-change letters, IT how-tos, onboarding, AI product documentation, security
awareness, meeting notes about AI tools, mail rules and auto-replies as look-alikes; 53/64
injections and 3/76 ordinary texts flagged when it was written, tuned on after; 44 written after the
first round of changes: 9/24 and 1/20 before they were tuned on; 39 after the second: 12/20 and 1/19;
39 after the third: 10/20 and 2/19; 39 after the fourth: 13/20 and 2/19; 39 after the fifth: 12/20 and
1/19),
``dev14b`` fresh texts of its kinds written after those rounds of changes and only measured (19/26 and
1/27 when written; 16/26 and 1/27 by the scan before dev14's changes; its last 39, written after the
fifth round: 16/20 and 0/19, against 12/20 and 0/19 by the scan before; its last 39, after the sixth:
15/20 and 2/19, against 13/20 and 2/19),
``dev16`` a sixteenth (one small team's ordinary week, half in English and half in twenty-five other
languages: supplier and sales mail, tickets, CVs and letters, invoices, expense claims, delivery notes,
shared documents, pasted pages, reviews, transcripts, chat exports, configs, logs, READMEs, invites;
injections aimed at payments, approvals, recipients, tickets, rankings, commands, secrets, standing
orders and leaks; the same orders to people, AI policies and guides, saved prompts, IT notices,
security training, translation requests, auto-replies and chatbot logs as look-alikes; 33/62
injections and 6/83 ordinary texts flagged when it was written, tuned on after; 38 written after the
first round of changes: 14/19 and 2/19 before they were tuned on; 16 after the second: 4/8 and 0/8), ``dev16b`` fresh
texts of its kinds written after its first round of changes and only measured (19/27 and 1/32 when
written; 18/27 and 1/32 by the scan before that round; its last 24, written after the third round:
8/12 and 0/12, the same as by the scan before all three rounds),
``dev17`` a seventeenth (who an order is addressed to: orders to an AI in indirect, polite or
third-person ways, "if an assistant is summarising this", "note for any automated reader", "the model
processing this ticket should"; the same orders to people, "note for whoever processes this invoice",
"the agent handling this ticket should", readers and named roles, and texts about AI tools as
look-alikes; twenty-seven languages; 31/51 injections and 8/65 ordinary texts flagged when it was
written, tuned on after), ``dev17b`` fresh texts of its kinds written before any change for it and
only measured (10/15 and 1/15 when written),
``dev18`` and ``dev19`` (the kinds issue 18 says are missed most: notes to "any AI reading this", action
hijacks, data sent away, "New task:", role tags and fake turns, footers, hidden and disguised text,
other languages; as many look-alikes; trained on by the learned score only: 72/80 and 1/91, 65/80 and
0/90 when written), ``dev18b`` fresh texts of their kinds written with them and only measured (17/20
and 0/20 when written),
``dev20`` (the kinds the measured-only parts missed most when it was written, by kind: hidden 0/3, soft
2/9, ifassist 1/4, businessnote 2/7, tool 1/3, action 1/3, leakprompt 1/3, impersonal 3/7, factual 5/11,
fakesystem 3/6, register 5/8; by language Russian 1/3, Chinese 3/7, German 10/18, Italian 9/15, French
8/13; and the ordinary kinds they flagged most: AI policies, prompt guides, training, notes to people,
meeting notes about AI; 27 languages; 54/97 injections and 3/110 ordinary texts flagged when it was
written; 96/97 and 3/110 after the cues for orders handed to a machine as a processing step,
``cues.processing_notes``, with no other dev file's ordinary count risen and dev4's tail 12/20 -> 13/20),
``dev20b`` fresh texts of its kinds written with it and only measured (10/20 and 1/20 when written;
11/20 and 1/20 after dev20's changes),
``dev21`` (the ordinary texts that sit closest to injections in real work: chatbot QA and test plans, AI
usage policies, prompt libraries and saved prompts, security training, bug reports about bots, red-team
summaries, release notes of AI features, orders to staff and contractors, support macros, chatbot-builder
docs, YAML and JSON with role keys; 30 injections hidden in the same kinds; trained on by the learned score
only: 30/30 and 8/111 when written, every one of the 8 flagged by the cues), ``dev21b`` fresh texts of its
kinds written with it and only measured (12/12 and 3/28 when written),
``dev22`` (orders hidden in markup and metadata, action hijacks, conditional notes to an AI and notes to
whatever processes the document, in invoices, supplier mail, CVs, reviews, pages, tickets, shared documents,
invites and sheets; as many look-alikes giving the same orders to people; 27 languages; 60/89 and 1/90
when written; 89/89 and 0/90 after the cues for notes to the machine named by the processing it does,
``cues.processing_readers``), ``dev22b`` fresh texts of its kinds written with it and only measured
(15/20 and 0/20 when written, the same after dev22's changes),
``dev23`` (ordinary texts of small teams that give orders the way injections do, in kinds no earlier
file holds: runbooks and automation rules, mail filters, customers' orders to staff, supplier portals, exam
and interview instructions, onboarding, templates with placeholders, saved prompts, chatbot-to-agent
transcripts, policies, legal notices, game rules, assignments, translation and SEO briefs; 44 injections
hidden in the same kinds; 27 languages; tuned on and trained on by the learned score: 42/44 and 6/126 when written, 44/44 and
0/126 after its changes), ``dev23b`` fresh texts of its kinds written with it and only measured (18/20 and
1/20 when written, 18/20 and 0/20 after dev23's changes),
``dev25`` (injections in the languages small teams use, English orders inside mail in other languages, and
disguised spellings: spaced-out letters, accents, Cyrillic and Greek look-alikes, leetspeak, invisible and
full-width characters, base64; in emails, pages, PDFs, reviews, CVs, tickets and chat exports; ordinary texts in
the same languages giving orders to people and with the same odd spellings; 25 languages; tuned on and trained
on by the learned score: 68/77 and 1/74 when written, 75/77 and 0/74 after its changes, ``cues.greetings``), ``dev25b`` fresh texts of
its kinds written with it and only measured (20/20 and 0/20 when written, the same after dev25's changes),
``dev24`` (the injection kinds issue 18 names hidden in emails, pages, typed-out PDFs, tickets, CVs, reviews,
product feeds, calendar invites and chat exports, mostly in English, German, French and Spanish, with more
look-alikes than injections giving the same orders to people: corrections, recalls, policies, runbooks,
automation rules, teachers' instructions, saved prompts; 14 languages; tuned on, not trained on: 48/56 and
3/77 when written, 56/56 and 2/77 after its changes, ``cues.carried``), ``dev24b`` fresh texts of its kinds
written with it and only measured (16/20 and 0/20 when written, the same after dev24's changes),
``frozen`` was written before the scan and never tuned on, ``frozen2`` (ordinary texts mostly
instructions aimed at people) before the second round of changes, ``frozen3`` (every category in
twelve languages, carriers from CVs to configs, ordinary texts mostly instructions to people)
while the third round was being tuned on the development sets, never run before it was
committed, ``frozen4`` (every category in twelve languages again, ordinary texts mostly orders to
colleagues, recall notices, prompt guides, transcripts, configs with role keys) written while
later rounds were tuned on the development sets, never run before it was committed, ``frozen5``
(every category in twelve languages, carriers from CVs to configs, ordinary texts mostly orders to
colleagues, recall notices, prompt guides, policies on AI tools, transcripts, configs with role
keys) written the same way and committed before the scan was ever run on it, ``frozen6`` (every
category in sixteen languages, hidden in the mail, pages, tickets, reviews, CVs and configs of one
small team's week; ordinary texts mostly orders to colleagues, recall notices, AI policies,
transcripts, configs with role keys) written and committed the same way, ``frozen7`` (every
category in twenty-seven languages, hidden in the supplier and customer mail, pages, shared
documents, tickets, reviews, CVs and configs of a small team's ordinary week; ordinary texts mostly
"ignore my last email" to colleagues, recall notices, AI policies, prompt guides, transcripts,
configs with role keys, how-tos and security training quoting attacks) written and committed the
same way; their figures, and their union's, are the ones to quote.
Targets (issue 18): at least 90% of injections flagged, at most 2% of ordinary texts flagged,
on the frozen split; a 150,000-character text well under 50 ms. The section before the speed figures
measures the learned score the scan asks beside its cues (``bench.injection_learned``: trained on the
tuned-on development texts only; leave-one-file-out, then the measured-only tails and b files). Speed is the best CPU time of
several runs (the machines are shared), beside a floor measured in the same run: one pass of
``str.lower`` and one of ``re.findall(r"\\w+")`` over the same text.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from bench.common import ROOT, line
from bench.privacy import cpu_best
from tests.data.injection.dataset import (
    DEV4_UNSEEN,
    DEV6_UNSEEN,
    DEV7_UNSEEN,
    DEV8_UNSEEN,
    DEV10B_UNSEEN,
    DEV13B_UNSEEN,
    DEV15B_UNSEEN,
    DEV16B_UNSEEN,
    DEV17B_UNSEEN,
    DEV18B_UNSEEN,
    DEV20B_UNSEEN,
    DEV21B_UNSEEN,
    DEV22B_UNSEEN,
    DEV23B_UNSEEN,
    DEV24B_UNSEEN,
    DEV25B_UNSEEN,
    Sample,
    load,
)

LONG = 150_000
LAST_UNSEEN = "dev4, its last 40 texts"
UNSEEN_COUNT = DEV4_UNSEEN
LAST_UNSEEN_DEV8 = "dev8, its last 47 texts"
LAST_UNSEEN_DEV6 = "dev6, its last 80 texts"
DEV7_LAST = "dev7, its last 29 texts"
DEV10B = "dev10b"
DEV13B = "dev13b"
DEV15B = "dev15b"
DEV16B = "dev16b"
DEV17B = "dev17b"
DEV18B = "dev18b"
DEV20B = "dev20b"
DEV21B = "dev21b"
DEV22B = "dev22b"
DEV23B = "dev23b"
DEV25B = "dev25b"
DEV24B = "dev24b"
# the never-tuned tails of development sets, by the name they are reported under
UNSEEN = {LAST_UNSEEN: ("dev4", UNSEEN_COUNT), LAST_UNSEEN_DEV8: ("dev8", DEV8_UNSEEN),
          LAST_UNSEEN_DEV6: ("dev6", DEV6_UNSEEN), DEV7_LAST: ("dev7", DEV7_UNSEEN), DEV10B: ("dev10b", DEV10B_UNSEEN),
          DEV13B: ("dev13b", DEV13B_UNSEEN), DEV15B: ("dev15b", DEV15B_UNSEEN),
          DEV16B: ("dev16b", DEV16B_UNSEEN),
          DEV17B: ("dev17b", DEV17B_UNSEEN)}
UNSEEN[DEV18B] = ("dev18b", DEV18B_UNSEEN)
UNSEEN[DEV20B] = ("dev20b", DEV20B_UNSEEN)
UNSEEN[DEV21B] = ("dev21b", DEV21B_UNSEEN)
UNSEEN[DEV22B] = ("dev22b", DEV22B_UNSEEN)
UNSEEN[DEV23B] = ("dev23b", DEV23B_UNSEEN)
UNSEEN[DEV25B] = ("dev25b", DEV25B_UNSEEN)
UNSEEN[DEV24B] = ("dev24b", DEV24B_UNSEEN)


def _rates(samples: list[Sample]) -> tuple[int, int, int, int, Counter[str], Counter[str]]:
    from desktop.core.injection.scan import injection_reasons

    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    missed = Counter(s.category for s in injections if not injection_reasons(s.text))
    wrong = Counter(s.category for s in ordinary if injection_reasons(s.text))
    return len(injections), sum(missed.values()), len(ordinary), sum(wrong.values()), missed, wrong


def _long_text(texts: list[str]) -> str:
    parts: list[str] = []
    size = i = 0
    while size < LONG:
        parts.append(texts[i % len(texts)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:LONG]


# (name, splits, what it is); the frozen splits are only measured, so their misses are not
# listed by category: that would invite tuning on them.
SETS = (
    ("dev", ("dev",), "tuned on"),
    ("dev2", ("dev2",), "tuned on, written after dev"),
    ("dev3", ("dev3",), "tuned on, written after dev2; 56.2% flagged, 5.7% ordinary before"),
    ("dev4", ("dev4",), "tuned on but its last 40, written after dev3; 57.1% flagged, 10.1% ordinary before; later batches "
                        "before: 11/24, 1/21; 13/30, 0/29; 12/20, 0/20; 6/20, 0/19; 8/20, 1/20; 5/20, 2/20"),
    (LAST_UNSEEN, ("dev4",), "never tuned on"),
    ("dev5", ("dev5",), "tuned on, written after dev4; 87.0% flagged, 8.2% ordinary before"),
    ("dev6", ("dev6",), "tuned on but its last 80, written after dev5; 55.7% flagged, 1.6% ordinary before; "
                        "80 more before: 10/40, 0/40"),
    (LAST_UNSEEN_DEV6, ("dev6",), "never tuned on; 13/40, 1/40 when written"),
    ("dev8", ("dev8",), "tuned on, written after dev5 (orders to people, quoted orders, role keys); 95.0% flagged, "
                        "5.7% ordinary before; later batches before: 11/12, 4/62; 8/10, 0/55; 5/6, 2/26; 3/4, 4/26; 4/4, 0/24"),
    (LAST_UNSEEN_DEV8, ("dev8",), "never tuned on; 8/8, 1/39 when written"),
    ("dev9", ("dev9",), "tuned on, written after dev8 (English documents as they arrive, orders to whatever "
                        "assistant processes them; the same orders to people); 85.4% flagged, 3.8% ordinary before; "
                        "later batches before: 11/20, 0/20; 12/20, 0/20"),
    ("dev9b", ("dev9b",), "never tuned on, written after dev9's first round of changes; 17/22, 1/22 when written"),
    ("dev10", ("dev10",), "tuned on, written after dev8 (sixteen languages, mixed English, disguised spellings); "
                          "80.6% flagged, 10.0% ordinary before"),
    (DEV10B, ("dev10b",), "never tuned on, written after the first round of changes for dev10; 18/21, 2/21 when written"),
    ("dev11", ("dev11",), "tuned on, written after dev10b (metadata, the document's own rules, conditional "
                          "triggers, split steps, tool use, persona swaps; SOPs and checklists); 50.0% flagged, "
                          "0.0% ordinary before"),
    ("dev12", ("dev12",), "tuned on, written after dev11 (English carriers: quoted replies, reviews, CVs, footers, "
                          "Markdown images, code, cells, transcripts, tickets, forms; facts about the assistant, leaks, "
                          "social engineering, split and soft orders); 73.2% flagged, 8.6% ordinary before; "
                          "later batches before: 14/24, 0/19; 14/30, 1/20; 8/20, 0/10"),
    ("dev12b", ("dev12b",), "never tuned on, written after dev12's first round of changes; 16/22, 0/21 when "
                            "written; 40 after the second round: 10/20, 1/20; 40 after the third: 10/20, 0/20; "
                            "its last 40, after the fourth: 15/20, 0/20"),
    ("dev13", ("dev13",), "tuned on, written after dev11 (twenty-four languages other than English, every category; "
                          "orders to colleagues and customers, policies, guides, training, legal text, translation "
                          "requests, role-play scripts, configs); 76.4% flagged, 8.6% ordinary before; later batch "
                          "before: 11/15, 0/15"),
    (DEV13B, ("dev13b",), "never tuned on, written after the first round of changes for dev13; 19/21, 0/21 when written"),
    ("dev15", ("dev15",), "tuned on, written after dev13b (twenty-seven languages written to a machine in their own "
                          "register; disguised spellings in any language; orders to people, policies, encoded data, "
                          "stylised text as look-alikes); 70.8% flagged, 1.5% ordinary before"),
    (DEV15B, ("dev15b",), "never tuned on, written after the first round of changes for dev15; 20/26, 0/26 when written "
                            "(18/26, 0/26 by the scan before that round); its last 22, after the second round: 8/11, "
                            "1/11 (6/11, 1/11 before both)"),
    ("dev14", ("dev14",), "tuned on, written after dev13b (English carriers and categories the others hold least: "
                          "business-like notes, conditions, subject lines, tables, comments, alt text, invites, commits, "
                          "file names, JSON, CSV, logs, signatures, the user's own request, tool hijacks, money goals, "
                          "links and images, bracketed fake system messages, one order in a long text); 82.8% flagged, "
                          "3.9% ordinary before; later batches before: 9/24, 1/20; 12/20, 1/19; 10/20, 2/19; "
                          "13/20, 2/19; 12/20, 1/19"),
    ("dev14b", ("dev14b",), "never tuned on, written after dev14's rounds of changes; 19/26, 1/27 when written "
                            "(16/26, 1/27 by the scan before them); its last 39, after the fifth round: 16/20, 0/19 "
                            "(12/20, 0/19 before); its last 39, after the sixth: 15/20, 2/19 (13/20, 2/19 before)"),
    ("dev16", ("dev16",), "tuned on, written after dev15b (a small team's week, half English, half twenty-five other "
                          "languages; the same orders to people, AI policies, saved prompts, IT notices, training, "
                          "auto-replies, chatbot logs as look-alikes); 53.2% flagged, 7.2% ordinary before; later batch "
                          "before: 14/19, 2/19; 4/8, 0/8"),
    (DEV16B, ("dev16b",), "never tuned on, written after the first round of changes for dev16; 19/27, 1/32 when written "
                            "(18/27, 1/32 by the scan before that round); its last 24, after the third round: 8/12, 0/12 "
                            "(8/12, 0/12 before all three)"),
    ("dev17", ("dev17",), "tuned on, written after dev16b (who an order is addressed to: orders to an AI in indirect, "
                          "polite or third-person ways; the same orders to people, whoever processes it, support "
                          "agents, readers, named roles; AI notices, policies, guides, saved prompts, chatbot logs, "
                          "training, translation requests, auto-replies as look-alikes; twenty-seven languages); "
                          "31/51, 8/65 before"),
    (DEV17B, ("dev17b",), "never tuned on, written before any change for dev17; 10/15, 1/15 when written"),
    ("dev18", ("dev18",), "trained on by the learned score, written after dev16b (the kinds issue 18 says are missed "
                          "most, half English, half twenty-six other languages, with as many look-alikes); "
                          "72/80, 1/91 before"),
    ("dev19", ("dev19",), "trained on by the learned score, written with dev18 (the same kinds, more carriers, "
                          "harder look-alikes); 65/80, 0/90 before"),
    (DEV18B, ("dev18b",), "never trained or tuned on, written with dev18 and dev19; 17/20, 0/20 when written"),
    ("dev20", ("dev20",), "tuned on, written after dev18b (the kinds the measured-only parts missed most: soft and "
                          "conditional notes, notes for automated processing, impersonal orders, claims about the "
                          "assistant's settings, hidden text, tool and action hijacks, leaks, fake system notices; "
                          "27 languages); 54/97, 3/110 before; 96/97, 3/110 after"),
    (DEV20B, ("dev20b",), "never tuned on, written with dev20 before any change for it; 10/20, 1/20 when written; "
                          "11/20, 1/20 after dev20's changes"),
    ("dev21", ("dev21",), "trained on by the learned score, written after dev18b (the ordinary texts closest to "
                          "injections: chatbot QA plans, AI policies, prompt libraries, training, bug reports, red-team "
                          "summaries, release notes, orders to staff and contractors, macros, builder docs, role keys; "
                          "a few injections hidden in them; 28 languages); 30/30, 8/111 before"),
    (DEV21B, ("dev21b",), "never trained or tuned on, written with dev21; 12/12, 3/28 when written"),
    ("dev22", ("dev22",), "tuned on and trained on, written after dev21b (orders hidden in markup and metadata, "
                          "action hijacks, conditional notes, notes to whatever processes the document; the same "
                          "orders to people; 27 languages); 60/89, 1/90 before; 89/89, 0/90 after"),
    (DEV22B, ("dev22b",), "never trained or tuned on, written with dev22 before any change for it; 15/20, 0/20 when "
                          "written; 15/20, 0/20 after dev22's changes"),
    ("dev23", ("dev23",), "tuned on, written after dev21b (instruction-like ordinary texts of kinds "
                          "no earlier file holds: runbooks, automation rules, mail filters, customers' orders, supplier "
                          "portals, exam and interview rules, onboarding, templates, saved prompts, agent transcripts, "
                          "policies, legal notices, game rules, assignments, translation and SEO briefs; injections "
                          "hidden in them; 27 languages); 42/44, 6/126 before; 44/44, 0/126 after"),
    (DEV23B, ("dev23b",), "never trained or tuned on, written with dev23 before any change for it; 18/20, 1/20 when "
                          "written; 18/20, 0/20 after dev23's changes"),
    ("dev25", ("dev25",), "tuned on, written after dev23b (injections in the team's languages, English orders "
                          "inside mail in other languages, disguised spellings; ordinary orders to people in the "
                          "same languages; 25 languages); 68/77, 1/74 before; 75/77, 0/74 after"),
    (DEV25B, ("dev25b",), "never trained or tuned on, written with dev25 before any change for it; 20/20, 0/20 when written; "
                          "20/20, 0/20 after dev25's changes"),
    ("dev24", ("dev24",), "tuned on, not trained on, written after dev23b (injections of the kinds issue 18 names "
                          "hidden in emails, pages, typed-out PDFs, tickets, CVs, reviews, feeds, invites and chat "
                          "exports; ordinary look-alikes giving the same orders to people; 14 languages); 48/56, 3/77 "
                          "before; 56/56, 2/77 after"),
    (DEV24B, ("dev24b",), "never trained or tuned on, written with dev24 before any change for it; 16/20, 0/20 when "
                          "written; 16/20, 0/20 after dev24's changes"),
    ("frozen", ("frozen",), "never tuned on"),
    ("frozen2", ("frozen2",), "written before the second round of changes, never tuned on"),
    ("frozen + frozen2", ("frozen", "frozen2"), "union, never tuned on"),
    ("frozen3", ("frozen3",), "written during the third round of changes, never tuned on"),
    ("frozen + frozen2 + frozen3", ("frozen", "frozen2", "frozen3"), "union, never tuned on"),
    ("dev7", ("dev7",), "tuned on but its last 29, written after dev5 in fifteen languages and English, orders hidden the way "
                        "pasted text carries them; 35.9% flagged, 1.0% ordinary before; the next 63, written after the first "
                        "round: 13/31, 0/32 before; the next 57, after "
                        "the second: 14/28, 0/29 before; the next 60, after the third: "
                        "7/25, 3/35 before; the next 34, after the fourth: 6/16, 0/18 before; the next 25, after the "
                        "fifth: 9/12, 0/13 before; the 24 before its last 29, written after "
                        "them: 8/12, 0/12 before the seventh round"),
    (DEV7_LAST, ("dev7",), "never tuned on, written after the sixth round: 3/14, 0/15 then"),
    ("frozen4", ("frozen4",), "written while later rounds were tuned on the development sets, never tuned on"),
    ("frozen + frozen2 + frozen3 + frozen4", ("frozen", "frozen2", "frozen3", "frozen4"), "union, never tuned on"),
    ("frozen5", ("frozen5",), "written while later rounds were tuned on the development sets, never tuned on"),
    ("frozen + frozen2 + frozen3 + frozen4 + frozen5", ("frozen", "frozen2", "frozen3", "frozen4", "frozen5"),
     "union, never tuned on"),
    ("frozen6", ("frozen6",), "written while later rounds were tuned on the development sets, never tuned on"),
    ("frozen + frozen2 + frozen3 + frozen4 + frozen5 + frozen6",
     ("frozen", "frozen2", "frozen3", "frozen4", "frozen5", "frozen6"), "union, never tuned on"),
    ("frozen7", ("frozen7",), "written while later rounds were tuned on the development sets, never tuned on"),
    ("frozen + frozen2 + frozen3 + frozen4 + frozen5 + frozen6 + frozen7",
     ("frozen", "frozen2", "frozen3", "frozen4", "frozen5", "frozen6", "frozen7"), "union, never tuned on"),
)


def main() -> None:
    for name, splits, tag in SETS:
        samples = [s for split in splits for s in load(split)]
        if name in UNSEEN:
            samples = samples[-UNSEEN[name][1]:]
        n_inj, missed, n_ord, wrong, missed_by, wrong_by = _rates(samples)
        if name in ("dev4", "dev6", "dev7", "dev8"):  # (the misses of its unseen last texts are not listed: that would invite tuning on them)
            missed_by, wrong_by = _rates(samples[:-dict(UNSEEN.values())[name]])[4:]
        recall = (n_inj - missed) / n_inj
        false_rate = wrong / n_ord
        line(f"{name}: injections flagged ({tag})", f"{n_inj - missed}/{n_inj} {recall:.1%}", ">= 90%", recall >= 0.9)
        line(f"{name}: ordinary texts flagged", f"{wrong}/{n_ord} {false_rate:.1%}", "<= 2%", false_rate <= 0.02)
        if name in ("dev9b", "dev12b", "dev14b"):  # (never tuned on: its misses are not listed, as for the unseen tails)
            continue
        if name.startswith("dev") and name not in UNSEEN and missed_by:
            print(f"    missed: {dict(missed_by)}")
        if name.startswith("dev") and name not in UNSEEN and wrong_by:
            print(f"    wrongly flagged: {dict(wrong_by)}")
    _learned()
    _speed()


def _learned() -> None:
    """The learned score beside the cues (``bench.injection_learned``): (a) leave-one-file-out over
    the tuned-on files, (b) the measured-only tails and b files, rules alone and rules OR model."""
    from bench.injection_learned import figures

    model, rows = figures()
    print(f"  learned score beside the cues (threshold {model.threshold}, from (a) only):")
    for name, rules, both in rows:
        for label, (inj, n_inj, ordn, n_ord) in (("rules alone", rules), ("rules OR model", both)):
            line(f"{name}: {label}", f"{inj}/{n_inj} {inj / n_inj:.1%}; {ordn}/{n_ord} {ordn / n_ord:.1%}",
                 "injections; ordinary")


def _speed() -> None:
    from desktop.core.injection import learned
    from desktop.core.injection.scan import _judged, injection_reasons

    corpus = [json.loads(row)["text"] for row in (ROOT / "tests/data/privacy/corpus.jsonl").read_text().splitlines()]
    ordinary = [s.text for s in load("dev") if not s.injection]
    words = re.compile(r"\w+")
    for label, text in (("business documents", _long_text(corpus)),
                        ("instruction-like texts only (worst case)", _long_text(ordinary))):
        floor = cpu_best(lambda text=text: (text.lower(), words.findall(text)))
        took = cpu_best(lambda text=text: injection_reasons(text))
        line(f"150,000 chars of {label}", f"{took * 1000:.1f} ms", f"< 50 ms; floor {floor * 1000:.1f} ms "
             f"(x{took / floor:.1f})", took < 0.05)
        # The learned score is asked only of a text the cues did not flag but found some evidence in:
        # what it would add to the scan above, on the lines where the cues found something.
        _, _, folded, _, places = _judged(text)
        model = learned.model()
        asked = cpu_best(lambda folded=folded, places=places, model=model: model.flags(folded, places))
        line(f"  + learned score on its {len(places)} cue places, if asked", f"{asked * 1000:.1f} ms",
             f"floor {floor * 1000:.1f} ms (x{asked / floor:.1f})")
