"""Dialogs of the queue workspace: filter, columns, bulk actions and their report."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.bulk import KEEP, BulkChange, Members, Skip, plan
from deskapp.domain.incident import (
    CATEGORIES,
    PRIORITY_LABELS,
    Impact,
    IncidentStatus,
    Urgency,
)
from deskapp.domain.kinds import ACTIVE, REGISTRY, all_statuses, bulk_options, status_label
from deskapp.domain.queue import COLUMNS, ME, MY_TEAMS, SLA_STATES, UNASSIGNED, QueueFilter
from deskapp.ui import theme
from deskapp.ui.labels import count_text, sla_state_label, tr_label
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from deskapp.services.dto import Choice
    from deskapp.services.queues import BulkReport, BulkTarget
    from deskapp.services.resolution_codes import ResolutionCodeDTO

DataRole = Qt.ItemDataRole.UserRole + 1
RESOLVED = IncidentStatus.RESOLVED.value  # the one step that asks for a code and notes


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
        self.kinds = _check_list([(tr_label(REGISTRY[k].label), k) for k in ACTIVE],
                                 current.kinds)
        self.statuses = _check_list([(tr_label(status_label(s)), s) for s in all_statuses()],
                                    current.statuses)
        self.priorities = _check_list([(tr_label(v), k) for k, v in PRIORITY_LABELS.items()],
                                      current.priorities)
        self.sla = _check_list([(sla_state_label(s), s) for s in SLA_STATES],
                               current.sla_states)
        self.services = _check_list([(c.label, str(c.id)) for c in ref.services],
                                    current.services)
        self.cis = _check_list([(c.label, str(c.id)) for c in ref.cis], current.cis)
        # tickets whose CIs the services stand on (the CMDB graph), not only those naming them
        self.affected = _check_list([(c.label, str(c.id)) for c in ref.services],
                                    current.affected_services)
        self.affected.setObjectName("affectedServices")
        self.affected.setToolTip(self.tr(
            "Items whose CIs a ticked service depends on (through the CMDB, up to five "
            "relations away), or that name the service."))
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
            (self.tr("Kin&d:"), self.kinds),
            (self.tr("A&ffected service:"), self.affected),
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
                       self.services, self.cis, self.categories, self.kinds, self.affected):
            for i in range(widget.count()):
                widget.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.text.clear()
        self.created_days.setValue(0)
        self.updated_days.setValue(0)

    def queue_filter(self) -> QueueFilter:
        """The conditions as ticked; those the dialog does not show (major incidents only,
        date ranges) are kept as they were."""
        return replace(
            self._kept,
            kinds=tuple(_checked(self.kinds)), teams=tuple(_checked(self.teams)),
            assignees=tuple(_checked(self.assignees)),
            statuses=tuple(_checked(self.statuses)), priorities=tuple(_checked(self.priorities)),
            sla_states=tuple(_checked(self.sla)), services=tuple(_checked(self.services)),
            cis=tuple(_checked(self.cis)), categories=tuple(_checked(self.categories)),
            affected_services=tuple(_checked(self.affected)),
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


class ValueBox(QComboBox):
    """A combo box of Python values (KEEP, None, ids, enums), compared in Python: item data
    through QVariant cannot tell None from "no data" nor find an enum member."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def add(self, label: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(label)

    def reset(self) -> None:
        self._values.clear()
        self.clear()

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else KEEP

    def label_of(self, value: Any) -> str:
        return self.itemText(self.index_of(value))

    def index_of(self, value: Any) -> int:
        return next((n for n, v in enumerate(self._values) if v == value), -1)

    def select(self, value: Any) -> None:
        self.setCurrentIndex(max(self.index_of(value), 0))


