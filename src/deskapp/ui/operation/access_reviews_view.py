"""Access reviews in the Access view (their progress, who is late, the finished record), and the
review lines waiting for the signed-in person in My approvals."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Action, Resource
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    # types only: the service and the answer dialog load when first used, not with the
    # first window (My approvals counts review lines at start-up, on a worker thread)
    from deskapp.services.access_reviews import ReviewDTO, ReviewLineDTO
    from deskapp.ui.context import UiContext
    from deskapp.ui.operation.access_dialogs import ReviewAnswerDialog
    from deskapp.ui.operation.access_view import AccessView

_Index = QModelIndex | QPersistentModelIndex


class ReviewsModel(RowsModel["ReviewDTO"]):
    HEADERS = ("Review", "Scope", "Progress", "Due", "Late reviewers", "Finished")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        r = self.row(index.row())
        if r is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = r.progress
        values = (r.title, r.scope,
                  self.tr("{decided} of {total} ({percent}%)").format(
                      decided=p.decided, total=p.total, percent=p.percent),
                  local_time(r.due_at), ", ".join(f"{name} ({n})" for name, n in r.overdue),
                  local_time(r.finished_at) if r.finished_at else "")
        return values[index.column()] if 0 <= index.column() < len(values) else None


class LinesModel(RowsModel["ReviewLineDTO"]):
    HEADERS = ("Person", "Access", "Reviewer", "Decision", "Revocation", "Review", "Due")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        x = self.row(index.row())
        if x is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (x.person, x.access, x.reviewer, decision_text(x.decision),
                  x.revocation_number or "", x.review_title, local_time(x.due_at))
        return values[index.column()] if 0 <= index.column() < len(values) else None


def decision_text(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("AccessReviews", {
        "pending": "Waiting", "confirmed": "Kept", "revoked": "Revoked"}.get(key, key))


def review_html(review: ReviewDTO) -> str:
    """The review as an auditor reads it: scope, who started it, each grant's decision with
    who made it, when and why, and the task that revoked it."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("AccessReviews", text)

    p = review.progress
    state = (tr("Finished {when}").format(when=local_time(review.finished_at))
             if review.finished_at else tr("Running, due {when}").format(
                 when=local_time(review.due_at)))
    head = (f"<h3>{escape(review.title)}</h3><p>{escape(review.scope)} · "
            f"{escape(tr('started by {who} on {when}').format(who=review.started_by or '?', when=local_time(review.started_at)))}"  # noqa: E501
            f" · {escape(state)}</p><p>"
            + escape(tr("{total} grant(s): {confirmed} kept, {revoked} revoked, {pending} "
                        "waiting.").format(total=p.total, confirmed=p.confirmed,
                                           revoked=p.revoked, pending=p.pending)) + "</p>")
    if review.overdue:
        head += "<p><b>" + escape(tr("Late:")) + "</b> " + escape(", ".join(
            f"{name} ({n})" for name, n in review.overdue)) + "</p>"
    rows = []
    for x in review.lines:
        who = x.decided_by or ""
        if x.recorded_by_proxy:
            who = tr("{agent} for {reviewer}").format(agent=who, reviewer=x.reviewer)
        rows.append("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in (
            x.person, x.access, x.reviewer, decision_text(x.decision), who,
            local_time(x.decided_at) if x.decided_at else "", x.comment,
            x.revocation_number or "")) + "</tr>")
    header = "".join(f"<th align='left'>{escape(tr(h))}</th>" for h in (
        "Person", "Access", "Reviewer", "Decision", "Decided by", "When", "Comment",
        "Revocation"))
    return head + f"<table cellspacing='4'><tr>{header}</tr>{''.join(rows)}</table>"


