"""Merge two records after seeing what moves: pick the one to keep, read the preview, confirm.

Used by the people window for callers and for organisations. The preview comes from the
service (off the UI thread) each time the kept record changes; Merge stays disabled until it
has arrived, and Cancel is the default button, so Enter never merges by accident.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.operation.resolve_dialog import error_label
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import Runner, user_message

if TYPE_CHECKING:
    from deskapp.services.people import MergePreview, MergeResult


class MergeDialog(QDialog):
    """``merged(MergeResult)`` once the service has merged; errors stay in the dialog.

    ``preview(keep, merge)`` and ``merge(keep, merge)`` are service calls taking the two
    records in the order the person chose; ``describe(preview)`` says what will move."""

    merged = Signal(object)

    def __init__(self, title: str, records: tuple[Any, Any], labels: tuple[str, str],
                 preview: Callable[[Any, Any], MergePreview],
                 merge: Callable[[Any, Any], MergeResult],
                 describe: Callable[[MergePreview], str], runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(title)
        self._records, self._preview, self._merge = records, preview, merge
        self._describe = describe
        self._runner = SafeRunner(self, runner)
        self._query = 0
        self._busy = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep which one? The other is merged into it and "
                                        "removed.")))
        self.keep_buttons = QButtonGroup(self)
        for index, label in enumerate(labels):
            button = QRadioButton(self.tr("Keep &{n}: {label}").format(n=index + 1, label=label))
            button.setObjectName(f"keep{index}")
            self.keep_buttons.addButton(button, index)
            layout.addWidget(button)
        self.preview_label = QLabel(self.tr("Counting what moves…"))
        self.preview_label.setObjectName("mergePreview")
        self.preview_label.setWordWrap(True)
        # room for the longest preview, so the dialog does not cut it when it arrives
        self.preview_label.setMinimumHeight(self.preview_label.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.preview_label)
        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        def toggled(_id: int, on: bool) -> None:
            if on:
                self._load_preview()

        self.keep_buttons.idToggled.connect(toggled)
        self.setMinimumWidth(480)
        self.keep_buttons.button(0).setChecked(True)

    def pair(self) -> tuple[Any, Any]:
        """(keep, merge) as chosen."""
        first, second = self._records
        return (first, second) if self.keep_buttons.checkedId() == 0 else (second, first)

    def _load_preview(self) -> None:
        self._query += 1
        query = self._query
        keep, merge = self.pair()
        self.merge_button.setEnabled(False)
        self.preview_label.setText(self.tr("Counting what moves…"))

        def done(preview: MergePreview) -> None:
            if query == self._query:
                self.preview_label.setText(self._describe(preview))
                self.merge_button.setEnabled(not self._busy)

        def failed(exc: BaseException) -> None:
            if query == self._query:
                self.preview_label.setText("")
                self._show_message(user_message(exc))

        self._runner.run(lambda: self._preview(keep, merge), done, failed)

    def confirm(self) -> None:
        if not self.merge_button.isEnabled():
            return
        keep, merge = self.pair()
        self._set_busy(True)

        def done(result: MergeResult) -> None:
            self._set_busy(False)
            self.merged.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.merge_button.setEnabled(False)  # the records moved on: close and look again
            self._show_message(user_message(exc))

        self._runner.run(lambda: self._merge(keep, merge), done, failed)

    def _set_busy(self, busy: bool) -> None:
        """While the merge runs the dialog stays open (its result must reach the window)."""
        self._busy = busy
        self.buttons.setEnabled(not busy)
        for button in self.keep_buttons.buttons():
            button.setEnabled(not busy)

    def reject(self) -> None:
        """Override QDialog::reject: Esc and Cancel wait while a merge is being written."""
        if not self._busy:
            super().reject()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
