"""A new caller from the incident form: on an empty desk nobody can be picked until one exists.

The dialog only collects and checks the fields; the editor runs the service call off the UI
thread and hands the outcome back through :meth:`NewCallerDialog.show_failure`. A likely
duplicate (same e-mail, or same name and phone) is not an error to correct but a question:
the dialog lists the callers the desk already has and offers "Use existing caller" (the form
gets that caller) or "Create anyway" (the person says it is someone else).

:class:`CallerFields` and :class:`DuplicatePanel` are shared with the people window, which edits
callers with the same rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import ValidationError
from deskapp.services.dto import CallerDTO
from deskapp.services.reference import (
    CALLER_EMAIL_MAX,
    CALLER_NAME_MAX,
    CALLER_PHONE_MAX,
    ORGANISATION_MAX,
    CallerDraft,
    DuplicateCallerError,
    caller_errors,
)
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog

#: Room to paste a little too much, then a clear message instead of a silent cut.
_CallerRole = Qt.ItemDataRole.UserRole + 1


def caller_line(caller: CallerDTO) -> str:
    """"Name — e-mail · Organisation", as caller completion shows a caller."""
    return f"{caller.full_name} — {caller.detail}" if caller.detail else caller.full_name


class CallerFields(QWidget):
    """Name, e-mail, phone and organisation with an inline message under each.

    ``edited(name)`` when the person changes a field (its message is cleared already)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_name = self._edit("callerName", CALLER_NAME_MAX,
                                    self.tr("First and last name"))
        self.email = self._edit("callerEmail", CALLER_EMAIL_MAX, self.tr("name@example.com"))
        self.phone = self._edit("callerPhone", CALLER_PHONE_MAX,
                                self.tr("Optional, e.g. +44 20 7946 0000 x 12"))
        self.organisation = self._edit("callerOrganisation", ORGANISATION_MAX,
                                       self.tr("Optional; a new name is added to the list"))
        self.edits = {"full_name": self.full_name, "email": self.email, "phone": self.phone,
                      "organisation": self.organisation}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        for name, text in (("full_name", self.tr("&Name:")), ("email", self.tr("&E-mail:")),
                           ("phone", self.tr("&Phone:")),
                           ("organisation", self.tr("&Organisation:"))):
            edit = self.edits[name]
            label = QLabel(text)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
            error = error_label()
            error.setObjectName(f"error_{name}")
            self.errors[name] = error
            self.form.addRow("", error)
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))

    def _edit(self, name: str, limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def draft(self) -> CallerDraft:
        return CallerDraft(self.full_name.text(), self.email.text(), self.phone.text(),
                           self.organisation.text())

    def fill(self, caller: CallerDTO | None) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(caller, name) if caller is not None else "")
        self.show_errors({})

    def show_errors(self, fields: Mapping[str, str]) -> None:
        """Show each field's message (none clears them) and focus the first field in error."""
        for name, label in self.errors.items():
            text = fields.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        first = next((n for n in self.edits if n in fields), None)
        if first is not None:
            self.edits[first].setFocus()

    def _edited(self, name: str) -> None:
        label = self.errors[name]
        if label.text():
            label.clear()
            label.setVisible(False)
        self.edited.emit(name)


class DuplicatePanel(QFrame):
    """The callers the desk already has that look like the one typed, and what to do.

    ``use_existing(CallerDTO)``: the person picked one of them; ``go_ahead()``: they are
    someone else ("Create anyway" / "Save anyway")."""

    use_existing = Signal(object)
    go_ahead = Signal()

    def __init__(self, go_ahead_text: str, *, offer_use: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setObjectName("duplicateMessage")
        self.message.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("duplicateList")
        self.list.itemActivated.connect(lambda _item: self._use())
        self.use_button = QPushButton(self.tr("&Use existing caller"))
        self.use_button.setObjectName("useExistingCaller")
        self.use_button.clicked.connect(self._use)
        self.use_button.setVisible(offer_use)
        self.go_ahead_button = QPushButton(go_ahead_text)
        self.go_ahead_button.setObjectName("goAheadAnyway")
        self.go_ahead_button.clicked.connect(self.go_ahead)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.go_ahead_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.callers: tuple[CallerDTO, ...] = ()
        self.setVisible(False)

    def show_callers(self, message: str, callers: Sequence[CallerDTO]) -> None:
        self.callers = tuple(callers)
        self.message.setText(message)
        self.list.clear()
        for caller in self.callers:
            item = QListWidgetItem(caller_line(caller))
            item.setData(_CallerRole, caller)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        rows = max(1, min(len(self.callers), 4))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 + 4)
        self.setVisible(True)
        (self.use_button if self.use_button.isVisibleTo(self) else self.list).setFocus()

    def dismiss(self) -> None:
        self.callers = ()
        self.setVisible(False)

    def _use(self) -> None:
        item = self.list.currentItem()
        caller = item.data(_CallerRole) if item is not None else None
        if isinstance(caller, CallerDTO) and self.use_button.isVisibleTo(self):
            self.use_existing.emit(caller)


class NewCallerDialog(QDialog):
    """``submitted(CallerDraft)`` once the fields pass the checks that need no database;
    ``existing_chosen(CallerDTO)`` when the person takes a caller the desk already has."""

    submitted = Signal(object)
    existing_chosen = Signal(object)

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCallerDialog")
        self.setWindowTitle(self.tr("New caller"))
        self.fields = CallerFields()
        self.full_name, self.email = self.fields.full_name, self.fields.email
        self.phone, self.organisation = self.fields.phone, self.fields.organisation
        self.errors = self.fields.errors
        self.full_name.setText(name.strip())
        self.duplicates = DuplicatePanel(self.tr("Create &anyway"))
        self.duplicates.use_existing.connect(self._use_existing)
        self.duplicates.go_ahead.connect(self._create_anyway)
        self.fields.edited.connect(lambda _n: self.duplicates.dismiss())
        form = QFormLayout()
        form.addRow(self.fields)
        form.addRow(self.duplicates)
        self.message = error_label()
        self.buttons = lay_out_form_dialog(self, form, self.message,
                                           self.tr("&Create caller"), self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.setMinimumWidth(460)
        self.full_name.setFocus()

    def draft(self) -> CallerDraft:
        return self.fields.draft()

    def submit(self) -> None:
        self._submit(self.draft())

    def _submit(self, draft: CallerDraft) -> None:
        fields = caller_errors(draft)
        self.show_errors(fields)
        if not fields:
            self.duplicates.dismiss()
            self.ok_button.setEnabled(False)
            self.submitted.emit(draft)

    def _create_anyway(self) -> None:
        accepted = frozenset(c.id for c in self.duplicates.callers)
        draft = self.draft()
        self._submit(CallerDraft(draft.full_name, draft.email, draft.phone,
                                 draft.organisation, accepted_duplicates=accepted))

    def _use_existing(self, caller: CallerDTO) -> None:
        self.existing_chosen.emit(caller)

    def show_failure(self, exc: BaseException, message: str) -> None:
        """What the service said: a likely duplicate as a question, anything else as errors."""
        if isinstance(exc, DuplicateCallerError):
            self.show_errors({})
            self.duplicates.show_callers(message, exc.existing)
            return
        self.show_errors(exc.fields if isinstance(exc, ValidationError) else {}, message)

    def show_errors(self, fields: Mapping[str, str], message: str = "") -> None:
        self.ok_button.setEnabled(True)
        self.fields.show_errors(fields)
        other = message if not fields else ""
        self.message.setText(other)
        self.message.setVisible(bool(other))
