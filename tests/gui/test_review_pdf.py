"""The service review's PDF, read back with poppler: a long table continues on the next pages
with its header row repeated, every page after the title is numbered "page n of N", the
contents name each section's page, and the pages render (pdftoppm)."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from deskapp.domain.kpi import Grain, Period, buckets, previous_buckets
from deskapp.services.kpi import Point, Series, SeriesLine
from deskapp.services.service_review import Section, ServiceReview, Table
from deskapp.ui.improvement.review_pdf import write_pdf
from tests.support.poppler import poppler  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("poppler")


def sample() -> ServiceReview:
    period = Period.between_dates(date(2026, 9, 1), date(2026, 11, 30), UTC)
    now = buckets(period, Grain.WEEK, UTC)
    before = previous_buckets(now, Grain.WEEK, UTC)
    series = Series("opened", "Opened", "items", "items opened", Grain.WEEK, None, (
        SeriesLine(None, None, tuple(Point(b, 10 + k, 10 + k) for k, b in enumerate(now)),
                   tuple(Point(b, 12, 12) for b in before)),))
    long = Table(("Number", "Title", "Minutes"),
                 tuple((f"INC-{n:06d}", f"Mail outage {n}", n * 1.5) for n in range(1, 151)))
    return ServiceReview("Contoso Service Desk", "Email", period, "2026-09-01", "2026-11-30",
                         datetime(2026, 12, 6, 7, 0, tzinfo=UTC), (
                             Section("volumes", "Volumes and trends", "Weekly volumes.",
                                     None, (series,)),
                             Section("majors", "Major incidents", "A long list.", long)))


def test_pages_numbers_contents_and_repeated_headers(qapp: QApplication, tmp_path: Path) -> None:
    pdf = tmp_path / "review.pdf"
    pages = write_pdf(sample(), pdf)
    assert pages >= 6  # title, contents, chart section, a table over several pages
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout.split("\f")
    text = [t for t in text if t.strip()]
    assert len(text) == pages
    assert "Contoso Service Desk" in text[0] and "Email" in text[0]
    assert "Volumes and trends" in text[1] and "Major incidents" in text[1]
    for n in range(2, pages + 1):
        assert f"page {n} of {pages}" in text[n - 1]
    table_pages = [t for t in text if "INC-000" in t]
    assert len(table_pages) >= 3
    assert all("Number" in t and "Title" in t for t in table_pages)  # the header, again
    assert "INC-000150" in table_pages[-1]
    contents_page = int(text[1].split("Major incidents")[1].split()[0])
    assert "Major incidents" in text[contents_page - 1]
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    assert len(images) == 2  # the listing's two header lines: charts and logo are vectors
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == pages
