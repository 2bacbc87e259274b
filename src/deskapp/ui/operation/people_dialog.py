"""Callers and organisations: find them, correct them, merge the duplicates.

A window of two pages. Each lists matches of what is typed in Find (off the UI thread, the last
keystroke wins), edits the selected record beside the list (version-checked: a record someone
else saved meanwhile is shown as saved, with a sentence saying so) and merges two selected
records through :class:`~deskapp.ui.operation.merge_dialog.MergeDialog`, which shows how many
items move before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.mail.templates import LANGUAGES
from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ConflictError, ValidationError
from deskapp.services.dto import CallerDTO, Changes
from deskapp.services.reference import CallerDraft, DuplicateCallerError
from deskapp.ui.operation.caller_dialog import CallerFields, DuplicatePanel, caller_line
from deskapp.ui.operation.merge_dialog import MergeDialog
from deskapp.ui.operation.models import _RowsModel
from deskapp.ui.operation.resolve_dialog import error_label
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import OneAtATime, SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.mail_admin import CallerMail
    from deskapp.services.people import (
        CallerLine,
        ErasePreview,
        MergePreview,
        MergeResult,
        OrganisationDTO,
    )
    from deskapp.ui.context import UiContext

SEARCH_DELAY_MS = 250


class CallerLinesModel(_RowsModel):
    headers = ("Name", "E-mail", "Phone", "Organisation", "Incidents")

    def cell(self, row: Any, column: int, *, full: bool) -> str:
        line: CallerLine = row
        c = line.caller
        return (c.full_name, c.email, c.phone, c.organisation, str(line.incidents))[column]


class OrganisationsModel(_RowsModel):
    headers = ("Name", "Callers", "Departments")

    def cell(self, row: Any, column: int, *, full: bool) -> str:
        org: OrganisationDTO = row
        return (org.name, str(org.people), str(org.departments))[column]


class _Page(QWidget):
    """Find box, list and the editor beside it; subclasses say what they list and edit."""

    message = Signal(str)
    #: what a save or merge changed, for the rest of the window to refresh
    changed = Signal(object)

    #: the find box; the name shadows the static QWidget.find(id), which nothing here calls
    find: QLineEdit  # type: ignore[assignment]

    def __init__(self, ctx: UiContext, model: _RowsModel, find_hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self._query = 0
        self.find = QLineEdit()
        self.find.setPlaceholderText(find_hint)
        self.find.setClearButtonEnabled(True)
        find_label = QLabel(self.tr("F&ind:"))
        find_label.setBuddy(self.find)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.find.textEdited.connect(lambda _t: self.search_timer.start())
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.merge_button = QPushButton(self.tr("&Merge selected…"))
        self.merge_button.setObjectName("mergeSelected")
        self.merge_button.setToolTip(self.tr("Select two rows (Ctrl+click) to merge them"))
        self.merge_button.clicked.connect(self.merge)
        self.status = error_label()
        self.status.setObjectName("pageStatus")
        self.merge_dialog_open: MergeDialog | None = None
        self.editor = QWidget()
        self.editor_layout = QVBoxLayout(self.editor)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.find, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def finish_editor(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        self.editor_layout.addWidget(self.status)
        self.editor_layout.addLayout(buttons)
        self.editor_layout.addStretch(1)
        self._selected()

    # -- list ---------------------------------------------------------------------------------
    def load(self, text: str) -> list[Any]:
        raise NotImplementedError

    def same(self, a: Any, b: Any) -> bool:
        raise NotImplementedError

    def reload(self, then: Callable[[], None] | None = None) -> None:
        self._query += 1
        query, text = self._query, self.find.text()
        keep = self.selected()

        def done(rows: list[Any]) -> None:
            if query != self._query:
                return
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()  # at most LIST_LIMIT rows
            # the record being edited stays selected; else the first match is ready to edit
            row = next((r for r, item in enumerate(rows) if keep and self.same(item, keep[0])),
                       0)
            if rows:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            self._selected()
            if then is not None:
                then()

        self.runner.run(lambda: self.load(text), done,
                        lambda exc: self.show_status(user_message(exc)))

    def selected(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows if r < self.model.rowCount()]

    def _selected(self) -> None:
        chosen = self.selected()
        self.merge_button.setEnabled(len(chosen) == 2)
        self.editor_enabled(len(chosen) == 1)
        self.show_status("")
        if len(chosen) == 1:
            self.fill(chosen[0])

    def editor_enabled(self, on: bool) -> None:
        raise NotImplementedError

    def fill(self, item: Any) -> None:
        raise NotImplementedError

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- save and merge -----------------------------------------------------------------------
    def save(self) -> None:
        raise NotImplementedError

    def saved(self, text: str) -> None:
        self.message.emit(text)
        self.reload()

    def failed_save(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError) and exc.theirs is not None:
            self.fill_saved(exc.theirs)
            self.show_status(self.tr("Someone else saved this record meanwhile; their version "
                                     "is shown. Make your change again and save."))
            return
        self.show_status(user_message(exc))

    def fill_saved(self, theirs: Any) -> None:
        raise NotImplementedError

    def merge(self) -> None:
        chosen = self.selected()
        if len(chosen) != 2:
            return
        dialog = self.merge_dialog((chosen[0], chosen[1]))
        dialog.merged.connect(self._merged)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.merge_dialog_open = dialog
        dialog.open()

    def merge_dialog(self, pair: tuple[Any, Any]) -> MergeDialog:
        raise NotImplementedError

    def _merged(self, result: MergeResult) -> None:
        self.changed.emit(result.changes)
        self.message.emit(self.merged_text(result.preview))
        self.reload()

    def merged_text(self, preview: MergePreview) -> str:
        raise NotImplementedError


class CallersPage(_Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, CallerLinesModel(), self.tr("Type a name or e-mail"), parent)
        self.setObjectName("callersPage")
        self.find.setObjectName("callerFind")
        self.table.setObjectName("callerTable")
        self.fields = CallerFields()
        self.duplicates = DuplicatePanel(self.tr("Save &anyway"), offer_use=False)
        self.fields.edited.connect(lambda _n: self.duplicates.dismiss())
        self.duplicates.go_ahead.connect(lambda: self.save(accept_shown=True))
        self.save_button.setText(self.tr("&Save caller"))
        self.save_button.setObjectName("saveCaller")
        self.editor_layout.addWidget(self.fields)
        self.manager = ManagerPicker(self.runner, ctx)
        self.editor_layout.addWidget(self.manager)
        self.editor_layout.addWidget(self.duplicates)
        # applied at once (no Save): the caller asked not to be written to
        self.mail_writes = OneAtATime(self.runner)  # applied in the order they were made
        self.no_mail = QCheckBox(self.tr("Send this caller no e-mail from the desk"))
        self.no_mail.setObjectName("callerNoMail")
        self.no_mail.clicked.connect(self._set_no_mail)
        self.editor_layout.addWidget(self.no_mail)
        # also applied at once: the language the desk's messages to this caller are in
        self.mail_language = QComboBox()
        self.mail_language.setObjectName("callerMailLanguage")
        self._fill_languages("en")
        self.mail_language.activated.connect(self._set_language)
        language_label = QLabel(self.tr("&Write to them in:"))
        language_label.setBuddy(self.mail_language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.mail_language)
        language_row.addStretch(1)
        self.editor_layout.addLayout(language_row)
        self.current: CallerDTO | None = None
        self.erase_button = QPushButton(self.tr("&Erase personal data…"))
        self.erase_button.setObjectName("eraseCaller")
        self.erase_button.setToolTip(self.tr(
            "Anonymise this caller (a privacy-law erasure request); their incidents stay"))
        self.erase_button.clicked.connect(self.erase)
        self.finish_editor()
        self.editor_layout.insertWidget(self.editor_layout.count() - 1, self.erase_button,
                                        0, Qt.AlignmentFlag.AlignLeft)

    def load(self, text: str) -> list[Any]:
        return list(self.ctx.services.people.callers(text))

    def same(self, a: Any, b: Any) -> bool:
        return bool(a.caller.id == b.caller.id)

    def editor_enabled(self, on: bool) -> None:
        self.fields.setEnabled(on)
        self.manager.setEnabled(on)
        self.save_button.setEnabled(on)
        may_edit = self.ctx.services.may(Action.EDIT, Resource.PERSON)
        if guard(self.no_mail, may_edit):
            self.no_mail.setEnabled(on)
        if guard(self.mail_language, may_edit):
            self.mail_language.setEnabled(on)
        if guard(self.erase_button, self.ctx.services.people.may_erase()):
            self.erase_button.setEnabled(on)
        if not on:
            self.current = None
            self.fields.fill(None)
            self.manager.fill(None)
            self.duplicates.dismiss()

    def erase(self) -> None:
        """Show what erasure removes, ask, then anonymise (events and incidents stay)."""
        current, people = self.current, self.ctx.services.people
        if current is None:
            return
        self.runner.run(lambda: people.erase_preview(current.id),
                        lambda preview: self._confirm_erase(current, preview),
                        self.failed_save)

    def _confirm_erase(self, current: CallerDTO, preview: ErasePreview) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase personal data"), self.tr(
            "Erase the personal data of {name}?\n\nThe name, e-mail ({email}) and phone "
            "({phone}) are replaced; the caller will read \u201c{new}\u201d. {incidents} keep "
            "pointing at this record and their history stays as it is. This cannot be undone."
        ).format(name=preview.full_name, email=preview.email or self.tr("none"),
                 phone=preview.phone or self.tr("none"), new=preview.new_name,
                 incidents=self.tr("%n incident(s)", "", preview.incidents)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("eraseBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Erase"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        people = self.ctx.services.people

        def done(caller: CallerDTO) -> None:
            self.fill_saved(caller)
            self.changed.emit(Changes("caller", frozenset({caller.id})))
            self.saved(self.tr("Erased the personal data; the caller now reads {name}.")
                       .format(name=caller.full_name))

        self.runner.run(lambda: people.erase(current.id, current.version), done,
                        self.failed_save)

    def fill(self, item: Any) -> None:
        self.fill_saved(item.caller)

    def fill_saved(self, theirs: Any) -> None:
        self.current = theirs
        self.fields.fill(theirs)
        self.manager.fill(theirs)
        self.duplicates.dismiss()
        self._load_no_mail(theirs.id)

    def _load_no_mail(self, caller_id: Any) -> None:
        mail = self.ctx.services.mail
        self._no_mail_generation = generation = getattr(self, "_no_mail_generation", 0) + 1

        def done(found: CallerMail) -> None:
            # a click since the read wins over what was read
            if self.current is not None and self.current.id == caller_id and \
                    self._no_mail_generation == generation:
                self.no_mail.setChecked(found.opted_out)
                self._fill_languages(found.desk_language)
                self.mail_language.setCurrentIndex(
                    max(0, self.mail_language.findData(found.language or "")))

        self.runner.run(lambda: mail.caller_mail(caller_id), done,
                        lambda exc: self.show_status(user_message(exc)))

    def _fill_languages(self, desk: str) -> None:
        names = {"en": self.tr("English"), "de": self.tr("German")}
        self.mail_language.clear()
        self.mail_language.addItem(self.tr("the desk's language ({name})").format(
            name=names.get(desk, desk)), "")
        for code in LANGUAGES:
            self.mail_language.addItem(names.get(code, code), code)

    def _set_language(self, index: int) -> None:
        current, mail = self.current, self.ctx.services.mail
        self._no_mail_generation = getattr(self, "_no_mail_generation", 0) + 1
        if current is None:
            return
        language = str(self.mail_language.itemData(index) or "") or None
        label = self.mail_language.itemText(index)

        def done(_language: str | None) -> None:
            self.show_status(self.tr("The desk writes to {name} in {language} now.").format(
                name=current.full_name, language=label))

        self.mail_writes.run(lambda: mail.set_language(current.id, language), done,
                             lambda exc: self.show_status(user_message(exc)))

    def _set_no_mail(self, checked: bool) -> None:
        current, mail = self.current, self.ctx.services.mail
        self._no_mail_generation = getattr(self, "_no_mail_generation", 0) + 1
        if current is None:
            return

        def done(_opted_out: bool) -> None:
            text = self.tr("{name} gets no e-mail from the desk now.") if checked \
                else self.tr("{name} gets e-mail from the desk again.")
            self.show_status(text.format(name=current.full_name))

        def failed(exc: BaseException) -> None:
            self.no_mail.setChecked(not checked)
            self.show_status(user_message(exc))

        self.mail_writes.run(lambda: mail.set_opt_out(current.id, checked), done, failed)

    def save(self, accept_shown: bool = False) -> None:
        current = self.current
        if current is None:
            return
        typed = self.fields.draft()
        accepted = frozenset(c.id for c in self.duplicates.callers) if accept_shown \
            else frozenset()
        draft = CallerDraft(typed.full_name, typed.email, typed.phone, typed.organisation,
                            accepted_duplicates=accepted, set_manager=True,
                            manager_id=self.manager.chosen())
        people = self.ctx.services.people
        self.save_button.setEnabled(False)

        def done(caller: CallerDTO) -> None:
            self.save_button.setEnabled(True)
            self.fill_saved(caller)
            self.changed.emit(Changes("caller", frozenset({caller.id})))
            self.saved(self.tr("Saved caller {name}.").format(name=caller.full_name))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, DuplicateCallerError):
                self.duplicates.show_callers(
                    self.tr("{reason} To keep one record, select both in the list and use "
                            "Merge selected.").format(reason=user_message(exc)), exc.existing)
                return
            if isinstance(exc, ValidationError) and exc.fields:
                self.fields.show_errors(exc.fields)
                return
            self.failed_save(exc)

        self.runner.run(lambda: people.update_caller(current.id, current.version, draft),
                        done, failed)

    def merge_dialog(self, pair: tuple[Any, Any]) -> MergeDialog:
        people = self.ctx.services.people
        a, b = pair[0].caller, pair[1].caller

        def describe(p: MergePreview) -> str:
            return self.tr("%Ln incident(s) move from {merged} to {kept}, each with a history "
                           "entry; {merged} is then removed. This cannot be undone.", "",
                           p.incidents).format(merged=p.merged, kept=p.kept)

        return MergeDialog(
            self.tr("Merge callers"), (a, b), (caller_line(a), caller_line(b)),
            lambda keep, merge: people.caller_merge_preview(keep.id, merge.id),
            people.merge_callers, describe, self.ctx.runner, self)

    def merged_text(self, preview: MergePreview) -> str:
        return self.tr("Merged {merged} into {kept}: %Ln incident(s) moved.", "",
                       preview.incidents).format(merged=preview.merged, kept=preview.kept)


class ManagerPicker(QWidget):
    """The caller's manager (another caller, the approver "the caller's manager"): type part
    of a name to list matches, pick one, or "No manager"."""

    #: the find box; the name shadows the static QWidget.find(id), which nothing here calls
    find: QLineEdit  # type: ignore[assignment]

    def __init__(self, runner: SafeRunner, ctx: UiContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.ctx = runner, ctx
        self._query = 0
        self.find = QLineEdit()
        self.find.setObjectName("managerFind")
        self.find.setPlaceholderText(self.tr("Type a name to find the manager"))
        self.find.setClearButtonEnabled(True)
        self.choice = QComboBox()
        self.choice.setObjectName("managerChoice")
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._search)
        self.find.textEdited.connect(lambda _t: self.timer.start())
        label = QLabel(self.tr("Mana&ger:"))
        label.setBuddy(self.find)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label, self.find)
        form.addRow("", self.choice)
        self.fill(None)

    def fill(self, caller: CallerDTO | None) -> None:
        self._caller = caller
        self.find.clear()
        self._offer([] if caller is None or caller.manager_id is None
                    else [(caller.manager_id, caller.manager_name)],
                    caller.manager_id if caller else None)

    def _offer(self, people: list[tuple[Any, str]], current: Any) -> None:
        self.choice.clear()
        self.choice.addItem(self.tr("No manager"), None)
        for person_id, label in people:
            self.choice.addItem(label, person_id)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(max(index, 0))

    def chosen(self) -> Any:
        return self.choice.currentData()

    def _search(self) -> None:
        text = self.find.text().strip()
        if len(text) < 2:
            return
        self._query += 1
        query, own = self._query, self._caller.id if self._caller else None
        reference = self.ctx.services.reference

        def done(found: list[Any]) -> None:
            if query == self._query:
                people = [(c.id, f"{c.label} · {c.detail}" if c.detail else c.label)
                          for c in found if c.id != own]
                self._offer(people, people[0][0] if people else None)

        self.runner.run(lambda: reference.callers(text), done, lambda _e: None)


class OrganisationsPage(_Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, OrganisationsModel(), self.tr("Type part of a name"), parent)
        self.setObjectName("organisationsPage")
        self.find.setObjectName("organisationFind")
        self.table.setObjectName("organisationTable")
        self.name = QLineEdit()
        self.name.setObjectName("organisationName")
        self.name_error = error_label()
        self.name.textEdited.connect(lambda _t: self.name_error.setVisible(False))
        form = QFormLayout()
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        form.addRow("", self.name_error)
        self.editor_layout.addLayout(form)
        self.save_button.setText(self.tr("&Save organisation"))
        self.save_button.setObjectName("saveOrganisation")
        self.current: OrganisationDTO | None = None
        self.finish_editor()

    def load(self, text: str) -> list[Any]:
        return list(self.ctx.services.people.organisations(text))

    def same(self, a: Any, b: Any) -> bool:
        return bool(a.id == b.id)

    def editor_enabled(self, on: bool) -> None:
        self.name.setEnabled(on)
        self.save_button.setEnabled(on)
        if not on:
            self.current = None
            self.name.clear()
            self.name_error.setVisible(False)

    def fill(self, item: Any) -> None:
        self.fill_saved(item)

    def fill_saved(self, theirs: Any) -> None:
        self.current = theirs
        self.name.setText(theirs.name)
        self.name_error.setVisible(False)

    def save(self) -> None:
        current = self.current
        if current is None:
            return
        name, people = self.name.text(), self.ctx.services.people
        self.save_button.setEnabled(False)

        def done(org: OrganisationDTO) -> None:
            self.save_button.setEnabled(True)
            self.fill_saved(org)
            self.changed.emit(Changes("organisation", frozenset({org.id})))
            self.saved(self.tr("Saved organisation {name}.").format(name=org.name))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, ValidationError) and "name" in exc.fields:
                self.name_error.setText(exc.fields["name"])
                self.name_error.setVisible(True)
                self.name.setFocus()
                return
            self.failed_save(exc)

        self.runner.run(lambda: people.update_organisation(current.id, current.version, name),
                        done, failed)

    def merge_dialog(self, pair: tuple[Any, Any]) -> MergeDialog:
        people = self.ctx.services.people
        a, b = pair

        def describe(p: MergePreview) -> str:
            return self.tr("{people} and {departments} move from {merged} to {kept} (a department "
                           "{kept} already has is joined with it); {merged} is then removed. "
                           "This cannot be undone.").format(
                people=self.tr("%Ln caller(s)", "", p.people),
                departments=self.tr("%Ln department(s)", "", p.departments),
                merged=p.merged, kept=p.kept)

        return MergeDialog(
            self.tr("Merge organisations"), (a, b), (a.name, b.name),
            lambda keep, merge: people.organisation_merge_preview(keep.id, merge.id),
            people.merge_organisations, describe, self.ctx.runner, self)

    def merged_text(self, preview: MergePreview) -> str:
        return self.tr("Merged {merged} into {kept}: {people} and {departments} moved.").format(
            merged=preview.merged, kept=preview.kept,
            people=self.tr("%Ln caller(s)", "", preview.people),
            departments=self.tr("%Ln department(s)", "", preview.departments))


class PeopleDialog(QDialog):
    """The "Callers and organisations" window. ``changed(Changes)`` after a save or merge (a
    caller merge names the incidents that moved, so open forms and queues refresh)."""

    changed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.setWindowTitle(self.tr("Callers and organisations"))
        self.callers = CallersPage(ctx)
        self.organisations = OrganisationsPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.callers, self.tr("&Callers"))
        self.tabs.addTab(self.organisations, self.tr("O&rganisations"))
        self.message = QLabel()
        self.message.setObjectName("peopleMessage")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        for page in (self.callers, self.organisations):
            page.message.connect(self.message.setText)
            page.changed.connect(self._page_changed)
        self.tabs.currentChanged.connect(lambda _i: self.message.clear())
        self.resize(980, 560)
        self.callers.reload()
        self.organisations.reload()
        self.callers.find.setFocus()

    def _page_changed(self, changes: Changes) -> None:
        # a caller's organisation and an organisation's counts show on both pages
        other = self.organisations if self.sender() is self.callers else self.callers
        other.reload()
        self.changed.emit(changes)
