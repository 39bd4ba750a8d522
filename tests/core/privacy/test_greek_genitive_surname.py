"""A Greek surname in the genitive after a listed first name ("Γιώργος Νικολάου") is part of the name."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="GR").spans if s.type == "PERSON"]


def test_a_genitive_surname_after_a_first_name_joins_it() -> None:
    assert "Γιώργος Νικολάου" in _people("ο Γιώργος Νικολάου θα σας στείλει την προσφορά αύριο.")
    assert "Ελένη Ιωάννου" in _people("Η Ελένη Ιωάννου ενημέρωσε το λογιστήριο.")


def test_a_genitive_word_with_no_first_name_before_it_is_left() -> None:
    assert not _people("Η προσφορά του Ιουνίου στάλθηκε στο λογιστήριο του Πειραιά.")
