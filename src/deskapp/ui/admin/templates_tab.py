"""The Templates page of the Administration window: incident templates and canned responses.

Everyone keeps personal templates ("Only me"); supervisors and administrators keep the shared
ones, for everyone or one team (the others see those choices disabled with the reason). The
placeholders a kind may use are listed under the text; an unknown one is refused by the
service with a sentence and nothing is saved. Deleting asks first (No is the default).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain import templates as rules
from deskapp.domain.incident import CATEGORIES, Impact, Urgency
from deskapp.domain.permissions import Decision
from deskapp.errors import ValidationError
from deskapp.services.templates import SavedTemplate, TemplateDraft, TemplateDTO
from deskapp.ui.labels import tr_label
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Choice
    from deskapp.ui.context import UiContext

SETTINGS_KEY = "administration/templates_split"
ONLY_ME = "me"
EVERYONE = "everyone"


@dataclass(frozen=True)
class _Choices:
    teams: list[Choice]
    services: list[Choice]
    templates: list[TemplateDTO]
    may_share: bool


class TemplatesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesTab")
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.service = ctx.services.templates
        self.templates: list[TemplateDTO] = []
        self.current: TemplateDTO | None = None
        self.may_share = False
        self.question: QMessageBox | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("templateAdminList")
        self.list.currentRowChanged.connect(lambda _r: self._chosen())
        self.new_response = QPushButton(self.tr("New canned &response"), self)
        self.new_response.setObjectName("newCannedResponse")
        self.new_response.clicked.connect(lambda: self.start_new(rules.RESPONSE))
        self.new_incident = QPushButton(self.tr("New &incident template"), self)
        self.new_incident.setObjectName("newIncidentTemplate")
        self.new_incident.clicked.connect(lambda: self.start_new(rules.INCIDENT))

        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("templateKind")
        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.audience = QComboBox(self)
        self.audience.setObjectName("templateAudience")
        self.title = QLineEdit(self)
        self.title.setObjectName("templateTitle")
        self.category = QComboBox(self)
        self.category.setObjectName("templateCategory")
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems([tr_label(c) for c in CATEGORIES])
        self.service_combo = QComboBox(self)
        self.service_combo.setObjectName("templateService")
        self.impact = QComboBox(self)
        self.impact.setObjectName("templateImpact")
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("templateUrgency")
        for combo, values in ((self.impact, Impact), (self.urgency, Urgency)):
            combo.addItem(self.tr("(leave as it is)"), None)
            for value in values:
                combo.addItem(tr_label(value.label), int(value))
        self.assign_team = QComboBox(self)
        self.assign_team.setObjectName("templateAssignTeam")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.placeholders = QLabel(self)
        self.placeholders.setObjectName("templatePlaceholders")
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("templateMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save template"), self)
        self.save_button.setObjectName("saveTemplate")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete template…"), self)
        self.delete_button.setObjectName("deleteTemplate")
        self.delete_button.clicked.connect(self.ask_delete)

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_label)
        self._row(form, self.tr("Na&me:"), self.name)
        self._row(form, self.tr("Offered &to:"), self.audience)
        self.incident_rows: list[QWidget] = []
        for text, widget in ((self.tr("Incident tit&le:"), self.title),
                             (self.tr("Categor&y:"), self.category),
                             (self.tr("S&ervice:"), self.service_combo),
                             (self.tr("Impact:"), self.impact),
                             (self.tr("Urgency:"), self.urgency),
                             (self.tr("Assign to team:"), self.assign_team)):
            label = self._row(form, text, widget)
            self.incident_rows += [label, widget]
        self.body_label = self._row(form, self.tr("Te&xt:"), self.body)
        form.addRow("", self.placeholders)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form, 1)
        right_layout.addLayout(buttons)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_response)
        left_layout.addWidget(self.new_incident)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("templatesSplit")
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([340, 660])
        state = QSettings().value(SETTINGS_KEY)
        if state is not None:
            self.split.restoreState(state)
        self.split.splitterMoved.connect(
            lambda *_a: QSettings().setValue(SETTINGS_KEY, self.split.saveState()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        self._teams: list[Choice] = []
        self.start_new(rules.RESPONSE)

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)
        return label

    # -- loading ----------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        reference, templates = self.ctx.services.reference, self.service

        def work() -> _Choices:
            return _Choices(reference.teams(), reference.services(), templates.manageable(),
                            templates.may_share())

        self._run.run(work, lambda found: self._loaded(found, select),
                      lambda exc: self.show_message(user_message(exc)))

    def _loaded(self, found: _Choices, select: uuid.UUID | None) -> None:
        self.templates, self.may_share, self._teams = found.templates, found.may_share, \
            found.teams
        keep_service = self.service_combo.currentData()
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("(leave as it is)"), None)
        for choice in found.services:
            self.service_combo.addItem(choice.label, choice.id)
        self._select(self.service_combo, keep_service)
        self.assign_team.clear()
        self.assign_team.addItem(self.tr("(leave as it is)"), None)
        for choice in found.teams:
            self.assign_team.addItem(choice.label, choice.id)
        self._fill_audience()
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.templates:
            kind = self.tr("Canned response") if t.kind == rules.RESPONSE \
                else self.tr("Incident template")
            who = (self.tr("only me") if t.personal else t.team_name or self.tr("everyone"))
            item = QListWidgetItem(f"{t.name} · {kind} · {who}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
        self.list.blockSignals(False)
        wanted = select or (self.current.id if self.current else None)
        row = next((i for i, t in enumerate(self.templates) if t.id == wanted), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        elif self.current is None:
            self._show(None, self._kind)

    def _fill_audience(self) -> None:
        keep = self.audience.currentData()
        self.audience.clear()
        self.audience.addItem(self.tr("Only me (personal)"), ONLY_ME)
        self.audience.addItem(self.tr("Everyone (shared)"), EVERYONE)
        for team in self._teams:
            self.audience.addItem(self.tr("Team {name} (shared)").format(name=team.label),
                                  team.id)
        self._select(self.audience, keep if keep is not None else ONLY_ME)
        model = self.audience.model()
        shared_tip = self.tr("Shared templates are kept by supervisors and administrators; "
                             "keep this one for yourself.")
        for row in range(1, self.audience.count()):
            item = model.item(row)  # type: ignore[attr-defined]
            item.setEnabled(self.may_share)
            if not self.may_share:
                item.setToolTip(shared_tip)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == value:
                combo.setCurrentIndex(index)
                return
        combo.setCurrentIndex(0)

    # -- showing ----------------------------------------------------------------------------
    def _chosen(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        found = next((t for t in self.templates if t.id == wanted), None)
        if found is not None:
            self._show(found, found.kind)

    def start_new(self, kind: str) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show(None, kind)
        self.name.setFocus()

    def _show(self, t: TemplateDTO | None, kind: str) -> None:
        self.current, self._kind = t, kind
        incident = kind == rules.INCIDENT
        self.kind_label.setText(self.tr("Incident template (pre-fills a new incident)")
                                if incident else
                                self.tr("Canned response (inserted into a comment or work "
                                        "note)"))
        for widget in self.incident_rows:
            widget.setVisible(incident)
        self.body_label.setText(self.tr("Descri&ption skeleton:") if incident
                                else self.tr("Te&xt:"))
        names = ", ".join(f"{{{n}}}" for n in rules.allowed(kind))
        self.placeholders.setText(self.tr("Placeholders: {names}. Write {{{{ for a brace.")
                                  .format(names=names))
        self.name.setText(t.name if t else "")
        self.title.setText(t.title if t else "")
        self.category.setCurrentText(t.category if t else "")
        self._select(self.service_combo, t.service_id if t else None)
        self._select(self.impact, t.impact if t else None)
        self._select(self.urgency, t.urgency if t else None)
        self._select(self.assign_team, t.assign_team_id if t else None)
        self.body.setPlainText(t.body if t else "")
        audience: object = ONLY_ME
        if t is not None and not t.personal:
            audience = t.team_id or EVERYONE
        self._select(self.audience, audience)
        self.delete_button.setVisible(t is not None)
        may_change = Decision(True) if t is None or t.personal or self.may_share else Decision(
            False, self.tr("Shared templates are kept by supervisors and administrators."))
        for widget in (self.save_button, self.delete_button):
            guard(widget, may_change)
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- saving -----------------------------------------------------------------------------
    def draft(self) -> TemplateDraft:
        audience = self.audience.currentData()
        t = self.current
        return TemplateDraft(
            self._kind, self.name.text(), self.body.toPlainText(),
            personal=audience == ONLY_ME,
            team_id=audience if isinstance(audience, uuid.UUID) else None,
            title=self.title.text(), category=self.category.currentText(),
            service_id=self.service_combo.currentData(), impact=self.impact.currentData(),
            urgency=self.urgency.currentData(), assign_team_id=self.assign_team.currentData(),
            id=t.id if t else None, version=t.version if t else None)

    def save(self) -> None:
        draft = self.draft()
        service = self.service

        def done(saved: SavedTemplate) -> None:
            self.ctx.bus.publish(saved.changes)
            self.current = saved.record
            self.show_message(self.tr("Saved '{name}'.").format(name=saved.record.name))
            self.reload(select=saved.record.id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and exc.fields:
                self.show_message(" ".join(dict.fromkeys(exc.fields.values())))
            else:
                self.show_message(user_message(exc))

        self.save_button.setEnabled(False)

        def saved(template: SavedTemplate) -> None:
            self.save_button.setEnabled(True)
            done(template)

        def not_saved(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            failed(exc)

        self._run.run(lambda: service.save(draft), saved, not_saved)

    def ask_delete(self) -> None:
        t = self.current
        if t is None or self.question is not None:
            return
        who = self.tr("only you") if t.personal else (
            self.tr("the members of {team}").format(team=t.team_name) if t.team_name
            else self.tr("everyone on the desk"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete template?"),
                          self.tr("Delete the template '{name}'? It is no longer offered to "
                                  "{who}; comments already written with it stay as they "
                                  "are.").format(name=t.name, who=who),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("deleteTemplateQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _o=None: setattr(self, "question", None))
        service, template_id, version = self.service, t.id, t.version

        def answered(button: object) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
                return

            def done(changes: object) -> None:
                self.ctx.bus.publish(changes)  # type: ignore[arg-type]
                self.current = None
                self.show_message(self.tr("Deleted '{name}'.").format(name=t.name))
                self.reload()
                self._show(None, t.kind)

            self._run.run(lambda: service.delete(template_id, version), done,
                          lambda exc: self.show_message(user_message(exc)))

        box.buttonClicked.connect(answered)
        self.question = box
        box.open()
