"""Dialogs of the queue workspace: filter, columns, bulk actions and their report."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import (
    CATEGORIES,
    PRIORITY_LABELS,
    RESOLUTION_CODES,
    Impact,
    IncidentStatus,
    Urgency,
)
from deskapp.domain.queue import COLUMNS, ME, MY_TEAMS, SLA_STATES, UNASSIGNED, QueueFilter
from deskapp.services.dto import Choice
from deskapp.services.queues import BulkReport
from deskapp.ui.labels import sla_state_label, tr_label

DataRole = Qt.ItemDataRole.UserRole + 1


@dataclass
class Reference:
    """Picker contents, loaded once in the background by the workspace."""

    teams: list[Choice] = field(default_factory=list)
    staff: list[Choice] = field(default_factory=list)
    services: list[Choice] = field(default_factory=list)
    cis: list[Choice] = field(default_factory=list)


def _check_list(items: Iterable[tuple[str, Any]], checked: Iterable[Any]) -> QListWidget:
    widget = QListWidget()
    chosen = set(checked)
    for label, value in items:
        item = QListWidgetItem(label)
        item.setData(DataRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in chosen
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(130)
    return widget


def _checked(widget: QListWidget) -> list[Any]:
    return [widget.item(i).data(DataRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class FilterDialog(QDialog):
    """Every condition a queue can have; OK gives :meth:`queue_filter`."""

    def __init__(self, current: QueueFilter, ref: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Queue filter"))
        self.setObjectName("queueFilterDialog")
        grid = QGridLayout(self)
        self.text = QLineEdit(current.text)
        self.text.setPlaceholderText(self.tr("Words or a ticket number"))
        self.teams = _check_list([(self.tr("My teams"), MY_TEAMS)]
                                 + [(c.label, str(c.id)) for c in ref.teams], current.teams)
        self.assignees = _check_list([(self.tr("Me"), ME), (self.tr("Unassigned"), UNASSIGNED)]
                                     + [(c.label, str(c.id)) for c in ref.staff],
                                     current.assignees)
        self.statuses = _check_list([(self.tr(s.label), s.value) for s in IncidentStatus],
                                    current.statuses)
        self.priorities = _check_list([(tr_label(v), k) for k, v in PRIORITY_LABELS.items()],
                                      current.priorities)
        self.sla = _check_list([(sla_state_label(s), s) for s in SLA_STATES],
                               current.sla_states)
        self.services = _check_list([(c.label, str(c.id)) for c in ref.services],
                                    current.services)
        self.cis = _check_list([(c.label, str(c.id)) for c in ref.cis], current.cis)
        self.categories = _check_list([(tr_label(c), c) for c in CATEGORIES],
                                      current.categories)
        self.created_days = QSpinBox()
        self.updated_days = QSpinBox()
        for box, value in ((self.created_days, current.created_within_days),
                           (self.updated_days, current.updated_within_days)):
            box.setRange(0, 3650)
            box.setSpecialValueText(self.tr("any time"))
            box.setSuffix(self.tr(" days"))
            box.setValue(value or 0)
        self._kept = current
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Text:"), self.text), (self.tr("T&eams:"), self.teams),
            (self.tr("&Assignee:"), self.assignees), (self.tr("&Status:"), self.statuses),
            (self.tr("&Priority:"), self.priorities), (self.tr("S&LA state:"), self.sla),
            (self.tr("Se&rvice:"), self.services), (self.tr("&CI:"), self.cis),
            (self.tr("Cate&gory:"), self.categories),
            (self.tr("Created &within:"), self.created_days),
            (self.tr("&Updated within:"), self.updated_days),
        ]
        for n, (label, widget) in enumerate(cells):
            lab = QLabel(label)
            lab.setBuddy(widget)
            grid.addWidget(lab, n // 2, (n % 2) * 2)
            grid.addWidget(widget, n // 2, (n % 2) * 2 + 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Reset)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self._reset)
        grid.addWidget(buttons, len(cells) // 2 + 1, 0, 1, 4)

    def _reset(self) -> None:
        for widget in (self.teams, self.assignees, self.statuses, self.priorities, self.sla,
                       self.services, self.cis, self.categories):
            for i in range(widget.count()):
                widget.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.text.clear()
        self.created_days.setValue(0)
        self.updated_days.setValue(0)

    def queue_filter(self) -> QueueFilter:
        return QueueFilter(
            teams=tuple(_checked(self.teams)), assignees=tuple(_checked(self.assignees)),
            statuses=tuple(_checked(self.statuses)), priorities=tuple(_checked(self.priorities)),
            sla_states=tuple(_checked(self.sla)), services=tuple(_checked(self.services)),
            cis=tuple(_checked(self.cis)), categories=tuple(_checked(self.categories)),
            created_from=self._kept.created_from, created_to=self._kept.created_to,
            updated_from=self._kept.updated_from, updated_to=self._kept.updated_to,
            created_within_days=self.created_days.value() or None,
            updated_within_days=self.updated_days.value() or None,
            text=self.text.text().strip())


class ColumnChooser(QDialog):
    """Which columns a queue shows, in which order."""

    def __init__(self, shown: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns"))
        order = list(shown) + [c.key for c in COLUMNS if c.key not in shown]
        labels = {c.key: c.label for c in COLUMNS}
        self.list = _check_list([(tr_label(labels[k]), k) for k in order], shown)
        self.list.setMaximumHeight(400)
        up = QPushButton(self.tr("Move &up"))
        down = QPushButton(self.tr("Move &down"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def columns(self) -> tuple[str, ...]:
        return tuple(_checked(self.list))


class BulkDialog(QDialog):
    """Options of one bulk action: assign, status, priority (impact x urgency) or team."""

    def __init__(self, action: str, count: int, ref: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        titles = {"assign": self.tr("Assign {n} incident(s)"),
                  "status": self.tr("Set the status of {n} incident(s)"),
                  "priority": self.tr("Set impact and urgency of {n} incident(s)"),
                  "team": self.tr("Move {n} incident(s) to a team")}
        self.setWindowTitle(titles[action].format(n=count))
        self.setObjectName(f"bulk-{action}")
        form = QFormLayout(self)
        self.team = QComboBox()
        self.assignee = QComboBox()
        self.status = QComboBox()
        self.code = QComboBox()
        self.notes = QPlainTextEdit()
        self.impact = QComboBox()
        self.urgency = QComboBox()
        if action in ("assign", "team"):
            if action == "assign":
                self.team.addItem(self.tr("(no team)"), None)
            for c in ref.teams:
                self.team.addItem(c.label, c.id)
            form.addRow(self.tr("&Team:"), self.team)
        if action == "assign":
            self.assignee.addItem(self.tr("(nobody)"), None)
            for c in ref.staff:
                self.assignee.addItem(c.label, c.id)
            form.addRow(self.tr("&Assignee:"), self.assignee)
        if action == "status":
            for s in IncidentStatus:
                self.status.addItem(self.tr(s.label), s.value)
            self.code.addItems(list(RESOLUTION_CODES))
            form.addRow(self.tr("&Status:"), self.status)
            form.addRow(self.tr("Resolution &code:"), self.code)
            form.addRow(self.tr("Resolution &notes:"), self.notes)
            self.status.currentIndexChanged.connect(self._status_changed)
            self._status_changed()
        if action == "priority":
            for box, enum in ((self.impact, Impact), (self.urgency, Urgency)):
                for member in enum:
                    box.addItem(self.tr(member.label), int(member))
            form.addRow(self.tr("&Impact:"), self.impact)
            form.addRow(self.tr("&Urgency:"), self.urgency)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _status_changed(self) -> None:
        resolving = self.status.currentData() == IncidentStatus.RESOLVED.value
        self.code.setEnabled(resolving)
        self.notes.setEnabled(resolving)

    def values(self) -> dict[str, Any]:
        if self.action == "assign":
            return {"team_id": self.team.currentData(), "assignee_id": self.assignee.currentData()}
        if self.action == "team":
            return {"team_id": self.team.currentData()}
        if self.action == "status":
            resolving = self.status.currentData() == IncidentStatus.RESOLVED.value
            return {"target": self.status.currentData(),
                    "resolution_code": self.code.currentText() if resolving else None,
                    "resolution_notes": self.notes.toPlainText() if resolving else None}
        return {"impact": self.impact.currentData(), "urgency": self.urgency.currentData()}


class BulkReportDialog(QDialog):
    """What happened to each selected row."""

    OUTCOMES = {"ok": QT_TRANSLATE_NOOP("BulkReportDialog", "Done"),
                "conflict": QT_TRANSLATE_NOOP("BulkReportDialog", "Changed by someone else"),
                "invalid": QT_TRANSLATE_NOOP("BulkReportDialog", "Not allowed"),
                "missing": QT_TRANSLATE_NOOP("BulkReportDialog", "No longer exists"),
                "failed": QT_TRANSLATE_NOOP("BulkReportDialog", "Connection lost"),
                "skipped": QT_TRANSLATE_NOOP("BulkReportDialog", "Not tried")}

    def __init__(self, report: BulkReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bulk {action}: result").format(action=report.action))
        self.setObjectName("bulkReport")
        self.report = report
        layout = QVBoxLayout(self)
        summary = self.tr("{ok} of {n} incident(s) changed; {bad} not changed.").format(
            ok=report.ok, n=len(report.outcomes), bad=report.failed)
        if report.connection_lost:
            summary += " " + self.tr("The connection to the database was lost: {n} not "
                                     "tried; the rows marked Done are saved.").format(
                                         n=report.skipped)
        elif report.skipped:
            summary += " " + self.tr("Cancelled: {n} not tried.").format(n=report.skipped)
        self.summary = QLabel(summary)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(report.outcomes), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Result"),
                                              self.tr("Message")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, outcome in enumerate(report.outcomes):
            for col, text in enumerate((outcome.number, self.tr(self.OUTCOMES[outcome.outcome]),
                                        outcome.message)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 360)


def ids_of(values: Iterable[Any]) -> list[uuid.UUID]:
    return [v for v in values if isinstance(v, uuid.UUID)]
