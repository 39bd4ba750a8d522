"""The injection scan: instructions aimed at the model hidden in outside content (an email, a
web page, a document a person pasted). ``scan`` judges a text (``key_places`` and
``cue_patterns`` find where each cue can match, ``mentions`` drops cues that give no order,
``hits`` scores what is left); ``cues`` holds the evidence by family and language; ``quotes``, ``reported`` and ``decode`` tell quoted, reported and encoded
text apart, and ``addressed`` orders meant for someone other than the AI reading. It reads the
shared letter folding and fast scans of ``desktop.core.privacy``."""
