"""The Details section of the incident form: the editable fields and their inline messages.

This widget only shows and reads values; the editor (``incident_form.py``) decides what to load
and save. Values use the service's field names (``caller_id``, ``impact`` ...), so a form's
``values()`` can be compared with an ``IncidentDTO`` field by field.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from deskapp.domain.incident import (
    CATEGORIES,
    CATEGORY_MAX,
    DESCRIPTION_MAX,
    PRIORITY_LABELS,
    TITLE_MAX,
    Impact,
    PriorityMatrix,
    Urgency,
)
from deskapp.services.dto import Choice, IncidentDTO
from deskapp.services.incidents import CHANNELS
from deskapp.ui import theme
from deskapp.ui.labels import tr_label
from deskapp.ui.length_counter import LengthCounter, too_long, with_counter
from deskapp.ui.operation.models import ChoiceListModel, ChoiceRole
from deskapp.ui.operation.resolution_panel import ResolutionPanel

#: Every value the form edits, in tab order.
FORM_FIELDS = ("title", "description", "caller_id", "service_id", "ci_id", "category",
               "channel", "impact", "urgency", "team_id", "assignee_id", "is_major")
CALLER_DELAY_MS = 250
PRIORITY_COLOURS = {1: "#b3261e", 2: "#d9480f", 3: "#946200", 4: "#2e6b30", 5: "#455a64"}


def blank_values() -> dict[str, Any]:
    return {"title": "", "description": "", "caller_id": None, "service_id": None,
            "ci_id": None, "category": None, "channel": "phone", "impact": 2, "urgency": 2,
            "team_id": None, "assignee_id": None, "is_major": False}


def dto_values(dto: IncidentDTO) -> dict[str, Any]:
    values = {name: dto.field_value(name) for name in FORM_FIELDS}
    values["description"] = dto.description or ""
    return values


def dto_labels(dto: IncidentDTO) -> dict[str, str]:
    """How each reference field of a saved incident reads."""
    return {"caller_id": dto.caller.label if dto.caller else "",
            "service_id": dto.service.label if dto.service else "",
            "ci_id": dto.ci.label if dto.ci else "",
            "team_id": dto.team.label if dto.team else "",
            "assignee_id": dto.assignee.label if dto.assignee else ""}


def describe(name: str, value: Any, labels: Mapping[str, str]) -> str:
    """A field value as a person reads it (for the conflict table)."""
    if name in labels:
        return labels[name] if value is not None else ""
    if value is None:
        return ""
    if name == "impact":
        return Impact(int(value)).label
    if name == "urgency":
        return Urgency(int(value)).label
    if name == "is_major":
        return "Yes" if value else "No"
    text = str(value)
    return text if len(text) <= 300 else text[:300] + "…"


class IncidentDetails(QWidget):
    """Title, description, caller (with completion), service, CI, category, channel, impact,
    urgency (priority shown live), team, assignee, major flag."""

    changed = Signal()
    errors_changed = Signal()  # a message appeared or went (its field was edited)
    caller_search = Signal(str)  # debounced text to look up
    service_changed = Signal(object)  # service id or None: reload the CI list
    team_changed = Signal(object)  # team id or None: reload the assignee list
    new_caller_requested = Signal(str)  # the typed text: open the "New caller" dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = PriorityMatrix()
        self.caller: Choice | None = None
        self._filling = 0
        # Messages never take room of their own (that moved every field below, and a click
        # aimed at one field landed on another): the field's label turns red, the field
        # carries the message as tooltip and accessible description, and the editor's
        # message line (always there) says it in words.
        self._messages: dict[str, str] = {}
        self._field_labels: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}

        self.title = QLineEdit()
        self.title.setObjectName("title")
        # no maxLength: a paste stays whole and the counter and the save say it is too long
        self.title.setPlaceholderText(self.tr("What is wrong, in a few words"))
        self.title_counter = LengthCounter(self.title, TITLE_MAX)
        title_row = with_counter(self.title, self.title_counter)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Symptoms, error messages, what the caller "
                                                    "already tried"))
        self.description_counter = LengthCounter(self.description, DESCRIPTION_MAX)
        self.caller_edit = QLineEdit()
        self.caller_edit.setObjectName("caller")
        self.caller_edit.setPlaceholderText(self.tr("Type a name or e-mail"))
        self.caller_edit.setClearButtonEnabled(True)
        self.caller_model = ChoiceListModel(self)
        self.completer = QCompleter(self.caller_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.caller_edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._caller_picked)
        self._caller_timer = QTimer(self, singleShot=True, interval=CALLER_DELAY_MS)
        self._caller_timer.timeout.connect(
            lambda: self.caller_search.emit(self.caller_edit.text().strip()))
        self.caller_edit.textEdited.connect(self._caller_typed)
        self.new_caller_button = QPushButton(self.tr("Ne&w caller…"))
        self.new_caller_button.setObjectName("newCaller")
        self.new_caller_button.setToolTip(self.tr("Add a caller the desk does not know yet "
                                                  "(Ctrl+Shift+N)"))
        self.new_caller_button.clicked.connect(self._new_caller)
        self.new_caller_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        self.new_caller_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_caller_shortcut.setWhatsThis(self.tr("New caller…"))  # F1 lists it so
        self.new_caller_shortcut.activated.connect(self._new_caller)
        caller_row = QWidget()
        caller_layout = QHBoxLayout(caller_row)
        caller_layout.setContentsMargins(0, 0, 0, 0)
        caller_layout.addWidget(self.caller_edit, 1)
        caller_layout.addWidget(self.new_caller_button)

        self.service = self._combo("service")
        self.ci = self._combo("ci")
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems([tr_label(c) for c in CATEGORIES])
        self.channel = self._combo("channel")
        for channel in CHANNELS:
            self.channel.addItem(tr_label(channel.capitalize()), channel)
        self.impact = self._combo("impact")
        for impact in Impact:
            self.impact.addItem(tr_label(impact.label), int(impact))
        self.urgency = self._combo("urgency")
        for urgency in Urgency:
            self.urgency.addItem(tr_label(urgency.label), int(urgency))
        self.priority = QLabel()
        self.priority.setObjectName("priority")
        self.team = self._combo("team")
        self.assignee = self._combo("assignee")
        self.major = QCheckBox(self.tr("Ma&jor incident"))
        self.major.setObjectName("major")

        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setVerticalSpacing(4)
        self._row(left, self.tr("&Title:"), title_row, "title", buddy=self.title)
        self._row(left, self.tr("Ca&ller:"), caller_row, "caller_id", buddy=self.caller_edit)
        self._row(left, self.tr("S&ervice:"), self.service, "service_id")
        self._row(left, self.tr("Configuration &item:"), self.ci, "ci_id")
        self._row(left, self.tr("Categor&y:"), self.category, "category")
        self._row(left, self.tr("&Channel:"), self.channel, "channel")
        self._row(right, self.tr("Im&pact:"), self.impact, "impact")
        self._row(right, self.tr("&Urgency:"), self.urgency, "urgency")
        right.addRow(self.tr("Priority:"), self.priority)
        self._row(right, self.tr("Tea&m:"), self.team, "team_id")
        self._row(right, self.tr("&Assignee:"), self.assignee, "assignee_id")
        right.addRow("", self.major)
        description_label = QLabel(self.tr("&Description:"))
        description_label.setBuddy(self.description)
        self._field_labels["description"] = description_label
        self._field_widgets["description"] = self.description
        description_head = QHBoxLayout()
        description_head.addWidget(description_label, 1)
        description_head.addWidget(self.description_counter)
        self.resolution = ResolutionPanel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.resolution, 1, 0, 1, 2)
        grid.addLayout(description_head, 2, 0, 1, 2)
        grid.addWidget(self.description, 3, 0, 1, 2)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        category_edit = self.category.lineEdit()
        assert category_edit is not None  # the category box is editable
        for widget in (self.title, self.description, category_edit):
            widget.textChanged.connect(self._emit_changed)
        for combo in (self.ci, self.channel, self.impact, self.urgency, self.assignee,
                      self.category):
            combo.currentIndexChanged.connect(self._emit_changed)
        self.impact.currentIndexChanged.connect(self._show_priority)
        self.urgency.currentIndexChanged.connect(self._show_priority)
        self.service.currentIndexChanged.connect(self._service_chosen)
        self.team.currentIndexChanged.connect(self._team_chosen)
        self.major.toggled.connect(self._emit_changed)
        self.title.textEdited.connect(lambda _t: self._field_edited("title"))
        self.description.textChanged.connect(lambda: self._field_edited("description"))
        self.caller_edit.textEdited.connect(lambda _t: self._field_edited("caller_id"))
        category_edit.textEdited.connect(lambda _t: self._field_edited("category"))
        for name, combo in (("service_id", self.service), ("ci_id", self.ci),
                            ("category", self.category), ("channel", self.channel),
                            ("impact", self.impact), ("urgency", self.urgency),
                            ("team_id", self.team), ("assignee_id", self.assignee)):
            combo.currentIndexChanged.connect(lambda _i, n=name: self._field_edited(n))
        for first, second in zip(self.tab_order(), self.tab_order()[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def tab_order(self) -> list[QWidget]:
        return [self.title, self.caller_edit, self.new_caller_button, self.service, self.ci,
                self.category, self.channel, self.impact, self.urgency, self.team,
                self.assignee, self.major, self.description]

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _row(self, form: QFormLayout, text: str, widget: QWidget, name: str, *,
             buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setObjectName(f"label_{name}")
        label.setBuddy(buddy or widget)
        form.addRow(label, widget)
        self._field_labels[name] = label
        self._field_widgets[name] = buddy or widget

    # -- filling ----------------------------------------------------------------------------
    def set_reference(self, teams: Sequence[Choice], services: Sequence[Choice],
                      matrix: PriorityMatrix) -> None:
        self.matrix = matrix
        self._filling += 1
        try:
            _fill(self.team, teams, self.tr("(no team)"))
            _fill(self.service, services, self.tr("(no service)"))
        finally:
            self._filling -= 1
        self._show_priority()

    def set_cis(self, cis: Sequence[Choice], keep: Choice | None = None) -> None:
        wanted = keep.id if keep else self.ci.currentData()
        self._filling += 1
        try:
            _fill(self.ci, cis, self.tr("(no configuration item)"))
            _select(self.ci, wanted, keep)
        finally:
            self._filling -= 1
        self.changed.emit()

    def set_members(self, members: Sequence[Choice], keep: Choice | None = None) -> None:
        wanted = keep.id if keep else self.assignee.currentData()
        self._filling += 1
        try:
            _fill(self.assignee, members, self.tr("(nobody yet)"))
            _select(self.assignee, wanted, keep)
        finally:
            self._filling -= 1
        self.changed.emit()

    def set_callers(self, callers: Sequence[Choice]) -> None:
        self.caller_model.set_choices(callers)
        if callers and self.caller_edit.hasFocus():
            self.completer.complete()
        elif not callers:
            # An open, empty popup still grabs the next click and keystrokes: close it.
            self._hide_popup()

    def show_values(self, values: Mapping[str, Any], dto: IncidentDTO | None) -> None:
        """Put values in the widgets without reporting each as an edit."""
        self._filling += 1
        try:
            self.title.setText(values["title"])
            self.description.setPlainText(values["description"])
            self.caller = dto.caller if dto else None
            self.caller_edit.setText(self.caller.label if self.caller else "")
            _select(self.service, values["service_id"], dto.service if dto else None)
            _select(self.ci, values["ci_id"], dto.ci if dto else None)
            self.category.setCurrentText(values["category"] or "")
            _select(self.channel, values["channel"], None)
            _select(self.impact, values["impact"], None)
            _select(self.urgency, values["urgency"], None)
            _select(self.team, values["team_id"], dto.team if dto else None)
            _select(self.assignee, values["assignee_id"], dto.assignee if dto else None)
            self.major.setChecked(bool(values["is_major"]))
        finally:
            self._filling -= 1
        self.show_errors({})
        self._show_priority()

    def apply_template(self, prefill: Any) -> None:
        """An incident template's values (``services.templates.IncidentPrefill``), as if typed:
        what the template leaves empty stays as it is; its description skeleton goes after
        what is written already."""
        if prefill.title and not self.title.text().strip():
            self.title.setText(prefill.title)
        if prefill.description:
            typed = self.description.toPlainText().rstrip()
            self.description.setPlainText(f"{typed}\n\n{prefill.description}" if typed
                                          else prefill.description)
        if prefill.category:
            self.category.setCurrentText(prefill.category)
        for combo, value in ((self.service, prefill.service_id), (self.impact, prefill.impact),
                             (self.urgency, prefill.urgency), (self.team, prefill.team_id)):
            if value is not None:
                name = prefill.names.get(value) if isinstance(value, uuid.UUID) else None
                _select(combo, value, Choice(value, name) if name else None)
        self._show_priority()

    # -- reading ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "caller_id": self.caller.id if self.caller else None,
            "service_id": self.service.currentData(),
            "ci_id": self.ci.currentData(),
            "category": self.category.currentText().strip() or None,
            "channel": self.channel.currentData(),
            "impact": self.impact.currentData(),
            "urgency": self.urgency.currentData(),
            "team_id": self.team.currentData(),
            "assignee_id": self.assignee.currentData(),
            "is_major": self.major.isChecked(),
        }

    def labels(self) -> dict[str, str]:
        return {"caller_id": self.caller.label if self.caller else "",
                "service_id": self.service.currentText(), "ci_id": self.ci.currentText(),
                "team_id": self.team.currentText(), "assignee_id": self.assignee.currentText()}

    def client_errors(self) -> dict[str, str]:
        """The checks that need no database: required fields, lengths, an unpicked caller."""
        fields: dict[str, str] = {}
        if not self.title.text().strip():
            fields["title"] = self.tr("Enter a title.")
        for name, counter, what in (
                ("title", self.title_counter, self.tr("The title")),
                ("description", self.description_counter, self.tr("The description"))):
            if name not in fields and (problem := counter.problem(what)):
                fields[name] = problem
        category = self.category.currentText().strip()
        if len(category) > CATEGORY_MAX:
            fields["category"] = too_long(self.tr("The category"), len(category), CATEGORY_MAX)
        if self.caller_edit.text().strip() and self.caller is None:
            fields["caller_id"] = self.tr("Pick the caller from the list: type a few letters "
                                          "and choose a name, add them with New caller "
                                          "(Ctrl+Shift+N), or clear the field.")
        return fields

    def show_errors(self, fields: Mapping[str, str]) -> None:
        """Mark the fields ``fields`` names (and unmark the rest); focus the first of them."""
        for name in set(self._messages) | set(fields):
            self._mark(name, fields.get(name, ""))
        self._messages = {n: fields[n] for n in _FIELD_ORDER if n in fields}
        self._messages.update({n: m for n, m in fields.items() if n not in self._messages})
        first = next((w for w, n in zip(self.tab_order(), _TAB_FIELDS, strict=True)
                      if n in fields), None)
        if first is not None:
            first.setFocus()
        self.errors_changed.emit()

    def messages(self) -> dict[str, str]:
        """The messages still standing, in the form's order."""
        return dict(self._messages)

    def error_text(self, name: str) -> str:
        return self._messages.get(name, "")

    def is_marked(self, name: str) -> bool:
        label = self._field_labels.get(name)
        return label is not None and bool(label.property("invalid"))

    def _mark(self, name: str, text: str) -> None:
        label, widget = self._field_labels.get(name), self._field_widgets.get(name)
        if label is not None:
            label.setProperty("invalid", bool(text))
            label.setStyleSheet(theme.error_style() if text else "")  # colour only: no size change
            label.setToolTip(text)
        if widget is not None:
            widget.setToolTip(text)
            widget.setAccessibleDescription(text)

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _field_edited(self, name: str) -> None:
        """A person changed the field: its old message no longer describes it."""
        if not self._filling and name in self._messages:
            self._mark(name, "")
            del self._messages[name]
            self.errors_changed.emit()

    # -- reactions --------------------------------------------------------------------------
    def _emit_changed(self, *_args: object) -> None:
        if not self._filling:
            self.changed.emit()

    def _show_priority(self, *_args: object) -> None:
        impact, urgency = self.impact.currentData(), self.urgency.currentData()
        if impact is None or urgency is None:
            return
        priority = self.matrix.priority(int(impact), int(urgency))
        label = tr_label(PRIORITY_LABELS[priority])
        self.priority.setText(f"<b>{label}</b>")
        self.priority.setStyleSheet(f"color: {theme.readable(PRIORITY_COLOURS[priority]).name()};")
        self.priority.setAccessibleName(label)

    def priority_value(self) -> int:
        return self.matrix.priority(int(self.impact.currentData()),
                                    int(self.urgency.currentData()))

    def _caller_typed(self, text: str) -> None:
        if self.caller is not None and text != self.caller.label:
            self.caller = None
        self._caller_timer.start()
        self._emit_changed()

    def set_caller(self, choice: Choice) -> None:
        """Show ``choice`` as the picked caller (a caller just created, say)."""
        self._hide_popup()
        self.caller = choice
        self.caller_edit.setText(choice.label)
        self._field_edited("caller_id")
        self._emit_changed()

    def _new_caller(self) -> None:
        text = self.caller_edit.text().strip()
        self.new_caller_requested.emit("" if self.caller is not None else text)

    def _caller_picked(self, index: QModelIndex) -> None:
        choice = index.data(ChoiceRole)
        if isinstance(choice, Choice):
            self.caller = choice
            self.caller_edit.setText(choice.label)
            self._field_edited("caller_id")
            self._emit_changed()

    def _service_chosen(self, _index: int) -> None:
        if not self._filling:
            self.service_changed.emit(self.service.currentData())
            self.changed.emit()

    def _team_chosen(self, _index: int) -> None:
        if not self._filling:
            self.team_changed.emit(self.team.currentData())
            self.changed.emit()


# the field each tab_order() widget edits (the New caller button belongs to the caller)
_TAB_FIELDS = ("title", "caller_id", "caller_id", "service_id", "ci_id", "category", "channel",
               "impact", "urgency", "team_id", "assignee_id", "is_major", "description")
_FIELD_ORDER = tuple(dict.fromkeys(_TAB_FIELDS))


def _fill(combo: QComboBox, choices: Sequence[Choice], none_text: str) -> None:
    combo.clear()
    combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.label, choice.id)
        if choice.detail:
            combo.setItemData(combo.count() - 1, choice.detail, Qt.ItemDataRole.ToolTipRole)


def _select(combo: QComboBox, value: Any, fallback: Choice | None) -> None:
    """Select the item whose data is ``value``; add ``fallback`` if the list lacks it (an
    inactive assignee, a CI of another service) so a saved value is never lost on screen."""
    for index in range(combo.count()):
        data = combo.itemData(index)
        if data == value or (isinstance(value, uuid.UUID) and data == value):
            combo.setCurrentIndex(index)
            return
    if fallback is not None and value is not None:
        combo.addItem(fallback.label, fallback.id)
        combo.setCurrentIndex(combo.count() - 1)
    else:
        combo.setCurrentIndex(0)
