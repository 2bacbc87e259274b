"""Reading exported files without a database: encodings, separators, damage past the start."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from deskapp.errors import ValidationError
from deskapp.services.importing.reader import SAMPLE_BYTES, RawRow, RowProblem, detect, read_rows


def test_utf16_without_a_mark_and_semicolons_beside_commas_in_text(tmp_path: Path) -> None:
    path = tmp_path / "le.csv"
    text = "Number;Title\r\nA-1;Printer, tray 2, jams\r\nA-2;\"two\r\nlines\"\r\n"
    path.write_bytes(text.encode("utf-16-le"))  # no byte-order mark
    shape = detect(path)
    assert (shape.encoding, shape.separator, shape.headers) == ("utf-16-le", ";",
                                                                ("Number", "Title"))
    rows = [r.cells for r in read_rows(path, shape) if isinstance(r, RawRow)]
    assert rows == [["A-1", "Printer, tray 2, jams"], ["A-2", "two\r\nlines"]]


def test_a_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Number,Opened\nA-1,2016-01-01\n")
    assert detect(path).headers == ("Number", "Opened")


def test_damage_past_the_sampled_start_ends_the_file_with_a_reason(tmp_path: Path) -> None:
    """The encoding is decided on the first megabyte; a file that stops being UTF-8 later is
    read up to there (everything before is usable) and says where and why."""
    path = tmp_path / "late.csv"
    row = "A-{n},A plain title of some length for the test\n"
    lines = ["Number,Title\n"] + [row.format(n=n) for n in range(SAMPLE_BYTES // 40)]
    path.write_bytes("".join(lines).encode() + b"B-1,caf\xe9 in Windows-1252\n")
    shape = detect(path)
    assert shape.encoding == "utf-8"
    seen = list(read_rows(path, shape))
    good = [r for r in seen if isinstance(r, RawRow)]
    problems = [r for r in seen if isinstance(r, RowProblem)]
    assert len(good) >= len(lines) - 1 - 200  # the decoder reads ahead in blocks
    assert len(problems) == 1 and "stops being utf-8" in problems[0].reason


def test_progress_is_reported_in_bytes(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Number\n" + "".join(f"A-{n}\n" for n in range(10_000)), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    list(read_rows(path, detect(path), progress=lambda d, t: seen.append((d, t)), every=1000))
    size = path.stat().st_size
    assert seen[-1] == (size, size) and all(0 < d <= t for d, t in seen)


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"), (b"\n\n,,\n", "first line is empty"),
    (b"%PDF-1.4 ...", "PDF"), (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG")])
def test_files_that_are_no_export(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=reason):
        detect(path)
