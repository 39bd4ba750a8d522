"""``python -m bench [NAME ...]``: run benchmarks and print their figures.

Each benchmark prints what it measured and, where a floor exists, the ratio against that floor
measured in the same run (these machines are shared and noisy, so ratios and medians, not
absolute times, are what to read). Benchmarks are not tests: nothing here fails a build.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import time

# name -> module with a ``main() -> None``
BENCHMARKS: dict[str, str] = {
    "startup": "bench.startup",
    "library": "bench.library",
    "privacy": "bench.privacy",
    "injection": "bench.injection",
    "send": "bench.send",
    "sync": "bench.sync",
    "records": "bench.records",
    "ui": "bench.ui",
    "views": "bench.views",
    "documents": "bench.documents",
    "batch": "bench.batch",
    "bundle": "bench.bundle",
}


def main(argv: list[str]) -> int:
    # Options after the names (``sync --store postgres``) go to the benchmarks that take them.
    first_option = next((i for i, arg in enumerate(argv) if arg.startswith("-")), len(argv))
    argv, options = argv[:first_option], argv[first_option:]
    if "-h" in options or "--help" in options:
        print(__doc__)
        print(f"benchmarks: {', '.join(BENCHMARKS)} (all but bundle when none is named)")
        return 0
    names = argv or [name for name in BENCHMARKS if name != "bundle"]
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
        return 2
    for name in names:
        try:
            module = importlib.import_module(BENCHMARKS[name])
        except ModuleNotFoundError as exc:
            if exc.name == BENCHMARKS[name]:
                print(f"\n== {name}: not present in this version")
                continue
            raise
        print(f"\n== {name}")
        if options and not _takes_options(module.main):
            print(f"{name} takes no options; ignoring {' '.join(options)}")
        started = time.perf_counter()
        module.main(options) if options and _takes_options(module.main) else module.main()
        print(f"({name} took {time.perf_counter() - started:.1f} s)")
    return 0


def _takes_options(fn: object) -> bool:
    # Benchmarks that read options name their first parameter ``argv`` or ``options``.
    params = list(inspect.signature(fn).parameters)  # type: ignore[arg-type]
    return bool(params) and params[0] in {"argv", "options"}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
