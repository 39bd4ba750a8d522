"""``python -m bench [NAME ...]``: run benchmarks and print their figures.

Each benchmark prints what it measured and, where a floor exists, the ratio against that floor
measured in the same run (these machines are shared and noisy, so ratios and medians, not
absolute times, are what to read). Benchmarks are not tests: nothing here fails a build.
"""

from __future__ import annotations

import importlib
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
        started = time.perf_counter()
        module.main(options) if options else module.main()
        print(f"({name} took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
