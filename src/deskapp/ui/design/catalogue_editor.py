"""Editor for one catalogue offering: what it is, who may order it, its request form (one row per
field), its approval (one row per stage) and its fulfilment plan (one row per task).

The editor only builds an :class:`~deskapp.services.catalogue.OfferingDraft`; the service checks
it all (the form, the rule, the plan: a cycle is refused naming its tasks) and the messages come
back next to the part they are about. ``form_changed`` fires on every edit of the field rows so
the catalogue tab's preview shows the form as the agent will see it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Policy, StageRule
from deskapp.domain.fulfilment import FulfilmentPlan, PlanStep
from deskapp.domain.request_form import FIELD_TYPE_LABELS, FieldType, FormField, RequestForm, ShowIf
from deskapp.services.catalogue import CatalogueChoices, OfferingDraft, OfferingDTO
from deskapp.ui.design.forms import RecordEditor, error_label, show_error, stacked

if TYPE_CHECKING:
    from deskapp.services.dto import Choice

FIELD_COLUMNS = ("Label", "Type", "Required", "Default", "Help text", "Options",
                 "Shown only if", "has value")
PLAN_COLUMNS = ("Task", "Team", "Starts after", "Due in (hours)")
STAGE_COLUMNS = ("Approver", "Team or person", "Decides")
APPROVER_LABELS = {ApproverKind.CALLER_MANAGER: "The caller's manager",
                   ApproverKind.SERVICE_OWNER: "The service owner",
                   ApproverKind.TEAM: "A team", ApproverKind.STAFF: "A staff member"}
POLICY_WORDS = {Policy.ANY: "any one", Policy.ALL: "all", Policy.MAJORITY: "a majority"}


def _key_of(label: str, taken: set[str]) -> str:
    """A field or task key from its label ("Start date" -> start_date), unique in the form."""
    base = "".join(c if c.isalnum() else "_" for c in label.lower()).strip("_") or "field"
    base = base.replace("__", "_")
    if not base[0].isalpha():
        base = f"f_{base}"
    base = base[:36]
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class _Rows(QTableWidget):
    """A small editable table whose cells are widgets (combos, checks, spins)."""

    def __init__(self, columns: Sequence[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels([self.tr(c) for c in columns])
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumHeight(130)

    def cell(self, row: int, column: int) -> Any:
        return self.cellWidget(row, column)


class OfferingEditor(RecordEditor):
    form_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = CatalogueChoices((), (), (), (), ())
        #: each field row's stored key (None: a new row, keyed by its label until saved)
        self._keys: list[str | None] = []
        self._step_keys: list[str] = []
        self._retired = False
        #: staff a stage may name (the tab fills it with the approval engine's choices)
        self.staff_choices: Sequence[Choice] = ()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("offeringName")
        self.service = QComboBox()
        self.service.setObjectName("offeringService")
        self.description = QPlainTextEdit()
        self.description.setObjectName("offeringDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.audience = QComboBox()
        self.audience.setObjectName("offeringAudience")
        self.team = QComboBox()
        self.team.setObjectName("offeringTeam")
        self.sla = QComboBox()
        self.sla.setObjectName("offeringSla")
        # an access offering: ordering it raises an access request for this entitlement
        self.entitlement = QComboBox()
        self.entitlement.setObjectName("offeringEntitlement")
        self.entitlement.setToolTip(self.tr(
            "Ordering an offering that grants an entitlement raises an access request (ACC), "
            "approved by the system owner and carried out by the system's team; it has no "
            "approval stages or tasks of its own."))
        self.errors = {k: error_label(self) for k in ("name", "service_id", "description",
                                                       "sla_id", "team_id", "form", "plan",
                                                       "approval", "entitlement_id")}
        top = QFormLayout()
        for text, field, key in ((self.tr("&Name:"), self.name_edit, "name"),
                                 (self.tr("Se&rvice:"), self.service, "service_id"),
                                 (self.tr("Descr&iption:"), self.description, "description"),
                                 (self.tr("Who may &order:"), self.audience, None),
                                 (self.tr("Handled by &team:"), self.team, "team_id"),
                                 (self.tr("Target (S&LA):"), self.sla, "sla_id"),
                                 (self.tr("Grants entitle&ment:"), self.entitlement,
                                  "entitlement_id")):
            label = QLabel(text)
            label.setBuddy(field)
            top.addRow(label, stacked(field, self.errors[key]) if key else field)

        self.fields = _Rows(FIELD_COLUMNS, "formFields")
        self.add_field = QPushButton(self.tr("A&dd field"))
        self.add_field.setObjectName("addField")
        self.remove_field = QPushButton(self.tr("Remove field"))
        self.add_field.clicked.connect(lambda: self.append_field())
        self.remove_field.clicked.connect(lambda: self._remove(self.fields, self._keys))
        self.stages = _Rows(STAGE_COLUMNS, "approvalStages")
        self.add_stage = QPushButton(self.tr("Add &approval stage"))
        self.add_stage.setObjectName("addStage")
        self.remove_stage = QPushButton(self.tr("Remove stage"))
        self.add_stage.clicked.connect(lambda: self.append_stage())
        self.remove_stage.clicked.connect(lambda: self._remove(self.stages, None))
        self.steps = _Rows(PLAN_COLUMNS, "planSteps")
        self.add_step = QPushButton(self.tr("Add tas&k"))
        self.add_step.setObjectName("addStep")
        self.remove_step = QPushButton(self.tr("Remove task"))
        self.add_step.clicked.connect(lambda: self.append_step())
        self.remove_step.clicked.connect(lambda: self._remove(self.steps, self._step_keys))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        for title, table, buttons, key, note in (
                (self.tr("Request form"), self.fields, (self.add_field, self.remove_field),
                 "form", self.tr("What the agent asks the caller; * marks required fields.")),
                (self.tr("Approval"), self.stages, (self.add_stage, self.remove_stage),
                 "approval", self.tr("No stage: no approval. Stages are asked one after "
                                     "another.")),
                (self.tr("Fulfilment plan"), self.steps, (self.add_step, self.remove_step),
                 "plan", self.tr("Tasks with nothing to wait for open together when the "
                                 "request is approved."))):
            group = QGroupBox(title)
            inner = QVBoxLayout(group)
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555")
            inner.addWidget(hint)
            inner.addWidget(table)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            inner.addWidget(self.errors[key])
            layout.addWidget(group)
        layout.addStretch(1)
        for signal in (self.name_edit.textEdited, self.description.textChanged,
                       self.service.currentIndexChanged, self.audience.currentIndexChanged,
                       self.team.currentIndexChanged, self.sla.currentIndexChanged,
                       self.entitlement.currentIndexChanged):
            signal.connect(self._edited)
        self.load(None)

    # -- choices ----------------------------------------------------------------------------
    def set_choices(self, choices: CatalogueChoices) -> None:
        self._choices = choices
        self._loading = True
        try:
            self._fill(self.service, [(c.id, c.label if c.detail == "catalogue" else
                                       f"{c.label} ({c.detail})") for c in choices.services],
                       None)
            self._fill(self.team, [(c.id, c.label) for c in choices.teams], self.tr("(none)"))
            self._fill(self.sla, [(c.id, c.label) for c in choices.slas],
                       self.tr("(the service's or the default SLA)"))
            audience: list[tuple[Any, str]] = [
                (("org", c.id), self.tr("Callers of {name}").format(name=c.label))
                for c in choices.organisations]
            audience += [(("dept", c.id), self.tr("Callers of the {name} department").format(
                name=c.label)) for c in choices.departments]
            self._fill(self.audience, audience, self.tr("Everyone"))
            self._fill(self.entitlement, [(c.id, c.label) for c in choices.entitlements],
                       self.tr("(none: a service request)"))
        finally:
            self._loading = False

    @staticmethod
    def _fill(box: QComboBox, items: Sequence[tuple[Any, str]], none: str | None) -> None:
        current = box.currentData()
        box.clear()
        if none is not None:
            box.addItem(none, None)
        for data, text in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(_index(box, current), 0))

    # -- loading ----------------------------------------------------------------------------
    def load(self, dto: OfferingDTO | None) -> None:
        self._loading = True
        try:
            self.clear_errors()
            self._id = dto.id if dto else None
            self._version = dto.version if dto else None
            self._retired = bool(dto and dto.retired_at)
            title = dto.name if dto else self.tr("New offering")
            if dto and dto.retired_at:
                title = self.tr("{name} (retired)").format(name=dto.name)
            self.title.setText(title)
            self.name_edit.setText(dto.name if dto else "")
            self.description.setPlainText(dto.description if dto else "")
            for box, value in ((self.service, dto.service.id if dto else None),
                               (self.team, dto.team.id if dto and dto.team else None),
                               (self.sla, dto.sla.id if dto and dto.sla else None)):
                box.setCurrentIndex(max(_index(box, value), 0))
            granted = dto.entitlement if dto else None
            if granted is not None and _index(self.entitlement, granted.id) < 0:
                self.entitlement.addItem(granted.label, granted.id)  # retired since
            self.entitlement.setCurrentIndex(
                max(_index(self.entitlement, granted.id if granted else None), 0))
            audience = None
            if dto and dto.audience_department:
                audience = ("dept", dto.audience_department.id)
            elif dto and dto.audience_organisation:
                audience = ("org", dto.audience_organisation.id)
            self.audience.setCurrentIndex(max(_index(self.audience, audience), 0))
            for table in (self.fields, self.stages, self.steps):
                table.setRowCount(0)
            self._keys, self._step_keys = [], []
            for f in dto.form.fields if dto else ():
                self.append_field(f)
            for stage in dto.approval.stages if dto else ():
                self.append_stage(stage)
            for step in dto.plan.steps if dto else ():
                self.append_step(step)
            self._refresh_dependents()
        finally:
            self._loading = False
        self.dirty = False
        self.form_changed.emit()

    # -- rows -------------------------------------------------------------------------------
    def append_field(self, f: FormField | None = None) -> int:
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        self._keys.append(f.key if f else None)
        label = QLineEdit(f.label if f else "")
        kind = QComboBox()
        for t, text in FIELD_TYPE_LABELS.items():
            kind.addItem(self.tr(text), t.value)
        kind.setCurrentIndex(max(_index(kind, f.type.value if f else "text"), 0))
        required = QCheckBox()
        required.setChecked(bool(f and f.required))
        default = QLineEdit("" if f is None or f.default is None else _text(f.default))
        help_text = QLineEdit(f.help if f else "")
        options = QLineEdit(", ".join(f.choices) if f else "")
        options.setPlaceholderText(self.tr("a, b, c"))
        show_field = QComboBox()
        show_value = QLineEdit(f.show_if.value or "" if f and f.show_if else "")
        show_value.setPlaceholderText(self.tr("(any value)"))
        for column, widget in enumerate((label, kind, required, default, help_text, options,
                                         show_field, show_value)):
            self.fields.setCellWidget(row, column, widget)
        label.textEdited.connect(self._fields_edited)
        for line in (default, help_text, options, show_value):
            line.textEdited.connect(self._fields_edited)
        kind.currentIndexChanged.connect(self._fields_edited)
        required.toggled.connect(self._fields_edited)
        show_field.currentIndexChanged.connect(self._fields_edited)
        self._refresh_dependents()
        if f is not None and f.show_if is not None:
            show_field.setCurrentIndex(max(_index(show_field, f.show_if.field), 0))
        if f is None:
            self._fields_edited()
            label.setFocus()
        return row

    def append_stage(self, stage: StageRule | None = None) -> int:
        row = self.stages.rowCount()
        self.stages.insertRow(row)
        kind = QComboBox()
        for k, text in APPROVER_LABELS.items():
            kind.addItem(self.tr(text), k.value)
        who = QComboBox()
        policy = QComboBox()
        for p, text in POLICY_WORDS.items():
            policy.addItem(self.tr(text), p.value)
        spec = stage.approvers[0] if stage and stage.approvers else None
        kind.setCurrentIndex(max(_index(kind, spec.kind.value if spec else
                                               ApproverKind.CALLER_MANAGER.value), 0))
        self._fill_who(who, kind.currentData())
        if spec is not None and spec.ref is not None:
            who.setCurrentIndex(max(_index(who, spec.ref), 0))
        policy.setCurrentIndex(max(_index(policy, stage.policy.value if stage else "any"), 0))

        def kind_changed(_index: int, w: QComboBox = who, k: QComboBox = kind) -> None:
            self._fill_who(w, k.currentData())
            self._edited()

        kind.currentIndexChanged.connect(kind_changed)
        who.currentIndexChanged.connect(self._edited)
        policy.currentIndexChanged.connect(self._edited)
        for column, widget in enumerate((kind, who, policy)):
            self.stages.setCellWidget(row, column, widget)
        if stage is None:
            self._edited()
        return row

    def _fill_who(self, box: QComboBox, kind: str) -> None:
        box.clear()
        if kind == ApproverKind.TEAM.value:
            for c in self._choices.teams:
                box.addItem(c.label, c.id)
        elif kind == ApproverKind.STAFF.value:
            for c in self.staff_choices:
                box.addItem(c.label, c.id)
        else:
            box.addItem(self.tr("(decided when asked)"), None)
        box.setEnabled(kind in (ApproverKind.TEAM.value, ApproverKind.STAFF.value))

    def append_step(self, step: PlanStep | None = None) -> int:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self._step_keys.append(step.key if step else _key_of(f"task {row + 1}",
                                                             set(self._step_keys)))
        title = QLineEdit(step.title if step else "")
        team = QComboBox()
        team.addItem(self.tr("(no team)"), None)
        for c in self._choices.teams:
            team.addItem(c.label, c.id)
        team.setCurrentIndex(max(_index(team, step.team_id if step else None), 0))
        after = QComboBox()
        due = QSpinBox()
        due.setRange(0, 24 * 365)
        due.setSpecialValueText(self.tr("(no due time)"))
        due.setValue(step.due_hours or 0 if step else 0)
        for column, widget in enumerate((title, team, after, due)):
            self.steps.setCellWidget(row, column, widget)
        self._refresh_dependents()
        if step is not None and step.after:
            after.setCurrentIndex(max(_index(after, step.after[0]), 0))
        elif step is None and row > 0:  # a new task waits for the one above (in order)
            after.setCurrentIndex(max(_index(after, self._step_keys[row - 1]), 0))

        def title_edited(_text: str) -> None:
            self._refresh_dependents()
            self._edited()

        title.textEdited.connect(title_edited)
        for box in (team, after):
            box.currentIndexChanged.connect(self._edited)
        due.valueChanged.connect(self._edited)
        if step is None:
            self._edited()
            title.setFocus()
        return row

    def _remove(self, table: QTableWidget, keys: list[Any] | None) -> None:
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row < 0:
            return
        table.removeRow(row)
        if keys is not None:
            del keys[row]
        self._refresh_dependents()
        self._fields_edited()

    def field_keys(self) -> list[str]:
        """Each field row's key: the stored one, or one made from its label (unique)."""
        taken = {k for k in self._keys if k}
        out = []
        for row, key in enumerate(self._keys):
            if key is None:
                key = _key_of(self.fields.cell(row, 0).text() or f"field {row + 1}", taken)
                taken.add(key)
            out.append(key)
        return out

    def _refresh_dependents(self) -> None:
        """The "shown only if" and "starts after" lists name the current rows."""
        was = self._loading
        keys = self.field_keys()
        self._loading = True
        try:
            for row in range(self.fields.rowCount()):
                box: QComboBox = self.fields.cell(row, 6)
                current = box.currentData()
                box.blockSignals(True)
                box.clear()
                box.addItem(self.tr("(always shown)"), None)
                for other in range(row):
                    box.addItem(self.fields.cell(other, 0).text() or keys[other], keys[other])
                box.setCurrentIndex(max(_index(box, current), 0))
                box.blockSignals(False)
            for row in range(self.steps.rowCount()):
                box = self.steps.cell(row, 2)
                current = box.currentData()
                box.blockSignals(True)
                box.clear()
                box.addItem(self.tr("(approval)"), None)
                for other in range(self.steps.rowCount()):
                    if other != row:
                        box.addItem(self.steps.cell(other, 0).text() or self._step_keys[other],
                                    self._step_keys[other])
                box.setCurrentIndex(max(_index(box, current), 0))
                box.blockSignals(False)
        finally:
            self._loading = was

    def _fields_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._refresh_dependents()
        self._edited()
        self.form_changed.emit()

    # -- reading ----------------------------------------------------------------------------
    def request_form(self) -> RequestForm:
        """The form as the rows describe it now (checked by the service when saved)."""
        out = []
        keys = self.field_keys()
        for row in range(self.fields.rowCount()):
            cells = [self.fields.cell(row, c) for c in range(len(FIELD_COLUMNS))]
            kind = FieldType(cells[1].currentData())
            options = tuple(o.strip() for o in cells[5].text().split(",") if o.strip())
            default_text = cells[3].text().strip()
            default: Any = None
            if default_text:
                default = ([d.strip() for d in default_text.split(",") if d.strip()]
                           if kind is FieldType.MULTI_CHOICE else default_text)
            show = cells[6].currentData()
            out.append(FormField(keys[row], cells[0].text().strip(), kind,
                                 cells[2].isChecked(), default, cells[4].text().strip(),
                                 options, ShowIf(show, cells[7].text().strip() or None)
                                 if show else None))
        return RequestForm(tuple(out))

    def approval(self) -> ApprovalRule:
        stages = []
        for row in range(self.stages.rowCount()):
            kind = ApproverKind(self.stages.cell(row, 0).currentData())
            ref = self.stages.cell(row, 1).currentData()
            if kind in (ApproverKind.TEAM, ApproverKind.STAFF) and not isinstance(ref,
                                                                                  uuid.UUID):
                continue  # nothing to pick from yet: the service says a stage names nobody
            spec = ApproverSpec(kind, ref if kind in (ApproverKind.TEAM, ApproverKind.STAFF)
                                else None)
            stages.append(StageRule((spec,), Policy(self.stages.cell(row, 2).currentData())))
        return ApprovalRule(tuple(stages))

    def plan(self) -> FulfilmentPlan:
        steps = []
        for row in range(self.steps.rowCount()):
            after = self.steps.cell(row, 2).currentData()
            due = self.steps.cell(row, 3).value()
            steps.append(PlanStep(self._step_keys[row], self.steps.cell(row, 0).text().strip(),
                                  self.steps.cell(row, 1).currentData(),
                                  (after,) if after else (), due or None))
        return FulfilmentPlan(tuple(steps))

    def draft(self) -> OfferingDraft:
        audience = self.audience.currentData()
        return OfferingDraft(
            service_id=self.service.currentData(), name=self.name_edit.text(),
            description=self.description.toPlainText(), form=self.request_form(),
            approval=self.approval(), plan=self.plan(), sla_id=self.sla.currentData(),
            team_id=self.team.currentData(),
            audience_organisation_id=audience[1] if audience and audience[0] == "org" else None,
            audience_department_id=audience[1] if audience and audience[0] == "dept" else None,
            id=self._id, version=self._version, entitlement_id=self.entitlement.currentData())

    @property
    def retired(self) -> bool:
        return self._retired

    # -- messages ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.banner.clear()
        for label in self.errors.values():
            show_error(label, None)

    def show_errors(self, fields: dict[str, str]) -> None:
        for key, label in self.errors.items():
            show_error(label, fields.get(key))


def _index(box: QComboBox, value: Any) -> int:
    """The row holding ``value`` (by equality: QComboBox.findData compares the wrapped Python
    objects by identity, so an equal id read in another session is not found)."""
    return next((i for i in range(box.count()) if box.itemData(i) == value), -1)


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
