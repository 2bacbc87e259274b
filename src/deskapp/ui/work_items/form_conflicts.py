"""Someone else saved the item first: the shell's field-by-field merge, for every kind.

The rows are every field where the form and their saved record differ (the panel says how each
value reads); the conflict dialog lets the person choose, and the chosen values are saved on top
of their version. Cancelling keeps the edits on screen and says how to go on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from deskapp.ui.operation.conflict_dialog import ConflictDialog, FieldConflict
from deskapp.ui.operation.models import local_time

if TYPE_CHECKING:
    from deskapp.errors import ConflictError
    from deskapp.ui.work_items.form_shell import WorkItemForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkItemForm", text)


def conflict_rows(form: WorkItemForm, theirs: Any) -> list[FieldConflict]:
    panel = form.panel
    mine, labels = panel.values(), panel.labels()
    their_values, their_labels = panel.values_of(theirs), panel.labels_of(theirs)
    rows = []
    for name in mine:
        m, t, b = mine[name], their_values.get(name), form._base.get(name)
        if m == t:
            continue
        rows.append(FieldConflict(
            name, panel.field_label(name), m, panel.describe(name, m, labels), t,
            panel.describe(name, t, their_labels), both_changed=m != b and t != b,
            take_theirs=m == b))
    return rows


class ConflictHandling:
    """The merge half of :class:`~deskapp.ui.work_items.form_shell.WorkItemForm`."""

    conflict_dialog: ConflictDialog | None = None

    def conflict_rows(self: WorkItemForm, theirs: Any) -> list[FieldConflict]:
        return conflict_rows(self, theirs)

    def offer_merge(self: WorkItemForm, exc: ConflictError, theirs: Any,
                    then: Callable[[], object] | None) -> None:
        rows = self.conflict_rows(theirs)
        if exc.by and exc.at:
            who = _tr("{who} (at {time})").format(who=exc.by, time=local_time(exc.at))
        else:
            who = exc.by or _tr("Someone else")
        dialog = ConflictDialog(theirs.number, who, rows, self)
        self.conflict_dialog = dialog
        their_values = self.panel.values_of(theirs)
        self.show_notice(_tr("{n} was changed by {who}; choose what to keep.")
                         .format(n=theirs.number, who=exc.by or _tr("someone else")))
        service = self.service

        def accepted() -> None:
            changes = {k: v for k, v in dialog.chosen().items() if v != their_values.get(k)}
            self._base = their_values
            if changes:
                job: Callable[[], Any] = \
                    lambda: service.edit(theirs.id, theirs.version, changes)  # noqa: E731
            else:
                job = lambda: service.get(theirs.id)  # noqa: E731
            self.dto = theirs
            self.run_save(job, then)

        def rejected() -> None:
            self.show_notice(_tr("Not saved: {n} was changed by someone else. Your edits "
                                 "are still here; save again to choose what to keep.")
                             .format(n=theirs.number))

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(lambda _r: setattr(self, "conflict_dialog", None))
        dialog.open()

