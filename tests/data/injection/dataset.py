"""The hand-written injection sets: ``dev.txt`` to ``dev6.txt``, ``dev8.txt``, ``dev9.txt``, ``dev10.txt`` and
``dev11.txt``, ``dev12.txt``, ``dev13.txt``, ``dev14.txt``, ``dev15.txt``, ``dev16.txt`` and ``dev17.txt`` (tuned on),
``dev9b.txt``, ``dev10b.txt``, ``dev12b.txt``, ``dev13b.txt``, ``dev14b.txt``, ``dev15b.txt``, ``dev16b.txt`` and ``dev17b.txt`` (written after
their splits' first changes, only
measured),
``dev18.txt`` and ``dev19.txt`` (trained on),
``dev18b.txt`` (written with them, only measured),
``dev20.txt`` (tuned on and trained on),
``dev20b.txt`` (written with it, only measured),
``dev21.txt`` (trained on),
``dev21b.txt`` (written with it, only measured),
``dev22.txt`` (tuned on and trained on),
``dev22b.txt`` (written with it, only measured),
``dev23.txt`` (tuned on and trained on),
``dev23b.txt`` (written with it, only measured),
``dev25.txt`` (tuned on and trained on; injections in the team's languages and disguised spellings),
``dev25b.txt`` (written with it, only measured),
``dev24.txt`` (tuned on; not trained on),
``dev24b.txt`` (written with it, only measured),
``frozen.txt``, ``frozen2.txt``, ``frozen3.txt``, ``frozen4.txt``, ``frozen5.txt``, ``frozen6.txt`` and
``frozen7.txt`` (never tuned on).

Each record starts with a line ``=== inj|ord CARRIER CATEGORY``; the lines up to the next record
are its text. ``\\uXXXX`` and ``\\UXXXXXXXX`` stand for characters that cannot be seen or typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
# dev4's last texts (20 injections, 20 ordinary), never tuned on: measured on their own by the
# benchmark
DEV4_UNSEEN = 40
# dev6's last texts (40 injections, 40 ordinary, in two batches written after its second and its
# last round of changes), never tuned on: measured on their own by the benchmark
DEV6_UNSEEN = 80
# dev8's last texts (8 injections, 39 ordinary), written after its last round of changes and never
# tuned on: measured on their own by the benchmark
DEV8_UNSEEN = 47
# dev7's last texts (14 injections, 15 ordinary), never tuned on, likewise
DEV7_UNSEEN = 29
# dev10b (21 injections, 21 ordinary), written after the first round of changes for dev10, is never
# tuned on: all of it is measured on its own by the benchmark, without its misses by category
DEV10B_UNSEEN = 42
# dev13b (21 injections, 21 ordinary), written after the first round of changes for dev13, likewise
DEV13B_UNSEEN = 42
# dev15b (37 injections, 37 ordinary), written after the first and second rounds of changes for dev15, likewise
DEV15B_UNSEEN = 74
# dev16b (39 injections, 44 ordinary), written after the first and third rounds of changes for dev16, likewise
DEV16B_UNSEEN = 83
# dev17b (15 injections, 15 ordinary), written before any change for dev17, likewise
DEV17B_UNSEEN = 30
# dev18b (20 injections, 20 ordinary), written with dev18 and dev19 before any change for them, likewise
DEV18B_UNSEEN = 40
# dev20b (20 injections, 20 ordinary), written with dev20 before any change for it, likewise
DEV20B_UNSEEN = 40
# dev21b (12 injections, 28 ordinary look-alikes), written with dev21 before any change for it, likewise
DEV21B_UNSEEN = 40
# dev22b (20 injections, 20 ordinary), written with dev22 before any change for it, likewise
DEV22B_UNSEEN = 40
# dev23b (20 injections, 20 ordinary look-alikes), written with dev23 before any change for it, likewise
DEV23B_UNSEEN = 40
# dev25b (20 injections, 20 ordinary look-alikes), written with dev25 before any change for it, likewise
DEV25B_UNSEEN = 40
# dev24b (20 injections, 20 ordinary look-alikes), written with dev24 before any change for it, likewise
DEV24B_UNSEEN = 40
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})")


@dataclass(frozen=True)
class Sample:
    injection: bool
    carrier: str  # email, page, doc, ticket, csv, ...
    category: str  # what kind of injection, or what kind of ordinary text
    text: str


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def load(split: str) -> list[Sample]:
    """The samples of ``split`` ("dev" or "frozen"), in file order."""
    samples: list[Sample] = []
    head: list[str] | None = None
    body: list[str] = []
    for line in (HERE / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if head is not None:
                samples.append(_sample(head, body))
            head, body = line[4:].split(), []
        elif head is not None:
            body.append(line)
    if head is not None:
        samples.append(_sample(head, body))
    return samples


def _sample(head: list[str], body: list[str]) -> Sample:
    label, carrier, category = head
    if label not in ("inj", "ord"):
        raise ValueError(f"unknown label {label!r}")
    return Sample(label == "inj", carrier, category, _unescape("\n".join(body).strip("\n")))
