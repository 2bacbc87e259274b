"""Problem and major-incident commands of Service Operation: a new problem, a problem from the
incidents selected in the queue (they are linked to it), linking the selection to an existing
problem or as children of a major incident, and the Known errors and Major incident board
views above the editors (chosen in the queue list, `Ctrl+Shift+K`, `Ctrl+Shift+J`).

A mixin of :class:`~deskapp.ui.operation.view.OperationView` (it uses the view's context,
queue workspace and editors), kept apart so each file holds one concept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QStackedWidget

from deskapp.errors import ValidationError
from deskapp.services.dto import Changes
from deskapp.ui.queues.navigator import KNOWN_ERRORS
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.problem_dto import ProblemDTO
    from deskapp.services.queues import BulkTarget
    from deskapp.ui.operation.known_errors_view import KnownErrorsView
    from deskapp.ui.operation.major_incidents_view import MajorIncidentsView


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ProblemActions", text, None, n)


class ProblemActions:
    """Mixed into OperationView; ``self`` is the view."""

    ctx: Any
    queues: Any
    status_message: Any
    link_dialog: QInputDialog | None = None
    # the view's: a blank editor of a kind, an item shown in its tab
    _add_editor: Callable[..., Any]
    current_editor: Callable[[], Any]
    top: QStackedWidget
    refresh: Callable[[], None]

    _known_errors: KnownErrorsView | None = None
    _major_board: MajorIncidentsView | None = None

    def _build_views(self) -> None:
        """The Known errors and Major incident board pages of the top pane, each built the
        first time it is shown (not at start-up)."""
        self.queues.navigator.view_chosen.connect(
            lambda key: self.show_known_errors() if key == KNOWN_ERRORS
            else self.show_major_board())

    def _page(self, view: Any) -> None:
        view.open_requested.connect(self.open_incident)
        view.back_requested.connect(self.show_queues)  # type: ignore[attr-defined]
        view.message.connect(self.status_message)
        self.top.addWidget(view)

    @property
    def known_errors(self) -> KnownErrorsView:
        if self._known_errors is None:
            from deskapp.ui.operation.known_errors_view import KnownErrorsView

            self._known_errors = KnownErrorsView(self.ctx)
            self._page(self._known_errors)
        return self._known_errors

    @property
    def major_board(self) -> MajorIncidentsView:
        if self._major_board is None:
            from deskapp.ui.operation.major_incidents_view import MajorIncidentsView

            self._major_board = MajorIncidentsView(self.ctx)
            self._major_board.changed.connect(self.refresh)
            self._page(self._major_board)
        return self._major_board

    def show_known_errors(self) -> None:
        self.top.setCurrentWidget(self.known_errors)
        self.known_errors.refresh()
        self.known_errors.search.setFocus()

    def show_major_board(self) -> None:
        self.top.setCurrentWidget(self.major_board)
        self.major_board.refresh()
        self.major_board.table.setFocus()

    def link_selection_to_major(self) -> None:
        """Make the selected incidents children of a major incident typed by number."""
        majors, incidents = self.ctx.services.major_incidents, self.ctx.services.incidents

        def ask(selected: list[BulkTarget]) -> None:
            ids = [t.id for t in selected]
            dialog = QInputDialog(self)  # type: ignore[arg-type]
            dialog.setObjectName("linkToMajorDialog")
            dialog.setWindowTitle(_tr("Link to a major incident"))
            dialog.setLabelText(_tr("Make %n selected incident(s) children of the &major "
                                    "incident numbered:", len(ids)))
            dialog.setTextValue("INC-")
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _o=None: setattr(self, "link_dialog", None))

            def chosen(number: str) -> None:
                def work() -> int:
                    major = incidents.find_number(number)
                    if major is None:
                        raise ValidationError(f"No incident is numbered '{number.strip()}'; "
                                              "type a number such as INC-000042.")
                    return int(majors.link_children(major.id, ids))

                def done(count: int) -> None:
                    self.ctx.bus.publish(Changes("incident", frozenset(ids)))
                    self.status_message.emit(_tr("%n incident(s) linked as children of {n}.",
                                                 count).format(n=number.strip().upper()))

                self.ctx.runner.run(work, done,
                                    lambda exc: self.status_message.emit(user_message(exc)))

            dialog.textValueSelected.connect(chosen)
            self.link_dialog = dialog
            dialog.open()

        self._selected_incidents(ask)
    open_incident: Callable[..., Any]

    def new_problem(self) -> None:
        self._add_editor("problem").new_item()
        self.status_message.emit(_tr("New problem: type a title and the problem statement, "
                                     "then Ctrl+S to save."))

    def _selected_incidents(self, then: Callable[[list[BulkTarget]], None]) -> None:
        """The incidents among the queue's selected rows (other kinds are left out)."""
        def done(targets: list[BulkTarget]) -> None:
            incidents = [t for t in targets if t.kind == "incident"]
            if not incidents:
                self.status_message.emit(_tr("Select one or more incidents in the queue "
                                             "first."))
                return
            then(incidents)

        self.queues.collect_targets(done)

    def problem_from_incidents(self) -> None:
        """From the incident form that has the focus, else from the queue's selection."""
        editor = self.current_editor()
        panel = getattr(editor, "panel", None)
        focus = QApplication.focusWidget()
        if editor is not None and editor.decl.key == "incident" and focus is not None \
                and editor.isAncestorOf(focus) and panel is not None \
                and hasattr(panel, "new_problem"):
            panel.new_problem()
            return
        self.problem_from_selection()

    def apply_workaround(self) -> None:
        """On the incident tab shown: choose a known error and apply its workaround."""
        editor = self.current_editor()
        panel = getattr(editor, "panel", None)
        if editor is None or editor.decl.key != "incident" or panel is None or \
                not hasattr(panel, "ask_workaround"):
            self.status_message.emit(_tr("Open an incident first, then apply a workaround."))
            return
        panel.ask_workaround()

    def problem_from_selection(self) -> None:
        """A new problem from the selected incidents, each linked to it; then it opens."""
        problems = self.ctx.services.problems

        def create(incidents: list[BulkTarget]) -> None:
            ids = [t.id for t in incidents]

            def done(problem: ProblemDTO) -> None:
                self.ctx.bus.publish(Changes("problem", frozenset({problem.id}), created=True))
                self.ctx.bus.publish(Changes("incident", frozenset(ids)))
                self.open_incident(problem.id, "problem")
                self.status_message.emit(_tr("{n} created from %n incident(s).", len(ids))
                                         .format(n=problem.number))

            self.ctx.runner.run(lambda: problems.create_from_incidents(ids), done,
                                lambda exc: self.status_message.emit(user_message(exc)))

        self._selected_incidents(create)

    def link_selection_to_problem(self) -> None:
        """Link the selected incidents to a problem typed by number."""
        problems = self.ctx.services.problems

        def ask(incidents: list[BulkTarget]) -> None:
            ids = [t.id for t in incidents]
            dialog = QInputDialog(self)  # type: ignore[arg-type]
            dialog.setObjectName("linkToProblemDialog")
            dialog.setWindowTitle(_tr("Link to a problem"))
            dialog.setLabelText(_tr("Link %n selected incident(s) to the &problem numbered:",
                                    len(ids)))
            dialog.setTextValue("PRB-")
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _o=None: setattr(self, "link_dialog", None))

            def chosen(number: str) -> None:
                def done(count: int) -> None:
                    self.ctx.bus.publish(Changes("incident", frozenset(ids)))
                    self.status_message.emit(_tr("%n incident(s) linked to {n}.", count)
                                             .format(n=number.strip().upper()))

                self.ctx.runner.run(lambda: problems.link_to_number(number, ids), done,
                                    lambda exc: self.status_message.emit(user_message(exc)))

            dialog.textValueSelected.connect(chosen)
            self.link_dialog = dialog
            dialog.open()

        self._selected_incidents(ask)
