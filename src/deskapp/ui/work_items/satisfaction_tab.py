"""Satisfaction: the ratings a caller gave an item (by mail, or on the phone), and recording
one taken on a call. The score has no preselected value: the agent picks what the caller
said."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.mail.rating import COMMENT_MAX
from deskapp.services.satisfaction import RatingDTO
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("When", "Score", "From", "Comment")


class RatingsModel(RowsModel[RatingDTO]):
    HEADERS = HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        rating = self.row(index.row())
        if rating is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        source = {"email": self.tr("E-mail"), "call": self.tr("Call")}.get(rating.source,
                                                                            rating.source)
        values = (local_time(rating.rated_at), f"{rating.score} / 5", source,
                  rating.comment or "")
        return values[index.column()] if 0 <= index.column() < len(values) else None


class SatisfactionTab(QWidget):
    message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RatingsModel(self)
        self.table = read_only_table("ratingsTable", (130, 70, 70))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.score = QComboBox(self)
        self.score.setObjectName("ratingScore")
        self.score.addItem(self.tr("Choose the caller's score…"), None)
        words = (self.tr("very poor"), self.tr("poor"), self.tr("fair"), self.tr("good"),
                 self.tr("excellent"))
        for score in range(5, 0, -1):
            self.score.addItem(f"{score} - {words[score - 1]}", score)
        self.comment = QLineEdit(self)
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment.setPlaceholderText(self.tr("What the caller said (optional)"))
        self.record_button = QPushButton(self.tr("Recor&d rating"), self)
        self.record_button.setObjectName("recordRating")
        self.record_button.clicked.connect(self._record)
        score_label = QLabel(self.tr("Sco&re from a call:"), self)
        score_label.setBuddy(self.score)
        row = QHBoxLayout()
        row.addWidget(score_label)
        row.addWidget(self.score)
        row.addWidget(self.comment, 1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._service: Any = None
        self._item_id: Callable[[], uuid.UUID | None] = lambda: None

    def bind(self, service: Any, runner: Any, item_id: Callable[[], uuid.UUID | None]) -> None:
        """Work through ``service`` (SatisfactionService) on ``runner``."""
        self._service, self._runner, self._item_id = service, runner, item_id

    def refresh(self) -> None:
        item_id = self._item_id()
        if item_id is None or self._service is None:
            self.set_ratings([])
            return
        service = self._service

        def done(ratings: list[RatingDTO]) -> None:
            if self._item_id() == item_id:
                self.set_ratings(ratings)

        self._runner.run(lambda: service.ratings(item_id), done,
                         lambda exc: self.message.emit(user_message(exc)))

    def set_ratings(self, ratings: Sequence[RatingDTO]) -> None:
        self.model.set_rows(ratings)

    def _record(self) -> None:
        item_id, score = self._item_id(), self.score.currentData()
        if item_id is None:
            return
        if score is None:
            self.message.emit(self.tr("Choose the score the caller gave first."))
            self.score.setFocus()
            return
        comment = self.comment.text().strip() or None
        service = self._service

        def done(_rating: RatingDTO) -> None:
            self.score.setCurrentIndex(0)
            self.comment.clear()
            self.message.emit(self.tr("Rating recorded."))
            self.refresh()
            self.changed.emit()

        self._runner.run(lambda: service.record(item_id, int(score), comment), done,
                         lambda exc: self.message.emit(user_message(exc)))
