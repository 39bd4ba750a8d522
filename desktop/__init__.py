"""Promptdesk: fill-in-the-blanks templates for Claude and GPT, with privacy, routing and team budgets."""

__version__ = "0.1.0"