class ReviewsPage(QWidget):
    """The Reviews tab: every review with its progress; the chosen one's record below."""

    def __init__(self, view: AccessView) -> None:
        super().__init__()
        self.view = view
        self.model = ReviewsModel(self)
        self.table = read_only_table("accessReviews", (220, 180, 130, 120, 200))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.record = QTextBrowser()
        self.record.setObjectName("reviewRecord")
        self.lines = LinesModel(self)
        self.lines_table = read_only_table("reviewLines", (150, 200, 150, 90, 110))
        self.lines_table.setModel(self.lines)
        apply_widths(self.lines_table)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show(current.row()))
        self.start_button = QPushButton(self.tr("&Start review…"))
        self.start_button.setObjectName("startReview")
        self.start_button.clicked.connect(lambda _c=False: view.start_review())
        decision = view.ctx.services.may(Action.MANAGE, Resource.ACCESS)
        self.start_button.setEnabled(bool(decision))
        self.start_button.setToolTip(decision.reason or self.tr(
            "Ask managers or system owners to confirm or revoke each grant of a system or a "
            "department"))
        self.record_button = QPushButton(self.tr("Record &answer…"))
        self.record_button.setObjectName("recordAnswer")
        self.record_button.setToolTip(self.tr("Record the answer of a reviewer without a "
                                              "DeskApp login (given by phone or e-mail)"))
        self.record_button.clicked.connect(lambda _c=False: self.record_answer())
        self.lines_table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.start_button)
        detail = QSplitter(Qt.Orientation.Horizontal)
        detail.setChildrenCollapsible(False)
        detail.addWidget(self.lines_table)
        detail.addWidget(self.record)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._enable()

    def refresh(self) -> None:
        reviews = self.view.ctx.services.access_reviews
        self.view.runner.run(reviews.reviews, self._loaded, self.view.fail)

    def _loaded(self, rows: list[ReviewDTO]) -> None:
        current = self.model.row(self.table.currentIndex().row())
        self.model.set_rows(rows)
        keep = next((n for n, r in enumerate(rows) if current and r.id == current.id), 0)
        if rows:
            self.table.selectRow(keep)
        else:
            self.record.clear()
            self.lines.set_rows([])

    def _show(self, row: int) -> None:
        review = self.model.row(row)
        if review is None:
            return
        reviews = self.view.ctx.services.access_reviews

        def show(full: ReviewDTO) -> None:
            self.record.setHtml(review_html(full))
            self.lines.set_rows(list(full.lines))
            if full.lines:
                self.lines_table.selectRow(0)
            self._enable()

        self.view.runner.run(lambda: reviews.review(review.id), show, self.view.fail)

    def current_line(self) -> ReviewLineDTO | None:
        return self.lines.row(self.lines_table.currentIndex().row())

    def _enable(self) -> None:
        line = self.current_line()
        self.record_button.setEnabled(line is not None and line.decision == "pending"
                                      and not line.reviewer_has_login)

    def record_answer(self) -> ReviewAnswerDialog | None:
        line = self.current_line()
        if line is None:
            return None
        from deskapp.ui.operation.access_dialogs import ReviewAnswerDialog

        dialog = ReviewAnswerDialog(self.view.ctx, line, recording=True, parent=self)

        def answered(_result: object) -> None:
            self.view.changed.emit()
            self.refresh()

        dialog.done_with.connect(answered)
        dialog.open()
        return dialog


class MyReviewLines(QWidget):
    """Access review lines waiting for me (in My approvals): keep or revoke, one at a time."""

    answered = Signal()
    message = Signal(str)
    count_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myReviewLines")
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self.title = QLabel()
        self.title.setObjectName("myReviewLinesTitle")
        self.model = LinesModel(self)
        self.table = read_only_table("myReviewLinesTable", (150, 220, 150, 80, 100, 180))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.activated.connect(lambda _i: self.answer())
        self.answer_button = QPushButton(self.tr("Keep or rev&oke…"))
        self.answer_button.setObjectName("answerReview")
        self.answer_button.clicked.connect(lambda _c=False: self.answer())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.set_rows([])

    def refresh(self) -> None:
        services = self.ctx.services  # the service is built on the worker, not here
        self.runner.run(lambda: services.access_reviews.mine(), self.set_rows,
                        lambda exc: self.message.emit(user_message(exc)))

    def set_rows(self, rows: list[ReviewLineDTO]) -> None:
        self.model.set_rows(rows)
        self.title.setText(self.tr("<b>Access reviews</b> · %n grant(s) to confirm", "",
                                   len(rows)))
        self.setVisible(bool(rows))
        self.answer_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self.count_changed.emit(len(rows))

    def answer(self) -> ReviewAnswerDialog | None:
        line = self.model.row(self.table.currentIndex().row())
        if line is None:
            return None
        from deskapp.ui.operation.access_dialogs import ReviewAnswerDialog

        dialog = ReviewAnswerDialog(self.ctx, line, recording=False, parent=self)

        def answered(_result: object) -> None:
            self.answered.emit()
            self.refresh()

        dialog.done_with.connect(answered)
        dialog.open()
        return dialog
