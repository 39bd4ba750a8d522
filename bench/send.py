"""Send path benchmark: the time the app adds before a request leaves, streamed-chunk restore
latency, and what routing by tier saves on the bundled library's task mix.

1. Send -> request leaving, for a 10 KB prompt with personal data in it, against the fake LLM
   server (tests/helpers/fake_llm.py): prepare (render, redact, route, estimate) plus execute up
   to the moment the server receives the request (cache lookup, the "waiting" record written
   before sending, the SDK call). The floor is the bare ``anthropic`` SDK sending the same
   text to the same server from the same process; the app's overhead is the difference.
   "new": the text reaches prepare for the first time at Send (a paste and an immediate Send);
   "typed": the form prepared it during a pause in typing, as the app does, so Send reuses
   the redaction.
2. Chunk -> restored text handed to the caller: the pipeline's per-chunk work
   (``StreamRestorer.feed``) on a streamed answer full of placeholders, against the SDK's own
   per-chunk cost for the same stream.
3. Cost of the bundled templates' test cases routed by tier, against the same runs all on the
   reasoning tier (input from the outgoing text, output from the template's example answer or
   its output limit).
4. A month of a small team's work (``MONTH``: bundled templates weighted by how often the
   seed's use cases come up, plus free-form requests: the frozen routing test split, routed by
   the classifier), routed against all on the reasoning tier, beside the seed's 62%; and the
   time the classifier adds to a 10 KB free-form request.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import line

TEMPLATE = """---
title: Long reply
category: Operations
tier: execution
version: 1
purpose: Answer a long customer email.
fields:
  - {name: customer, label: Customer, type: short_text, required: true}
  - {name: email, label: Email, type: long_text, required: true, untrusted: true}
