"""Review: automatic checks on answers, the checklist, and template tests."""
