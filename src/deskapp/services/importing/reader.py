"""Streaming an exported file whose encoding and separator nobody wrote down.

The encoding is read from a byte-order mark, else tried on the first megabyte (UTF-16 by its
zero bytes, then UTF-8, then Windows-1252); the separator is sniffed from the first lines
(comma, semicolon, tab or bar). Rows are read one at a time from the file (quoted line breaks
kept), so a file of any size costs the memory of one row; ``progress`` reports bytes read.
A row that cannot be read is a :class:`RowProblem`, never the end of the file.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deskapp.errors import ValidationError
from deskapp.messages import msg

SAMPLE_BYTES = 1 << 20
#: Longest cell read (characters); longer ones make the row fail, not the file.
CELL_MAX = 131_072
#: More columns than this in the header is not an export DeskApp can map.
HEADER_MAX = 400
SEPARATORS = ",;\t|"

_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive or an Excel workbook (.xlsx); open it in a spreadsheet and "
                    "save it as CSV"),
    (b"\xd0\xcf\x11\xe0", "an old Excel or Word file; save it as CSV"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"SQLite format 3", "a SQLite database"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
)


@dataclass(frozen=True)
class RowProblem:
    """Why row ``line`` (the file's line where it starts, the header being line 1) was set
    aside; ``external_id`` when known."""

    line: int
    reason: str
    external_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "id": self.external_id, "reason": self.reason}


@dataclass(frozen=True)
class Summary:
    """What an import did (or a dry run would do): the counts every kind of import reports."""

    file: str
    dry_run: bool
    cancelled: bool
    rows_read: int
    created: int
    updated: int
    unchanged: int
    rejected: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]
    seconds: float

    def to_json(self) -> dict[str, Any]:
        """The summary as ``--json`` prints it: counts first, then every rejected row with
        its line and reason, then the warnings."""
        return {"file": self.file, "dry_run": self.dry_run, "cancelled": self.cancelled,
                "rows_read": self.rows_read, "created": self.created,
                "updated": self.updated, "unchanged": self.unchanged,
                "rejected": len(self.rejected), **self.extra_json(),
                "seconds": round(self.seconds, 2),
                "rejected_rows": [p.to_json() for p in self.rejected],
                "warnings": [p.to_json() for p in self.warnings]}

    def extra_json(self) -> dict[str, Any]:
        return {}


@dataclass(frozen=True)
class FileShape:
    encoding: str
    separator: str
    headers: tuple[str, ...]
    size: int


def file_error(path: Path, reason: str) -> ValidationError:
    return ValidationError(msg("{path_name} cannot be imported: {reason}.",
                               path_name=path.name, reason=reason), {"path": reason})


def detect(path: Path) -> FileShape:
    """Encoding, separator and header of ``path``; a file that is not delimited text at all is
    a :class:`ValidationError` saying what it looks like."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            sample = fh.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise ValidationError(msg("There is no file {path}; check the path.", path=path)) from None
    except OSError as exc:
        raise ValidationError(msg("DeskApp cannot read {path} ({strerror}).",
                                  path=path, strerror=exc.strerror)) from None
    if not sample.strip():
        raise file_error(path, "the file is empty")
    for magic, what in _SIGNATURES:
        if sample.startswith(magic):
            raise file_error(path, f"it is {what}")
    encoding = _encoding(sample)
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=False)
    text = text.removeprefix("\ufeff")
    if "\x00" in text or _control_share(text[:65536]) > 0.01:
        raise file_error(path, "it is not a text file (binary data where CSV rows should be)")
    separator = _separator(text)
    first = next(csv.reader(io.StringIO(text), delimiter=separator), [])
    headers = tuple(h.strip() for h in first)
    while headers and not headers[-1]:
        headers = headers[:-1]
    if not headers or not any(headers):
        raise file_error(path, "its first line is empty; the first line must name the columns")
    if len(headers) > HEADER_MAX:
        raise file_error(path, f"its first line has {len(headers)} columns (at most "
                               f"{HEADER_MAX}); is it really a header?")
    return FileShape(encoding, separator, headers, size)


def _encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = sample[:4096]
    if len(head) >= 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            return "utf-16-le"
        if even > len(head) // 4 and odd == 0:
            return "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t")
    return bad / len(text)


def _separator(text: str) -> str:
    lines = text.splitlines()
    head = "\n".join(lines[:50])
    try:
        sniffed = csv.Sniffer().sniff(head, delimiters=SEPARATORS).delimiter
    except csv.Error:
        sniffed = None
    first = lines[0] if lines else ""
    counts = {sep: first.count(sep) for sep in SEPARATORS}
    best = max(counts, key=lambda s: counts[s])
    # the sniffer can be fooled by commas inside text; the header line rarely is
    if sniffed and counts.get(sniffed, 0) >= max(1, counts[best] // 2):
        return sniffed
    return best if counts[best] else ","


class _Counting(io.RawIOBase):
    """A binary file that counts the bytes read (for progress over a decoding reader)."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._raw.readinto(buffer)
        self.count += n or 0
        return n or 0

    def close(self) -> None:
        self._raw.close()
        super().close()


@dataclass(frozen=True)
class RawRow:
    line: int
    cells: list[str]


def read_rows(path: Path, shape: FileShape, *,
              progress: Callable[[int, int], None] | None = None,
              every: int = 2000) -> Iterator[RawRow | RowProblem]:
    """Every data row of ``path`` (after the header) as cells, or the problem that row has.

    A row with more non-empty cells than the header, or with a cell over :data:`CELL_MAX`
    characters, is a problem; a short row is padded with empty cells (exports drop trailing
    separators). A decoding failure past the sampled start ends the file with a problem.
    """
    csv.field_size_limit(CELL_MAX)
    width = len(shape.headers)
    raw = _Counting(path.open("rb"))  # noqa: SIM115 - closed below
    text = io.TextIOWrapper(io.BufferedReader(raw, 1 << 16), encoding=shape.encoding,
                            newline="")
    try:
        reader = csv.reader(text, delimiter=shape.separator)
        start = 1
        try:
            next(reader)
        except (StopIteration, csv.Error):
            return
        start = reader.line_num + 1
        n = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield RowProblem(start, f"the row cannot be read as CSV ({exc})")
                start = reader.line_num + 1
                continue
            except UnicodeDecodeError as exc:
                yield RowProblem(start, f"the file stops being {shape.encoding} text here "
                                        f"({exc.reason}); save it as UTF-8 and import again")
                break
            line, start = start, reader.line_num + 1
            n += 1
            if progress is not None and n % every == 0:
                progress(raw.count, shape.size)
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue  # blank line
            if len(cells) > width:
                extra = cells[width:]
                if any(c.strip() for c in extra):
                    yield RowProblem(line, f"the row has {len(cells)} columns but the header "
                                           f"has {width}; a separator inside an unquoted cell?")
                    continue
                cells = cells[:width]
            elif len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            yield RawRow(line, cells)
        if progress is not None:
            progress(shape.size, shape.size)
    finally:
        text.close()


def preview(path: Path, rows: int = 20) -> tuple[FileShape, list[list[str]]]:
    """The file's shape and its first ``rows`` readable data rows (for the import wizard)."""
    shape = detect(path)
    found: list[list[str]] = []
    for item in read_rows(path, shape):
        if isinstance(item, RawRow):
            found.append(item.cells)
            if len(found) >= rows:
                break
    return shape, found