---
Draft a reply to {{customer}}.
<email>
{{email}}
</email>
"""

PARAGRAPH = ("Hello, this is Maria Keller from Northwind. Please call me on +44 20 7946 0958 or write to "
             "maria.keller@example.com about order 4471. The shipment to our Leeds office arrived late again, "
             "and two of the boxes were damaged. We need a replacement before the end of the month. ")


def _setup() -> Path:
    home = Path(tempfile.mkdtemp(prefix="promptdesk-bench-send-"))
    os.environ["PROMPTDESK_HOME"] = str(home)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    for name in ("PROMPTDESK_TEAM_DIR", "ANTHROPIC_BASE_URL", "OPENAI_BASE_URL"):
        os.environ.pop(name, None)
    return home


TYPICAL = ("Thanks for the update on the rollout. The team reviewed the schedule and the open tickets, and we "
           "agree the migration should wait until the reporting fixes are in. ")


def _prompts() -> dict[str, str]:
    """Two 10 KB emails: personal data in every paragraph, and a typical thread with a few items."""
    typical = (TYPICAL * 80)[:9_800] + " Best, Maria Keller, maria.keller@example.com, +44 20 7946 0958."
    return {"dense": (PARAGRAPH * 40)[:10_000], "typical": typical}


def _overhead(email: str, rounds: int = 30, typed_first: bool = False) -> dict[str, float]:
    """Median milliseconds of each stage between Send and the request reaching the server.

    ``typed_first``: the form already prepared this exact text while the user typed (what the
    app does after a pause in typing), so Send finds its redaction ready.
    """
    from desktop.core import paths
    from desktop.core.context import AppContext
    from desktop.core.privacy import redact_segments
    from desktop.core.send import pipeline
    from desktop.core.settings import UserSettings
    from desktop.core.templates.library import render_segments
    from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FakeLLMServer, RecordedRequest, Reply

    arrivals: list[float] = []

    def answer(request: RecordedRequest) -> Reply:
        arrivals.append(time.perf_counter())
        return Reply(text="Thank you, [PERSON_1].")

    samples: dict[str, list[float]] = {}
    with FakeLLMServer() as server:
        server.default = answer
        os.environ["ANTHROPIC_BASE_URL"] = server.url
        os.environ["ANTHROPIC_API_KEY"] = FAKE_ANTHROPIC_KEY
        (paths.personal_prompts_dir() / "long-reply.md").write_text(TEMPLATE, encoding="utf-8")
        context = AppContext(UserSettings())
        template = context.library.get("long-reply")
        assert template is not None, context.library.problems
        import anthropic

        client = anthropic.Anthropic(api_key=FAKE_ANTHROPIC_KEY, base_url=server.url, max_retries=0)
        for i in range(rounds + 3):  # the first rounds load lists, SDKs and the price table
            # A cache miss each time: no round, in this call or an earlier one, sent this text.
            values = {"customer": "Maria Keller", "email": email + f" Ref {typed_first} {i}."}
            if typed_first:
                pipeline.prepare(context, template, values)
            started = time.perf_counter()
            prepared = pipeline.prepare(context, template, values)
            prepared_at = time.perf_counter()
            pipeline.execute(context, prepared)
            app = arrivals[-1] - started
            segments = render_segments(template, values)
            redact_started = time.perf_counter()
            redact_segments(segments, country=context.country, terms=context.sensitive_terms, untrusted={"email"})
            redact = time.perf_counter() - redact_started
            started = time.perf_counter()
            with client.messages.stream(model=prepared.route.model, max_tokens=prepared.max_output_tokens,
                                        system=prepared.system,
                                        messages=[{"role": "user", "content": prepared.redaction.text}]) as stream:
                for _ in stream.text_stream:
                    pass
            bare = arrivals[-1] - started
            staged = time.perf_counter()
            pipeline.prepare(context, template, values)  # the same text again: redaction is reused
            stages = time.perf_counter() - staged
            if i >= 3:  # differences within a round, so machine noise between rounds cancels out
                prepare = prepared_at - (arrivals[-2] - app)
                for name, value in (("app", app), ("bare", bare), ("redact", redact), ("overhead", app - bare),
                                    ("stages", stages), ("execute", app - prepare - bare)):
                    samples.setdefault(name, []).append(value * 1000)
        os.environ.pop("ANTHROPIC_BASE_URL", None)
    return {name: statistics.median(values) for name, values in samples.items()}


def _restore_latency() -> tuple[float, float, float]:
    """Per chunk: median and 99th-percentile seconds of StreamRestorer.feed, and the SDK's own median."""
    import anthropic

    from desktop.core.privacy import StreamRestorer
    from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FakeLLMServer, Reply

    vault = {f"[PERSON_{n}]": f"Person Number{n}" for n in range(1, 21)}
    vault |= {f"[EMAIL_{n}]": f"person{n}@example.com" for n in range(1, 11)}
    words = []
    for n in range(400):
        words.append(f"[PERSON_{n % 20 + 1}]" if n % 7 == 0 else f"[EMAIL_{n % 10 + 1}]" if n % 11 == 0 else "word")
    answer = " ".join(words)
    chunks = [answer[i:i + 5] for i in range(0, len(answer), 5)]  # cut through placeholders often
    feed: list[float] = []
    for _ in range(5):
        restorer = StreamRestorer(vault)
        for chunk in chunks:
            started = time.perf_counter()
            restorer.feed(chunk)
            feed.append(time.perf_counter() - started)
        restorer.finish()
    with FakeLLMServer() as server:
        server.queue(Reply(chunks=chunks))
        client = anthropic.Anthropic(api_key=FAKE_ANTHROPIC_KEY, base_url=server.url, max_retries=0)
        gaps: list[float] = []
        with client.messages.stream(model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}]) as stream:
            last = None
            for _ in stream.text_stream:
                now = time.perf_counter()
                if last is not None:
                    gaps.append(now - last)
                last = now
    return statistics.median(feed), statistics.quantiles(feed, n=100)[98], statistics.median(gaps)


