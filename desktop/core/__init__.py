"""The core of Promptdesk: plain Python, no Qt anywhere below this package.

Every stage of a run (library, privacy, routing, pricing, providers, quality, ledger, sync,
budget) is a module here that can be used from a script or a test without a display.
"""
