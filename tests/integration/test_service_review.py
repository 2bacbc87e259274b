"""Service reviews on SQLite and PostgreSQL over the hand-built desk of ``test_kpi_cli``: the
sections' numbers, the XLSX workbook (a sheet per section, numbers as numbers) and
``deskapp-admin report`` writing both files headless (the PDF checked page by page with
poppler's pdftotext and pdftoppm)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from deskapp.db.models import Service
from deskapp.domain.kpi import Period
from deskapp.runtime import Database
from deskapp.services.dto import Actor
from deskapp.services.improvement import ImprovementService
from deskapp.services.kpi import KpiService
from deskapp.services.review_xlsx import write_xlsx
from deskapp.services.service_review import ServiceReview, ServiceReviewService
from tests.integration.test_kpi_cli import build_desk
from tests.support.poppler import require_poppler

WEEK = Period.between_dates(date(2025, 3, 1), date(2025, 3, 7), UTC)


@pytest.fixture
def desk(database: Database) -> Database:
    build_desk(database)
    return database


def review(db: Database, service: bool = False) -> ServiceReview:
    kpi = KpiService(db.uow)
    reader = Actor(__import__("uuid").UUID(int=0), "r", "Reader", ())
    reviews = ServiceReviewService(db.uow, kpi, ImprovementService(db.uow, reader, kpi))
    service_id = None
    if service:
        with db.uow(read_only=True) as uow:
            service_id = uow.session.scalars(select(Service.id)).one()
    return reviews.build(WEEK, UTC, service_id)


def test_sections_and_their_numbers(desk: Database) -> None:
    r = review(desk)
    sections = {s.key: s for s in r.sections}
    assert list(sections) == ["summary", "sla", "volumes", "categories", "majors", "problems",
                              "changes", "csi"]
    summary = {row[0]: row[1] for row in sections["summary"].table.rows}  # type: ignore[union-attr]
    assert (summary["Opened"], summary["Resolved"], summary["Backlog"]) == (5, 4, 4)
    assert summary["Satisfaction"] is None  # not measured yet: empty, never 0
    majors = sections["majors"].table.rows  # type: ignore[union-attr]
    assert [(m[0], m[5]) for m in majors] == [("X-000001", 1440.0)]  # B (made first): a day
    categories = [row[0] for row in sections["categories"].table.rows]  # type: ignore[union-attr]
    assert categories[0] == "email"  # A C E
    # the desk's four changes: one successful, one failed, two not reviewed (test_kpi_cli)
    assert sections["changes"].table.rows == (("Change success rate", 50.0, 2),)  # type: ignore[union-attr]
    email = {row[0]: row[1] for row in review(desk, service=True).sections[0].table.rows}  # type: ignore[union-attr]
    assert email["Opened"] == 2  # A C


def test_xlsx_has_a_sheet_per_section_and_numbers(desk: Database, tmp_path: Path) -> None:
    r = review(desk)
    path = write_xlsx(r, tmp_path / "review.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Review", *(s.title for s in r.sections)]
    sheet = book["Summary"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=5, values_only=True)}
    assert rows["Opened"][1] == 5 and isinstance(rows["Opened"][1], int)
    assert isinstance(rows["MTTR (wall clock)"][1], float)
    assert rows["Satisfaction"][1] is None


def test_report_cli_writes_pdf_and_xlsx(desk: Database, tmp_path: Path) -> None:
    require_poppler()
    url = desk.url.render_as_string(hide_password=False)
    pdf, xlsx = tmp_path / "review.pdf", tmp_path / "review.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "deskapp.cli", "--database", url, "report", "--from",
         "2025-03-01", "--to", "2025-03-07", "--zone", "UTC", "--service", "Email",
         "--pdf", str(pdf), "--xlsx", str(xlsx)],
        capture_output=True, text=True, timeout=300,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert xlsx.exists() and "Summary" in load_workbook(xlsx).sheetnames
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    assert "Service review" in pages[0] and "Email" in pages[0]
    assert "Contents" in pages[1] and "Major incidents" in pages[1]
    total = len([p for p in pages if p.strip()])
    assert f"page 3 of {total}" in pages[2] and "Summary" in pages[2]
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "p")],
                   check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == total

    refused = subprocess.run(
        [sys.executable, "-m", "deskapp.cli", "--database", url, "report", "--from",
         "2025-03-01", "--to", "2025-03-07", "--service", "Nope", "--xlsx", str(xlsx)],
        capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0 and "No service is named 'Nope'" in refused.stderr