class BulkDialog(QDialog):
    """Options of one bulk action: assign, status, priority (impact x urgency) or team.

    Every field starts at "(no change)" and OK stays disabled until something would change, so
    Enter on a freshly opened dialog changes nothing. A summary counts the incidents that will
    change (planned on the selection with :func:`deskapp.domain.bulk.plan`); a result the
    lifecycle forbids is refused here with a message; clearing a field or changing more than
    ``CONFIRM_ABOVE`` incidents asks once more, naming the count. ``accepted`` then carries
    :meth:`change`.
    """

    def __init__(self, action: str, targets: Sequence[BulkTarget], ref: Reference,
                 members: Members | None = None, codes: Sequence[ResolutionCodeDTO] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.rows = [t.state() for t in targets]
        self.members: Members = members or {}
        self.ref = ref
        n = len(self.rows)
        titles = {"assign": self.tr("Assign %Ln item(s)", "", n),
                  "status": self.tr("Set the status of %Ln item(s)", "", n),
                  "priority": self.tr("Set impact and urgency of %Ln item(s)", "", n),
                  "team": self.tr("Move %Ln item(s) to a team", "", n)}
        self.setWindowTitle(titles[action])
        self.setObjectName(f"bulk-{action}")
        self.form = QFormLayout()
        self.team = ValueBox()
        self.assignee = ValueBox()
        self.status = ValueBox()
        self.code = ValueBox()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.impact = ValueBox()
        self.urgency = ValueBox()
        keep = self.tr("(no change)")
        if action in ("assign", "team"):
            self.team.add(keep, KEEP)
            if action == "assign":
                self.team.add(self.tr("(no team)"), None)
            for c in ref.teams:
                self.team.add(c.label, c.id)
            self.form.addRow(self.tr("&Team:"), self.team)
            self.team.currentIndexChanged.connect(self._team_changed)
        if action == "assign":
            self._fill_assignees()
            self.form.addRow(self.tr("&Assignee:"), self.assignee)
        if action == "status":
            self.status.add(keep, KEEP)
            # the steps every selected kind may take in bulk (New is never a step)
            for step in bulk_options({r.kind for r in self.rows}).steps:
                self.status.add(tr_label(status_label(step)), step)
            self.code.add(self.tr("(choose a code)"), None)
            for item in codes:  # the list's active codes (Service Design keeps it)
                self.code.add(tr_label(item.label), item.code)
                if item.description:
                    self.code.setItemData(self.code.count() - 1, item.description,
                                          Qt.ItemDataRole.ToolTipRole)
            self.notes.setPlaceholderText(self.tr("What was wrong and what fixed it (the "
                                                  "callers read this)."))
            self.form.addRow(self.tr("&Status:"), self.status)
            self.form.addRow(self.tr("Resolution &code:"), self.code)
            self.form.addRow(self.tr("Resolution &notes:"), self.notes)
            self.status.currentIndexChanged.connect(self._status_changed)
            self.code.currentIndexChanged.connect(self._update)
            self.notes.textChanged.connect(self._update)
        if action == "priority":
            for box, enum in ((self.impact, Impact), (self.urgency, Urgency)):
                box.add(keep, KEEP)
                for member in enum:
                    box.add(tr_label(member.label), int(member))
                box.currentIndexChanged.connect(self._update)
            self.form.addRow(self.tr("&Impact:"), self.impact)
            self.form.addRow(self.tr("&Urgency:"), self.urgency)
        self.assignee.currentIndexChanged.connect(self._update)
        self.summary = QLabel()
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("bulkProblem")
        self.problem.setStyleSheet(theme.error_style())
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.confirmation: QMessageBox | None = None
        self.planned = plan(BulkChange(), self.rows, self.members)
        self._status_changed()

    # -- fields -------------------------------------------------------------------------
    def _fill_assignees(self) -> None:
        """Everybody, or only the members of the team chosen; the choice is kept if it can."""
        chosen = self.assignee.value()
        team = self.team.value()
        people = self.ref.staff
        if isinstance(team, uuid.UUID) and team in self.members:
            people = [c for c in people if c.id in self.members[team]]
        self.assignee.blockSignals(True)
        self.assignee.reset()
        self.assignee.add(self.tr("(no change)"), KEEP)
        self.assignee.add(self.tr("(nobody)"), None)
        for c in people:
            self.assignee.add(c.label, c.id)
        self.assignee.select(chosen)
        self.assignee.blockSignals(False)

    def _team_changed(self) -> None:
        if self.action == "assign":
            self._fill_assignees()
        self._update()

    def _status_changed(self) -> None:
        if self.action == "status":
            resolving = self.status.value() == RESOLVED
            self.form.setRowVisible(self.code, resolving)
            self.form.setRowVisible(self.notes, resolving)
        self._update()

    def change(self) -> BulkChange:
        """What the person chose; fields left at "(no change)" are KEEP."""
        if self.action in ("assign", "team"):
            return BulkChange(team_id=self.team.value(),
                              assignee_id=self.assignee.value()
                              if self.action == "assign" else KEEP)
        if self.action == "status":
            resolving = self.status.value() == RESOLVED
            return BulkChange(status=self.status.value(),
                              resolution_code=self.code.value() if resolving else None,
                              resolution_notes=self.notes.toPlainText() if resolving else None)
        return BulkChange(impact=self.impact.value(), urgency=self.urgency.value())

    # -- summary and refusal ------------------------------------------------------------
    def _update(self) -> None:
        change = self.change()
        self.planned = plan(change, self.rows, self.members)
        self.summary.setText(self._summary(change))
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok.setEnabled(not change.empty and self.planned.ready)

    def _summary(self, change: BulkChange) -> str:
        p = self.planned
        if change.empty:
            return self.tr("Nothing changes yet: choose a new value above.")
        lines = [self.tr("%Ln item(s) will change: {what}", "", p.changing).format(
            what=", ".join(self._what(change)))]
        if p.unchanged:
            lines.append(self.tr("%Ln already as asked (left as they are).", "", p.unchanged))
        if p.loses_assignee and change.assignee_id is KEEP:
            lines.append(self.tr("%Ln will lose their assignee, who is not in the new team.",
                                 "", p.loses_assignee))
        skipped = {Skip.CLOSED: self.tr("%Ln closed: cannot be reassigned.", "",
                                        p.skipped.get(Skip.CLOSED, 0)),
                   Skip.MOVE: self.tr("%Ln cannot take this step from their status.", "",
                                      p.skipped.get(Skip.MOVE, 0)),
                   Skip.NOT_MEMBER: self.tr("%Ln: the assignee is not in their team.", "",
                                            p.skipped.get(Skip.NOT_MEMBER, 0))}
        left = [text for reason, text in skipped.items() if p.skipped.get(reason)]
        if left:
            lines.append(self.tr("Left as they are: {why}").format(why=" ".join(left)))
        return "\n".join(lines)

    def _what(self, change: BulkChange) -> list[str]:
        parts = []
        if change.team_id is not KEEP:
            parts.append(self.tr("Team → {value}").format(
                value=self.team.label_of(change.team_id) if change.team_id else self.tr("none")))
        if change.assignee_id is not KEEP:
            parts.append(self.tr("Assignee → {value}").format(
                value=self.assignee.label_of(change.assignee_id) if change.assignee_id
                else self.tr("nobody")))
        if isinstance(change.status, str):
            parts.append(self.tr("Status → {value}").format(
                value=tr_label(status_label(change.status))))
        if change.impact is not KEEP:
            parts.append(self.tr("Impact → {value}").format(
                value=self.impact.label_of(change.impact)))
        if change.urgency is not KEEP:
            parts.append(self.tr("Urgency → {value}").format(
                value=self.urgency.label_of(change.urgency)))
        return parts

    def _problem(self) -> str:
        p = self.planned
        lines = []
        if "resolution_code" in p.request_errors:
            lines.append(self.tr("Choose a resolution code."))
        if "resolution_notes" in p.request_errors:
            lines.append(self.tr("Type the resolution notes (the callers read them)."))
        if p.nobody_working:
            hints = {"assign": self.tr("Pick an assignee, or leave them out of the selection."),
                     "status": self.tr("Assign them first, or leave them out of the "
                                       "selection."),
                     "team": self.tr("Use Assign to pick somebody in the new team.")}
            lines.append(self.tr("%Ln of the selected item(s) would be In Progress with "
                                 "nobody assigned; an incident in progress needs an assignee.",
                                 "", p.nobody_working) + " " + hints[self.action])
        if p.nobody_assigned:
            lines.append(self.tr("%Ln of the selected item(s) would be Assigned with neither "
                                 "a team nor an assignee; keep one of them.", "",
                                 p.nobody_assigned))
        return "\n".join(lines)

    # -- accepting ----------------------------------------------------------------------
    def accept(self) -> None:
        """OK: refuse what is not ready; ask once more before clearing a field or changing
        more than CONFIRM_ABOVE incidents (Cancel is that question's default)."""
        if not self.ok.isEnabled():
            return
        if self.planned.needs_confirmation:
            self._confirm()
            return
        super().accept()

    def _confirm(self) -> None:
        p = self.planned
        text = [self.tr("This changes %Ln item(s).", "", p.changing)]
        if p.loses_team:
            text.append(self.tr("%Ln will have no team afterwards.", "", p.loses_team))
        if p.loses_assignee:
            text.append(self.tr("%Ln will have nobody assigned afterwards.", "",
                                p.loses_assignee))
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), " ".join(text),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("bulkConfirm")
        box.setInformativeText(self.tr("Go ahead?"))
        box.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("&Change %Ln item(s)", "", p.changing))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._confirmed(
            box.standardButton(button) == QMessageBox.StandardButton.Yes))
        self.confirmation = box
        box.open()

    def _confirmed(self, yes: bool) -> None:
        self.confirmation = None
        if yes:
            super().accept()


