"""The core of Promptdesk: plain Python, no Qt anywhere below this package.

Every stage of a run has a package here (templates, privacy, send, usage, review), usable from a
script or a test without a display; what the stages share (errors, paths, settings, context,
logs, the Run) sits at this level.
"""