def _sample_values(template: Any) -> list[dict[str, Any]]:
    if template.tests:
        return [dict(case.fields) for case in template.tests]
    values: dict[str, Any] = {}
    for field in template.fields:
        if field.options:
            values[field.name] = field.options[0]
        elif field.type in ("short_text", "long_text"):
            values[field.name] = "Sample text for this field. " * max(1, (field.min_length or 0) // 25 + 1)
    return [values]


def _task_mix() -> tuple[float, float, dict[str, int], int]:
    """(routed cost, all-on-reasoning cost, runs per tier, templates) for the bundled library."""
    from desktop.core.context import AppContext
    from desktop.core.send import pipeline, pricing, routing
    from desktop.core.settings import UserSettings

    context = AppContext(UserSettings())
    reasoning = routing.pin_for("reasoning", context.team)
    routed = all_reasoning = 0.0
    tiers: dict[str, int] = {}
    bundled = [t for t in context.library.templates if t.source == "bundled"]
    for template in bundled:
        for values in _sample_values(template):
            prepared = pipeline.prepare(context, template, values)
            if prepared.problems:
                continue
            output = pricing.count_tokens(template.example_output) or prepared.max_output_tokens
            output = min(output, prepared.max_output_tokens)
            tokens = {"input_tokens": prepared.estimated_input_tokens, "output_tokens": output}
            routed += pricing.cost(prepared.route.provider, prepared.route.model, **tokens)
            all_reasoning += pricing.cost(*reasoning, **tokens)
            tiers[prepared.route.tier] = tiers.get(prepared.route.tier, 0) + 1
    return routed, all_reasoning, tiers, len(bundled)


# Runs a month for a team of about five, by template: the seed's use cases (inbox, meeting notes,
# documents and lists every day; sales and content weekly; proposals and calibration rarely).
# An assumption stated here so it can be argued with, not a measurement.
MONTH: dict[str, int] = {
    "email-triage": 60, "lead-qualification": 40, "meeting-summary": 30, "document-extraction": 25,
    "task-extraction": 20, "data-cleanup": 15, "cold-email": 15, "social-post": 10, "meta-description": 10,
    "report-generation": 8, "objection-response": 8, "discovery-call-prep": 6, "fact-check": 5,
    "proposal-draft": 4, "article-draft": 4, "content-brief": 4, "seo-review": 3, "voice-calibration": 1,
}
FREE_FORM = 224  # free-form requests a month: each request of the frozen split once
# Answer length of a free-form job, by the kind of job it is (tokens).
FREE_FORM_OUTPUT = {"quick": 40, "execution": 450, "reasoning": 650}
SEED_SAVINGS = 0.62


def _month() -> tuple[float, float, float, dict[str, int]]:
    """(routed, perfectly routed, all-on-reasoning) cost of ``MONTH`` plus the free-form requests."""
    from desktop.core.context import AppContext
    from desktop.core.send import pipeline, pricing, routing
    from desktop.core.settings import UserSettings
    from tests.data.routing.labelled import load

    context = AppContext(UserSettings())
    reasoning = routing.pin_for("reasoning", context.team)
    routed = perfect = everything = 0.0
    tiers: dict[str, int] = {}
    for template_id, runs in MONTH.items():
        template = context.library.get(template_id)
        assert template is not None, template_id
        cases = [pipeline.prepare(context, template, values) for values in _sample_values(template)]
        cases = [c for c in cases if not c.problems]
        for prepared in cases:
            output = min(pricing.count_tokens(template.example_output) or prepared.max_output_tokens,
                         prepared.max_output_tokens)
            tokens = {"input_tokens": prepared.estimated_input_tokens, "output_tokens": output}
            share = runs / len(cases)
            cost = pricing.cost(prepared.route.provider, prepared.route.model, **tokens) * share
            routed, perfect = routed + cost, perfect + cost
            everything += pricing.cost(*reasoning, **tokens) * share
        tiers[template.tier or "?"] = tiers.get(template.tier or "?", 0) + runs
    ask = context.library.get("ask-anything")
    assert ask is not None
    for row in load("test")[:FREE_FORM]:
        prepared = pipeline.prepare(context, ask, {"request": row.text})
        tokens = {"input_tokens": prepared.estimated_input_tokens, "output_tokens": FREE_FORM_OUTPUT[row.tier]}
        routed += pricing.cost(prepared.route.provider, prepared.route.model, **tokens)
        perfect += pricing.cost(*routing.pin_for(row.tier, context.team), **tokens)
        everything += pricing.cost(*reasoning, **tokens)
        tiers[prepared.route.tier] = tiers.get(prepared.route.tier, 0) + 1
    return routed, perfect, everything, tiers


def _classify_time(texts: list[str], rounds: int = 300) -> tuple[float, float, float]:
    """Median and 99th-percentile seconds of classifying a 10 KB free-form request, and the
    floor: lower-casing and splitting the same text into lines, the least any reader does."""
    from desktop.core.send import classifier

    classifier.model()
    spent: list[float] = []
    floor: list[float] = []
    for i in range(rounds):
        text = texts[i % len(texts)]
        started = time.perf_counter()
        classifier.classify(text)
        spent.append(time.perf_counter() - started)
        started = time.perf_counter()
        text.lower().splitlines()
        floor.append(time.perf_counter() - started)
    return statistics.median(spent), statistics.quantiles(spent, n=100)[98], statistics.median(floor)


def main() -> None:
    _setup()
    prompts = _prompts()
    for label, email in prompts.items():
        ms = _overhead(email)
        line(f"[{label} 10 KB, new text] redaction (privacy)", f"{ms['redact']:.2f} ms")
        line(f"[{label} 10 KB, new text] render, validate, route, estimate", f"{ms['stages']:.2f} ms")
        line(f"[{label} 10 KB, new text] execute until sent, beyond bare SDK", f"{ms['execute']:.2f} ms")
        line(f"[{label} 10 KB, new text] bare SDK -> request received (floor)", f"{ms['bare']:.2f} ms")
        line(f"[{label} 10 KB, new text] Send -> request received", f"{ms['app']:.2f} ms")
        line(f"[{label} 10 KB, new text] time the app adds", f"{ms['overhead']:.2f} ms", "target < 10 ms",
             ms["overhead"] < 10)
    ms = _overhead(prompts["typical"], typed_first=True)
    line("[typical 10 KB, prepared while typing] bare SDK (floor)", f"{ms['bare']:.2f} ms")
    line("[typical 10 KB, prepared while typing] Send -> received", f"{ms['app']:.2f} ms")
    line("[typical 10 KB, prepared while typing] time the app adds", f"{ms['overhead']:.2f} ms", "target < 10 ms",
         ms["overhead"] < 10)
    line("[typical 10 KB, prepared while typing] ratio Send / bare SDK", f"{ms['app'] / ms['bare']:.1f}x")

    feed, worst, sdk = _restore_latency()
    line("chunk -> restored text (median per chunk)", f"{feed * 1e6:.1f} µs", "target < 2 ms", feed < 0.002)
    line("chunk -> restored text (99th percentile)", f"{worst * 1e6:.1f} µs", "target < 2 ms", worst < 0.002)
    line("SDK's own time between chunks (floor, median)", f"{sdk * 1e6:.1f} µs")
    line("ratio restore / SDK per chunk", f"{feed / sdk:.2f}x")

    routed, everything, tiers, templates = _task_mix()
    runs = sum(tiers.values())
    mix = ", ".join(f"{tier} {count}" for tier, count in sorted(tiers.items()))
    line(f"bundled task mix: {runs} runs from {templates} templates", mix)
    line("routed by tier", f"${routed:.4f}")
    line("the same runs all on the reasoning tier", f"${everything:.4f}")
    if everything > 0:
        line("routing saves", f"{(1 - routed / everything) * 100:.0f}%", f"ratio {routed / everything:.2f}x")

    routed, perfect, everything, tiers = _month()
    mix = ", ".join(f"{tier} {count}" for tier, count in sorted(tiers.items()))
    line(f"a month: {sum(MONTH.values())} template runs + {FREE_FORM} free-form", mix)
    line("routed (templates by their tier, free-form by the classifier)", f"${routed:.2f}")
    line("the same month, free-form on the expected tiers", f"${perfect:.2f}")
    line("the same month all on the reasoning tier (floor)", f"${everything:.2f}")
    saved = 1 - routed / everything
    line("routing saves", f"{saved * 100:.0f}%", f"seed {SEED_SAVINGS:.0%}; target >= 60%", saved >= 0.60)
    line("with perfect free-form routing it would save", f"{(1 - perfect / everything) * 100:.0f}%")
    from desktop.core.context import AppContext
    from desktop.core.send import pricing, routing
    from desktop.core.settings import UserSettings

    team = AppContext(UserSettings()).team
    price = {t: pricing.cost(*routing.pin_for(t, team), input_tokens=1500, output_tokens=500)
             for t in ("quick", "execution", "reasoning")}
    line("a typical run's price vs reasoning: execution, quick",
         f"{price['execution'] / price['reasoning']:.2f}x, {price['quick'] / price['reasoning']:.2f}x",
         "(the bound on what routing can save)")
    para = PARAGRAPH * 40
    texts = [(para + "\n\nWhat should we offer this customer so they stay?")[:10_000],
             "Translate this email into German:\n\n" + para[:9_900],
             (TYPICAL * 80)[:10_000]]
    median, p99, floor = _classify_time(texts)
    line("[10 KB free-form] classification (median)", f"{median * 1e6:.0f} µs", "target < 1 ms", median < 0.001)
    line("[10 KB free-form] classification (99th percentile)", f"{p99 * 1e6:.0f} µs", "target < 1 ms", p99 < 0.001)
    line("[10 KB free-form] lower-case and split lines (floor)", f"{floor * 1e6:.0f} µs",
         f"ratio {median / floor:.1f}x")