class BulkReportDialog(QDialog):
    """What happened to each selected row."""

    OUTCOMES = {"ok": QT_TRANSLATE_NOOP("BulkReportDialog", "Done"),
                "unchanged": QT_TRANSLATE_NOOP("BulkReportDialog", "Already so"),
                "conflict": QT_TRANSLATE_NOOP("BulkReportDialog", "Changed by someone else"),
                "invalid": QT_TRANSLATE_NOOP("BulkReportDialog", "Not allowed"),
                "missing": QT_TRANSLATE_NOOP("BulkReportDialog", "No longer exists"),
                "failed": QT_TRANSLATE_NOOP("BulkReportDialog", "Connection lost"),
                "skipped": QT_TRANSLATE_NOOP("BulkReportDialog", "Not tried")}
    ACTIONS = {"assign": QT_TRANSLATE_NOOP("BulkReportDialog", "Bulk assign: result"),
               "status": QT_TRANSLATE_NOOP("BulkReportDialog", "Bulk status: result"),
               "priority": QT_TRANSLATE_NOOP("BulkReportDialog", "Bulk priority: result"),
               "team": QT_TRANSLATE_NOOP("BulkReportDialog", "Bulk team move: result")}

    def __init__(self, report: BulkReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(self.ACTIONS.get(report.action, report.action)))
        self.setObjectName("bulkReport")
        self.report = report
        layout = QVBoxLayout(self)
        summary = self.tr("{ok} of %Ln item(s) changed; {bad} not changed.", "",
                          len(report.outcomes)).format(
            ok=count_text(report.ok), bad=count_text(report.failed))
        if report.unchanged:
            summary += " " + self.tr("%Ln already as asked.", "", report.unchanged)
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
