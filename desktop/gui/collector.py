"""Python's cyclic garbage collector, held back while large parts load in the background.

Why: loading the template library, the privacy detectors, the price table and above all the
provider SDKs creates hundreds of thousands of long-lived objects. Python's full collection
walks every one of them while holding the interpreter lock, so the UI thread stood still for
100-400 ms in the middle of an SDK import (measured with ``python -m bench ui``); nothing a
background thread does can hide that. So the collector is paused while such a load runs, and
in the app what was loaded is then moved out of its sight (``gc.freeze``): later collections
only look at new objects and stay short. Loads may overlap (the library on one worker, the SDKs
on another): the collector runs again when the last one ends.

Tests and scripts that build windows without ``create_application`` only get the pause: freezing
would keep the cyclic garbage of every earlier test alive for the rest of the run.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

_lock = threading.Lock()
_paused = 0
_was_enabled = True
_loaded: set[str] = set()
freeze_after_loading = False  # set by the application (``create_application``)


def pause() -> None:
    """Hold the collector back until the matching ``resume``."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1


def resume() -> None:
    """End one ``pause``; after the last, what was loaded is frozen (in the app) and the
    collector runs again as it did before."""
    global _paused
    with _lock:
        _paused = max(0, _paused - 1)
        if _paused:
            return
        if freeze_after_loading:
            gc.freeze()
        if _was_enabled:
            gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    """``with paused(): load_something()`` — see the module's docstring for why."""
    pause()
    try:
        yield
    finally:
        resume()


def first_load(name: str) -> AbstractContextManager[None]:
    """``paused()`` the first time ``name`` loads in this process, nothing after: the first
    estimate loads the detectors and prices, later ones only use them (freezing after every
    estimate would keep each one's cyclic garbage for good)."""
    with _lock:
        first = name not in _loaded
        _loaded.add(name)
    return paused() if first else nullcontext()


def import_quietly(*modules: str) -> None:
    """Import ``modules`` (the provider SDKs, on a worker) with the collector held back."""
    import importlib
    import logging

    with first_load("import:" + ",".join(modules)):
        for name in modules:
            try:
                importlib.import_module(name)
            except ImportError:  # pragma: no cover - both SDKs are dependencies
                logging.getLogger(__name__).warning("Provider SDK %s is not installed", name)
