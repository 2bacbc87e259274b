"""Queue exports write what the grid shows: "In Progress", "P2 - High", "OK", not the stored
"in_progress", 2 or "ok" (the XLSX used to carry lowercase SLA states)."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from deskapp.domain.queue import QueueDefinition
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from tests.support.factories import make_desk


def test_exports_write_display_labels(services: Services, database: Database, actor: Actor,
                                      tmp_path: Path) -> None:
    desk = make_desk(database, actor_id=actor.staff_id)
    inc = services.incidents.create({"title": "Printer jam", "impact": 2, "urgency": 2})
    inc = services.incidents.assign(inc.id, inc.version, desk.team_id, actor.staff_id)
    services.incidents.transition(inc.id, inc.version, "in_progress")
    definition = QueueDefinition(columns=("number", "status", "priority", "sla_state"))
    queue = services.queues.resolve(definition)
    services.queues.export(queue, definition, tmp_path / "q.csv")
    services.queues.export(queue, definition, tmp_path / "q.xlsx")
    with (tmp_path / "q.csv").open(encoding="utf-8-sig") as fh:
        csv_rows = list(csv.reader(fh))
    sheet = load_workbook(tmp_path / "q.xlsx").active
    assert sheet is not None
    xlsx_rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    for rows in (csv_rows, xlsx_rows):
        assert rows[0] == ["Number", "Status", "Priority", "SLA"]
        assert rows[1][1:] == ["In Progress", "P3 - Moderate", "OK"], rows
