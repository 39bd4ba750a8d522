"""E-mail messages saved as .eml: the headers a reader needs, the body (plain text, or the
HTML part turned into text) and the names of attachments. Attachments themselves are not
opened: each can be read into a field on its own."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from desktop.core.documents.model import Document, first_pages
from desktop.core.documents.web import html_to_text
from desktop.core.errors import DocumentError, ErrorKind

_HEADERS = ("From", "To", "Cc", "Date", "Subject")


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # an unknown charset or a broken part
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("latin-1") if isinstance(payload, bytes) else str(payload)
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content.replace("\r\n", "\n").strip()


def read_eml(path: Path, *, max_pages: int | None) -> Document:
    data = path.read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not any(message.get(h) for h in _HEADERS):
        raise DocumentError(f"{path.name} is not an e-mail message Promptdesk can read. Save the message again "
                            "from your mail program (as .eml) and use that file.", kind=ErrorKind.DAMAGED)
    lines = [f"{header}: {message[header]}" for header in _HEADERS if message.get(header)]
    attachments = [part.get_filename() or "(unnamed)" for part in message.iter_attachments()]
    if attachments:
        lines.append("Attachments: " + ", ".join(attachments))
    notes = []
    if attachments:
        notes.append("Attachments are listed by name only; read one into a field on its own if it is needed.")
    text, pages, total = first_pages("\n".join(lines) + "\n\n" + _body(message), max_pages)
    return Document(name=path.name, kind="eml", pages=pages, total_pages=total, text=text.strip(), notes=notes)
