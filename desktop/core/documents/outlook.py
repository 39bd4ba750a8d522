"""Outlook messages saved as .msg: the same headers, body and attachment names as an .eml gives
(documents/mail.py), read from the MAPI property streams of the OLE compound file. Attachments
themselves are not opened: each can be read into a field on its own."""

from __future__ import annotations

import codecs
import re
import struct
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from desktop.core.documents.model import Document, first_pages
from desktop.core.documents.plain import decode
from desktop.core.documents.web import html_to_text
from desktop.core.errors import DocumentError, ErrorKind

# MAPI property ids (the XXXX of a ``__substg1.0_XXXXYYYY`` stream)
_SUBJECT, _SENDER_NAME, _SENDER_ADDRESS, _SENDER_SMTP = 0x0037, 0x0C1A, 0x0C1F, 0x5D01
_DISPLAY_TO, _DISPLAY_CC, _HEADERS, _BODY, _HTML = 0x0E04, 0x0E03, 0x007D, 0x1000, 0x1013
_REPRESENTING_NAME, _REPRESENTING_ADDRESS, _DELIVERED = 0x0042, 0x0065, 0x0E06  # when no sender/sent time
_SENT, _CODE_PAGE, _INTERNET_CODE_PAGE = 0x0039, 0x3FFD, 0x3FDE
_RTF_COMPRESSED = 0x1009
_LONG_NAME, _SHORT_NAME, _DISPLAY_NAME = 0x3707, 0x3704, 0x3001
_TOP_HEADER = 32  # bytes before the first property entry in the message's own properties stream
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)


def _damaged(path: Path, why: str) -> DocumentError:
    return DocumentError(f"{path.name} {why} Save the message again from Outlook (or as .eml) and use that file.",
                         kind=ErrorKind.DAMAGED)


class _Message:
    """The property streams of one storage (the message, or one of its attachments)."""

    def __init__(self, ole: Any, prefix: str, code_page: str) -> None:
        self.ole, self.prefix, self.code_page = ole, prefix, code_page

    def raw(self, pid: int, ptype: str) -> bytes | None:
        name = f"{self.prefix}__substg1.0_{pid:04X}{ptype}"
        if not self.ole.exists(name):
            return None
        data: bytes = self.ole.openstream(name).read()
        return data

    def text(self, pid: int) -> str:
        wide = self.raw(pid, "001F")
        if wide is not None:
            return wide.decode("utf-16-le", errors="replace").rstrip("\0").strip()
        narrow = self.raw(pid, "001E")
        if narrow is not None:
            return narrow.decode(self.code_page, errors="replace").rstrip("\0").strip()
        return ""


def _fixed_properties(ole: Any) -> dict[int, int]:
    """The message's fixed-size properties (dates, numbers) by id, as 8-byte integers."""
    if not ole.exists("__properties_version1.0"):
        return {}
    data = ole.openstream("__properties_version1.0").read()
    found = {}
    for offset in range(_TOP_HEADER, len(data) - 15, 16):
        tag, _flags, value = struct.unpack_from("<IIQ", data, offset)
        found[tag >> 16] = value
    return found


def _code_page(fixed: dict[int, int]) -> str:
    for pid in (_INTERNET_CODE_PAGE, _CODE_PAGE):
        number = fixed.get(pid, 0) & 0xFFFFFFFF
        if number:
            try:
                return codecs.lookup(f"cp{number}").name
            except LookupError:
                continue
    return "cp1252"  # what Outlook uses for Western European text when it says nothing


def _sent(fixed: dict[int, int], headers: str) -> str:
    filetime = fixed.get(_SENT, 0) or fixed.get(_DELIVERED, 0)
    if 0 < filetime < 2**63:
        try:
            when = datetime(1601, 1, 1, tzinfo=UTC) + timedelta(microseconds=filetime // 10)
            return format_datetime(when)
        except OverflowError:
            pass
    match = re.search(r"^Date:[ \t]*(.+)$", headers, re.MULTILINE | re.IGNORECASE)
    return match.group(1).strip() if match else ""


def _body(message: _Message) -> str:
    plain = message.text(_BODY)
    if plain:
        return plain.replace("\r\n", "\n").strip()
    markup = message.raw(_HTML, "0102")
    if markup is None:
        return html_to_text(message.text(_HTML))
    declared = _CHARSET.search(markup[:4096])
    try:
        text = markup.decode(declared.group(1).decode("ascii"), errors="replace") if declared else decode(markup)[0]
    except LookupError:
        text = decode(markup)[0]
    return html_to_text(text)


def _attachments(ole: Any, code_page: str) -> list[str]:
    storages = sorted({entry[0] for entry in ole.listdir(streams=True, storages=True)
                       if entry and entry[0].startswith("__attach_version1.0_#")})
    names = []
    for storage in storages:
        attachment = _Message(ole, storage + "/", code_page)
        names.append(attachment.text(_LONG_NAME) or attachment.text(_SHORT_NAME)
                     or attachment.text(_DISPLAY_NAME) or "(unnamed)")
    return names


def _header_lines(message: _Message, fixed: dict[int, int]) -> list[str]:
    name = message.text(_SENDER_NAME) or message.text(_REPRESENTING_NAME)
    smtp = message.text(_SENDER_SMTP)
    stored = message.text(_SENDER_ADDRESS) or message.text(_REPRESENTING_ADDRESS)
    address = smtp or (stored if "@" in stored else "")  # not an Exchange path like /O=FIRM/OU=...
    sender = f"{name} <{address}>" if name and address and name != address else name or address
    fields = (("From", sender), ("To", message.text(_DISPLAY_TO)), ("Cc", message.text(_DISPLAY_CC)),
              ("Date", _sent(fixed, message.text(_HEADERS))), ("Subject", message.text(_SUBJECT)))
    return [f"{header}: {value}" for header, value in fields if value]


def read_msg(path: Path, *, max_pages: int | None) -> Document:
    import olefile

    with path.open("rb") as handle:
        head = handle.read(8)
    if head != olefile.MAGIC:
        raise _damaged(path, "is not an Outlook message (it is not in Outlook's file format).")
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if not any(entry[-1].startswith(("__substg1.0_", "__properties_version1.0")) for entry in ole.listdir()):
                raise _damaged(path, "is not an Outlook message (it may be another Office file renamed to .msg).")
            fixed = _fixed_properties(ole)
            code_page = _code_page(fixed)
            message = _Message(ole, "", code_page)
            lines = _header_lines(message, fixed)
            attachments = _attachments(ole, code_page)
            body = _body(message)
            rtf_only = not body and message.raw(_RTF_COMPRESSED, "0102") is not None
    except DocumentError:
        raise
    except (OSError, ValueError, struct.error, IndexError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError)):
            raise
        raise _damaged(path, "is damaged or incomplete, so Promptdesk cannot read it.") from exc
    if attachments:
        lines.append("Attachments: " + ", ".join(attachments))
    notes = ["Attachments are listed by name only; read one into a field on its own if it is needed."] if attachments else []
    if rtf_only:  # Outlook keeps some messages only as compressed rich text; that is not read here
        notes.insert(0, f"The body of {path.name} is stored only as rich text, which Promptdesk does not read; "
                        "in Outlook, save the message as .eml (or copy its text into the field) and use that.")
    text, pages, total = first_pages("\n".join(lines) + "\n\n" + body, max_pages)
    return Document(name=path.name, kind="msg", pages=pages, total_pages=total, text=text.strip(), notes=notes)
