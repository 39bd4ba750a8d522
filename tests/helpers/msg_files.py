"""Real Outlook .msg files for tests: a small writer of OLE compound files (version 3, 512-byte
sectors, a FAT, a mini stream with its mini FAT for streams under 4096 bytes, a directory of
128-byte entries) and a builder of the MAPI property streams Outlook stores in them."""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from pathlib import Path

ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096
Tree = dict[str, "bytes | Tree"]


class _Chains:
    """Blocks of one size and the table chaining them (the FAT or the mini FAT)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.blocks: list[bytes] = []
        self.table: list[int] = []

    def add(self, blob: bytes) -> int:
        if not blob:
            return ENDOFCHAIN
        start, count = len(self.table), -(-len(blob) // self.size)
        for i in range(count):
            self.blocks.append(blob[i * self.size:(i + 1) * self.size].ljust(self.size, b"\0"))
            self.table.append(start + i + 1 if i < count - 1 else ENDOFCHAIN)
        return start


class _Entry:
    def __init__(self, name: str, node: bytes | Tree | None) -> None:
        self.name, self.node = name, node
        self.left = self.right = self.child = NOSTREAM
        self.start, self.size = ENDOFCHAIN, 0

    def pack(self) -> bytes:
        kind = 5 if self.node is None else 1 if isinstance(self.node, dict) else 2
        name = self.name.encode("utf-16-le") + b"\0\0"
        return struct.pack("<64sHBBIII16sIQQIQ", name, len(name), kind, 1, self.left, self.right, self.child,
                           b"\0" * 16, 0, 0, 0, self.start, self.size)


def _order(name: str) -> tuple[int, str]:
    return len(name), name.upper()  # the compound-file rule: shorter names first, then by capitals


def _flatten(entries: list[_Entry], name: str, node: bytes | Tree | None, children: Tree) -> int:
    index = len(entries)
    entry = _Entry(name, node)
    entries.append(entry)
    kids = [_flatten(entries, k, v, v if isinstance(v, dict) else {}) for k, v in
            sorted(children.items(), key=lambda kv: _order(kv[0]))]
    for before, after in zip(kids, kids[1:], strict=False):
        entries[before].right = after  # a chain of black nodes: every reader walks it as a tree
    if kids:
        entry.child = kids[0]
    return index


def compound_file(tree: Tree) -> bytes:
    """The bytes of an OLE compound file holding ``tree`` (a name maps to a stream's bytes or to
    a storage's own tree)."""
    entries: list[_Entry] = []
    _flatten(entries, "Root Entry", None, tree)
    big, mini = _Chains(SECTOR), _Chains(MINI_SECTOR)
    for entry in entries[1:]:
        if isinstance(entry.node, bytes):
            entry.size = len(entry.node)
            entry.start = (mini if entry.size < MINI_CUTOFF else big).add(entry.node)
    root = entries[0]
    ministream = b"".join(mini.blocks)
    root.start, root.size = big.add(ministream), len(ministream)
    minifat = b"".join(struct.pack("<I", n) for n in mini.table)
    minifat += b"\xff" * (-len(minifat) % SECTOR)
    minifat_start = big.add(minifat)
    while len(entries) % 4:
        entries.append(_Entry("", b""))
    directory = b"".join(e.pack() if e.name else _empty_entry() for e in entries)
    directory_start = big.add(directory)
    fat_count = 1
    while len(big.table) + fat_count > fat_count * (SECTOR // 4):
        fat_count += 1
    fat_sectors = list(range(len(big.table), len(big.table) + fat_count))
    table = big.table + [FATSECT] * fat_count
    table += [FREESECT] * (fat_count * (SECTOR // 4) - len(table))
    fat = b"".join(struct.pack("<I", n) for n in table)
    difat = fat_sectors + [FREESECT] * (109 - fat_count)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16, 0x3E, 3, 0xFFFE,
                         9, 6, b"\0" * 6, 0, fat_count, directory_start, 0, MINI_CUTOFF,
                         minifat_start if mini.table else ENDOFCHAIN, len(minifat) // SECTOR if mini.table else 0,
                         ENDOFCHAIN, 0)
    header += b"".join(struct.pack("<I", n) for n in difat)
    return header + b"".join(big.blocks) + fat


def _empty_entry() -> bytes:
    return struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"\0" * 16, 0, 0, 0, 0, 0)


def _filetime(when: datetime) -> int:
    return int((when - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def _properties(fixed: list[tuple[int, int, int]], header: bytes) -> bytes:
    """A ``__properties_version1.0`` stream: ``header`` then (id, type, 8-byte value) entries."""
    return header + b"".join(struct.pack("<IIQ", (pid << 16) | ptype, 6, value) for pid, ptype, value in fixed)


def _text(pid: int, value: str, eight_bit: str | None) -> tuple[str, bytes]:
    if eight_bit:
        return f"__substg1.0_{pid:04X}001E", value.encode(eight_bit) + b"\0"
    return f"__substg1.0_{pid:04X}001F", value.encode("utf-16-le")


def message_tree(*, subject: str = "", sender_name: str = "", sender_address: str = "", to: str = "",
                 cc: str = "", sent: datetime | None = None, body: str | None = None, html: str | None = None,
                 attachments: tuple[str, ...] = (), eight_bit: str | None = None, code_page: int = 0,
                 headers: str = "") -> Tree:
    """The storages and streams of an Outlook message; ``eight_bit`` stores the text properties
    as 8-bit strings in that encoding (with ``code_page`` saying which), else as UTF-16."""
    tree: Tree = dict([_text(0x001A, "IPM.Note", eight_bit)])
    for pid, value in ((0x0037, subject), (0x0C1A, sender_name), (0x0E04, to), (0x0E03, cc),
                       (0x1000, body), (0x007D, headers)):
        if value:
            name, data = _text(pid, value, eight_bit)
            tree[name] = data
    if sender_address:
        name, data = _text(0x0C1F, sender_address, eight_bit)
        tree[name] = data
        tree["__substg1.0_5D01001F"] = sender_address.encode("utf-16-le")
    if html is not None:
        tree["__substg1.0_10130102"] = html.encode("utf-8")
    fixed = [(0x0039, 0x0040, _filetime(sent))] if sent else []
    if code_page:
        fixed.append((0x3FFD, 0x0003, code_page))
    header = struct.pack("<8sIIII8s", b"", 0, len(attachments), 0, len(attachments), b"")
    tree["__properties_version1.0"] = _properties(fixed, header)
    for index, filename in enumerate(attachments):
        attach = dict([_text(0x3707, filename, None), _text(0x3704, filename[:8], None)])
        attach["__substg1.0_37010102"] = f"contents of {filename}".encode()
        attach["__properties_version1.0"] = _properties([(0x0E21, 0x0003, index)], b"\0" * 8)
        tree[f"__attach_version1.0_#{index:08X}"] = attach
    return tree


def write_msg(path: Path, **fields: object) -> Path:
    """A .msg file at ``path`` built by ``message_tree(**fields)``."""
    path.write_bytes(compound_file(message_tree(**fields)))  # type: ignore[arg-type]
    return path
