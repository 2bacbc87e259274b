"""A service review as an XLSX workbook (openpyxl): a cover sheet, then one sheet per section,
numbers written as numbers (a spreadsheet can add them up), empty cells where nothing was
measured."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from deskapp.services.service_review import ServiceReview

_SHEET_NAME_MAX = 31


def write_xlsx(review: ServiceReview, path: Path) -> Path:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Review"
    bold = Font(bold=True)
    cover.append([f"Service review: {review.subject}"])
    cover["A1"].font = Font(bold=True, size=14)
    for label, value in (("Desk", review.desk_name), ("Service", review.subject),
                         ("From", review.first_day), ("To", review.last_day),
                         ("Period start (UTC)", review.period.start.isoformat()),
                         ("Period end (UTC)", review.period.end.isoformat()),
                         ("Created", review.created_at.isoformat(timespec="minutes"))):
        cover.append([label, value])
    cover.append([])
    cover.append(["Sections"])
    for section in review.sections:
        cover.append([section.title, section.text])
    cover.column_dimensions["A"].width = 26
    cover.column_dimensions["B"].width = 90
    for section in review.sections:
        sheet = book.create_sheet(section.title[:_SHEET_NAME_MAX])
        sheet.append([section.title])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([section.text])
        sheet.append([])
        if section.table is None:
            continue
        sheet.append(list(section.table.headers))
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        header_row = sheet.max_row
        for row in section.table.rows:
            sheet.append(list(row))
        sheet.freeze_panes = f"A{header_row + 1}"
        for i, header in enumerate(section.table.headers, start=1):
            width = max([len(str(header))] + [len(str(r[i - 1])) for r in section.table.rows
                                              if r[i - 1] is not None])
            sheet.column_dimensions[get_column_letter(i)].width = min(max(10, width + 2), 60)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
