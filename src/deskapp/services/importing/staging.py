"""A scratch table on disk that regroups an export's rows by incident.

An event-log export lists an incident's updates anywhere in the file, and the file may be far
larger than memory; rows go to a temporary SQLite file (deleted afterwards) and come back one
incident at a time, in file order within the incident.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType


class Staging:
    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="deskapp-import-")
        self._db = sqlite3.connect(Path(self._dir.name) / "rows.sqlite3")
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE rows (ext TEXT NOT NULL, line INTEGER NOT NULL, "
                         "data TEXT NOT NULL)")
        self._pending: list[tuple[str, int, str]] = []
        self.rows = 0

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def add(self, external_id: str, line: int, cells: Sequence[str | None]) -> None:
        self._pending.append((external_id, line, json.dumps(cells, ensure_ascii=False)))
        self.rows += 1
        if len(self._pending) >= 5000:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO rows VALUES (?, ?, ?)", self._pending)
        self._pending.clear()

    def incidents(self) -> Iterator[tuple[str, list[tuple[int, list[str | None]]]]]:
        """(external id, [(line, cells), ...]) per incident, in order of first appearance."""
        self._flush()
        self._db.execute("CREATE INDEX rows_ext ON rows (ext, line)")
        current: str | None = None
        group: list[tuple[int, list[str | None]]] = []
        query = ("SELECT r.ext, r.line, r.data FROM rows r JOIN "
                 "(SELECT ext, MIN(line) AS first FROM rows GROUP BY ext) f ON f.ext = r.ext "
                 "ORDER BY f.first, r.line")
        for ext, line, data in self._db.execute(query):
            if ext != current:
                if current is not None:
                    yield current, group
                current, group = ext, []
            group.append((line, json.loads(data)))
        if current is not None:
            yield current, group

    def incident_count(self) -> int:
        self._flush()
        return int(self._db.execute("SELECT COUNT(DISTINCT ext) FROM rows").fetchone()[0])

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()
