"""The Service reviews tab: a review of one service or the whole desk over the chosen period,
written as PDF (title page, contents, page numbers, vector charts, tables that continue with
their header) or XLSX (a sheet per section, numbers as numbers). The figures are gathered off
the UI thread; the PDF is drawn on it (QtCharts lives there), a few pages in well under a
second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.domain.kpi import Period
    from deskapp.services.dto import Choice
    from deskapp.services.service_review import ServiceReview
    from deskapp.ui.context import UiContext
    from deskapp.ui.queues.model import SafeRunner


class ReviewPanel(QWidget):
    def __init__(self, ctx: UiContext, run: SafeRunner, zone: tzinfo,
                 period: Callable[[], Period | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = run
        self._zone = zone
        self._period = period
        self.service = QComboBox(self)
        self.service.addItem(self.tr("The whole desk"), None)
        label = QLabel(self.tr("Whole des&k or a service:"), self)
        label.setBuddy(self.service)
        self.pdf_button = QPushButton(self.tr("Write P&DF…"), self)
        self.xlsx_button = QPushButton(self.tr("Write &XLSX…"), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        about = QLabel(self.tr(
            "A service review covers the period chosen above: every KPI with its basis, SLA "
            "compliance by priority, weekly volumes beside the previous period, the top "
            "categories, major incidents, problems, changes and their success, and the "
            "improvement initiatives of the CSI register. The same review is written headless "
            "by deskapp-admin report."), self)
        about.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (label, self.service, self.pdf_button, self.xlsx_button, self.busy):
            bar.addWidget(w)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(about)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.pdf_button.clicked.connect(lambda: self.write("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.write("xlsx"))
        self._services_loaded = False

    def load_services(self) -> None:
        if self._services_loaded:
            return
        self._services_loaded = True
        ref = self.ctx.services.reference
        self._run.run(ref.services, self._fill, lambda exc: self.status.setText(
            user_message(exc)))

    def _fill(self, services: list[Choice]) -> None:
        for c in services:
            self.service.addItem(c.label, c.id)

    def write(self, fmt: str, path: str | None = None) -> None:
        period = self._period()
        if period is None:
            self.status.setText(self.tr("Choose a period above first."))
            return
        if path is None:
            first, last = period.local_dates(self._zone)
            name = f"service-review-{first:%Y%m%d}-{last:%Y%m%d}.{fmt}"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Write the service review"), name,
                self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Excel files (*.xlsx)"))
            if not path:
                return
        target = Path(path)
        reviews, zone, service_id = self.ctx.services.reviews, self._zone, \
            self.service.currentData()
        self._set_busy(True)
        self.status.setText(self.tr("Gathering the figures…"))

        def work() -> ServiceReview:
            review = reviews.build(period, zone, service_id)
            if fmt == "xlsx":
                # openpyxl loads when a review is saved as a workbook, not at every start
                from deskapp.services.review_xlsx import write_xlsx  # noqa: PLC0415

                write_xlsx(review, target)
            return review

        self._run.run(work, lambda review: self._built(fmt, target, review), self._failed)

    def _built(self, fmt: str, target: Path, review: ServiceReview) -> None:
        try:
            if fmt == "pdf":
                from deskapp.ui.improvement.review_pdf import write_pdf

                pages = write_pdf(review, target)
                self.status.setText(self.tr("Wrote {path} ({n} pages).").format(
                    path=str(target), n=pages))
            else:
                self.status.setText(self.tr("Wrote {path} ({n} sheets).").format(
                    path=str(target), n=len(review.sections) + 1))
        except OSError as exc:
            self.status.setText(self.tr("Could not write {path}: {reason}. Choose another "
                                        "folder.").format(path=str(target), reason=exc))
        finally:
            self._set_busy(False)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(user_message(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.pdf_button.setEnabled(not busy)
        self.xlsx_button.setEnabled(not busy)
