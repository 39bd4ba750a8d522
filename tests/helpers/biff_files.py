"""Real Excel 97–2003 (.xls) files for the tests, written from scratch.

No maintained Python package writes the old binary format (xlwt stopped in 2017), so this is a
small writer of exactly what Excel itself writes at the core: a BIFF8 workbook stream (globals:
BOF, date mode, cell formats, one BOUNDSHEET per sheet, EOF; then each sheet: BOF, DIMENSIONS,
LABEL and NUMBER cells, EOF) inside an OLE2 compound file (header, one FAT sector, one directory
sector, the stream in 512-byte sectors). Text cells, numbers and dates (a number under Excel's
built-in date format 14) are enough to test reading; a FILEPASS record makes the workbook
password-protected, as Excel marks an encrypted one.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Sequence
from pathlib import Path

Cell = str | int | float | dt.date | None
SECTOR = 512
END_OF_CHAIN, FAT_SECTOR, FREE, NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
XF_GENERAL, XF_DATE = 15, 16  # 0-14 style formats, 15 the default cell format, 16 dates


def _record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(substream: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, substream, 0x0DBB, 0x07CC, 0, 6))


def _unicode(text: str, length_bytes: int) -> bytes:
    """An XLUnicodeString: its length, the flag for 16-bit characters, the characters."""
    return struct.pack("<B" if length_bytes == 1 else "<H", len(text)) + b"\x01" + text.encode("utf-16-le")


def _xf(format_index: int, style: bool) -> bytes:
    kind = 0xFFF5 if style else 0x0001  # a style XF, or a cell XF with its parent style 0
    return _record(0x00E0, struct.pack("<HHHBBBBIIH", 0, format_index, kind, 0x20, 0, 0, 0, 0, 0, 0x20C0))


def _cell(row: int, column: int, value: Cell) -> bytes:
    if value is None:
        return b""
    if isinstance(value, str):
        return _record(0x0204, struct.pack("<HHH", row, column, XF_GENERAL) + _unicode(value, 2))
    if isinstance(value, dt.date):
        serial = (value - dt.date(1899, 12, 30)).days  # Excel's 1900 date system
        return _record(0x0203, struct.pack("<HHHd", row, column, XF_DATE, float(serial)))
    return _record(0x0203, struct.pack("<HHHd", row, column, XF_GENERAL, float(value)))


def _sheet(rows: Sequence[Sequence[Cell]]) -> bytes:
    width = max((len(r) for r in rows), default=0)
    out = _bof(0x0010) + _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
    for r, row in enumerate(rows):
        out += b"".join(_cell(r, c, value) for c, value in enumerate(row))
    return out + _record(0x000A)


def workbook_stream(sheets: dict[str, Sequence[Sequence[Cell]]], *, password_locked: bool = False) -> bytes:
    """The BIFF8 ``Workbook`` stream for ``sheets`` (name → rows of cells)."""
    head = _bof(0x0005) + (_record(0x002F, struct.pack("<H", 0) + bytes(4)) if password_locked else b"")
    head += _record(0x0022, struct.pack("<H", 0))  # dates count from 1900
    head += b"".join(_xf(0, style=True) for _ in range(15)) + _xf(0, style=False) + _xf(14, style=False)
    bodies = [_sheet(rows) for rows in sheets.values()]
    bound = [len(_record(0x0085, struct.pack("<IBB", 0, 0, 0) + _unicode(name, 1))) for name in sheets]
    offset = len(head) + sum(bound) + len(_record(0x000A))
    for name, body in zip(sheets, bodies, strict=True):
        head += _record(0x0085, struct.pack("<IBB", offset, 0, 0) + _unicode(name, 1))
        offset += len(body)
    return head + _record(0x000A) + b"".join(bodies)


def _directory_entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name.encode("utf-16-le") + b"\x00\x00") if name else b""
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NO_STREAM, NO_STREAM, child) + bytes(16) + struct.pack("<I", 0) + bytes(16)
            + struct.pack("<IQ", start, size))


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    """An OLE2 compound file holding one stream (at least 4,096 bytes, so no mini stream is needed)."""
    stream = stream.ljust(4096, b"\x00")
    sectors = -(-len(stream) // SECTOR)
    if sectors + 2 > SECTOR // 4:
        raise ValueError("this small writer keeps a workbook under 63 KB (one FAT sector)")
    fat = [FAT_SECTOR, END_OF_CHAIN] + [3 + i for i in range(sectors - 1)] + [END_OF_CHAIN]
    fat += [FREE] * (SECTOR // 4 - len(fat))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    directory = (_directory_entry("Root Entry", 5, 1, END_OF_CHAIN, 0) + _directory_entry(name, 2, NO_STREAM, 2,
                                                                                       len(stream))
                 + _directory_entry("", 0, NO_STREAM, 0, 0) * 2)
    return header + struct.pack(f"<{SECTOR // 4}I", *fat) + directory + stream.ljust(sectors * SECTOR, b"\x00")


def write_xls(path: Path, sheets: dict[str, Sequence[Sequence[Cell]]], *, password_locked: bool = False) -> Path:
    """A real .xls file with ``sheets``; Excel, LibreOffice and xlrd open it."""
    path.write_bytes(compound_file(workbook_stream(sheets, password_locked=password_locked)))
    return path
