"""What a person does with a queue: save it, take work from it, change rows in bulk, export.

A mixin of :class:`~deskapp.ui.queues.workspace.QueueWorkspace` (it uses the workspace's
service, runner, model, view and message line), kept apart so each file holds one concept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QWidget

from deskapp.domain.kinds import REGISTRY
from deskapp.services.dto import Changes
from deskapp.services.queues import (
    BulkReport,
    BulkTarget,
    ExportResult,
    Progress,
    QueueInfo,
    ShouldStop,
)
from deskapp.ui.labels import tr_label
from deskapp.ui.queues.dialogs import BulkDialog, BulkReportDialog
from deskapp.ui.work_items.default_team import cancelled, run_for_me

MAX_BULK = 1000


if TYPE_CHECKING:
    # the mixin only ever runs as part of QueueWorkspace, a QWidget: type-check it as one
    from deskapp.domain.bulk import BulkChange, Members
    from deskapp.services.resolution_codes import ResolutionCodeDTO
    from deskapp.ui.workers import CancelToken
    _WorkspaceBase = QWidget
else:
    _WorkspaceBase = object


class QueueActions(_WorkspaceBase):
    """Mixed into QueueWorkspace; ``self`` is the workspace."""

    _last_report: BulkReport | None

    # methods QueueWorkspace provides (plain annotations: lupdate loses the class on a
    # TYPE_CHECKING block of stubs here)
    show_message: Callable[[object], None]
    hide_message: Callable[[], None]
    reload_queues: Callable[..., None]
    grouped: Callable[[], bool]
    _settings: Callable[[], QSettings]

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate under the workspace's context, else this mixin's: lupdate files the
        strings written here under ``QueueActions``, while PySide's ``tr`` looks only under the
        class of ``self`` (``QueueWorkspace``), so these (plural forms included) were missed."""
        plain = QCoreApplication.translate("", text, disambiguation, n)
        for context in (type(self).__name__, "QueueActions"):
            out = QCoreApplication.translate(context, text, disambiguation, n)
            if out != plain:
                return out
        return plain

    # attributes the workspace provides
    ctx: Any
    service: Any
    runner: Any
    model: Any
    view: Any
    info: QueueInfo | None
    key: str | None
    definition: Any
    ref: Any
    take_next_action: Any
    grouped_view: Any
    incident_activated: Any
    last_export: ExportResult | None
    export_token: CancelToken | None
    bulk_token: CancelToken | None
    message: Any
    _bulk_notice_text: str | None = None  # the bulk message on show, while it is
    _bulk_notice_watched = False
    # and, from QWidget and the workspace: tr(), show_message(), reload_queues(), grouped()

    # -- saving queues -------------------------------------------------------------------------
    def save_queue(self) -> None:
        info = self.info
        if info is None or not info.editable or info.version is None:
            self.save_queue_as()
            return
        key, version, definition = info.key, info.version, self.definition
        self.runner.run(lambda: self.service.update(key, version, definition=definition),
                            self._saved, self.show_message)

    def save_queue_as(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save queue"), self.tr("&Name:"))
        if ok:
            self.save_personal(name)

    def save_personal(self, name: str) -> None:
        definition = self.definition

        def done(info: QueueInfo) -> None:
            self.info = info
            self.key = info.key
            self.show_message(self.tr("Saved as '{name}' under My queues.").format(
                name=info.name))
            self.reload_queues()
            self._settings().setValue("last_queue", info.key)

        self.runner.run(lambda: self.service.save_personal(name, definition), done,
                            self.show_message)

    def rename_queue(self) -> None:
        info = self.info
        if info is None or not info.editable or info.version is None:
            self.show_message(info.why_not if info is not None and info.why_not else
                              self.tr("Built-in queues cannot be renamed; use Save as."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename queue"), self.tr("&Name:"),
                                        text=info.name)
        if ok:
            key, version = info.key, info.version
            self.runner.run(lambda: self.service.update(key, version, name=name),
                                self._saved, self.show_message)

    def share_queue(self) -> None:
        info = self.info
        if info is None or not info.editable or info.version is None:
            self.show_message(self.tr("Save the queue as your own first, then share it."))
            return
        labels = [self.tr("(personal, not shared)")] + [t.label for t in self.ref.teams]
        label, ok = QInputDialog.getItem(self, self.tr("Share queue"), self.tr("&Team:"),
                                         labels, 0, False)
        if ok:
            team = next((t.id for t in self.ref.teams if t.label == label), None)
            key, version = info.key, info.version
            self.runner.run(lambda: self.service.share(key, version, team), self._saved,
                                self.show_message)

    def delete_queue(self) -> None:
        info = self.info
        if info is None or info.version is None or not info.editable:
            self.show_message(info.why_not if info is not None and info.why_not else
                              self.tr("Built-in queues cannot be deleted."))
            return
        key, version = info.key, info.version

        def done(_: object) -> None:
            self.show_message(self.tr("Queue '{name}' deleted.").format(name=info.name))
            self.reload_queues(open_key="my_open")

        self.runner.run(lambda: self.service.delete(key, version), done, self.show_message)

    def _saved(self, info: QueueInfo) -> None:
        self.info = info
        self.key = info.key
        self.reload_queues()

    # -- working the queue ---------------------------------------------------------------------
    def take_next(self) -> None:
        queue = self.model.queue
        if queue is None:
            return
        self.take_next_action.setEnabled(False)

        def done(dto: Any) -> None:
            self.take_next_action.setEnabled(True)
            if dto is None:
                self.show_message(self.tr("Nothing left to take in this queue."))
                return
            self.show_message(self.tr("{number} is yours now.").format(number=dto.number))
            self.ctx.bus.publish(Changes("incident", frozenset({dto.id})))
            self.incident_activated.emit(dto.id)

        def failed(exc: BaseException) -> None:
            self.take_next_action.setEnabled(True)
            self.show_message(exc)

        def taken(dto: Any) -> None:
            if cancelled(dto):
                self.take_next_action.setEnabled(True)
            else:
                done(dto)

        service = self.service
        run_for_me(self, self.runner, self.ctx.services.preferences.my_teams,
                   lambda team: service.take_next(queue, team), taken, failed)

    def assign_selection_to_me(self) -> None:
        """Assign to me (Ctrl+M): every selected row becomes the person's, each by its kind's
        rules; rows that cannot be (another team's) are listed in the report."""
        self._hide_bulk_notice()
        service, preferences = self.service, self.ctx.services.preferences

        def chosen(targets: list[BulkTarget]) -> None:
            def done(report: Any) -> None:
                if cancelled(report):
                    return
                changed = frozenset(o.id for o in report.outcomes if o.outcome == "ok")
                if changed:
                    self.ctx.bus.publish(Changes("incident", changed))
                if report.failed:
                    self._bulk_done(report)
                else:
                    self.show_message(self.tr("%n item(s) assigned to you.", "",
                                              report.ok + report.unchanged))

            run_for_me(self, self.runner, preferences.my_teams,
                       lambda team: service.assign_to_me(targets, team), done,
                       self._bulk_notice)

        self.collect_targets(chosen)

    def selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as (first, last) spans, merged and in order.

        Read from the selection's ranges, never row by row: a select-all over 6,000 rows cost
        440 ms on the UI thread through ``selectedRows()`` and the rows' data.
        """
        ranges = sorted((r.top(), r.bottom()) for r in self.view.selectionModel().selection())
        spans: list[tuple[int, int]] = []
        for top, bottom in ranges:
            if spans and top <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], bottom))
            else:
                spans.append((top, bottom))
        return spans

    def selection_size(self) -> int:
        return sum(last - first + 1 for first, last in self.selected_spans())

    def selection_too_large(self) -> bool:
        return self.selection_size() > MAX_BULK

    def collect_targets(self, done: Callable[[list[BulkTarget]], None]) -> None:
        """Every selected row, with ids and versions read off the UI thread for rows the
        view has not loaded. The size is checked first, from the selection's ranges."""
        if self.grouped():  # the rows selected in open groups are loaded
            rows = self.grouped_view.selected_rows()
            if not rows:
                self._bulk_notice(self.tr("Select the incidents first (Shift or Ctrl + click)."))
            elif len(rows) > MAX_BULK:
                self._bulk_notice(self.tr("Bulk actions work on up to %Ln item(s) at a time; "
                                          "narrow the selection.", "", MAX_BULK))
            else:
                done([BulkTarget.of(r) for r in rows])
            return
        spans = self.selected_spans()
        size = sum(last - first + 1 for first, last in spans)
        queue = self.model.queue
        if size == 0 or queue is None:
            self._bulk_notice(self.tr("Select the incidents first (Shift or Ctrl + click)."))
            return
        if size > MAX_BULK:
            self._bulk_notice(self.tr("Bulk actions work on up to %Ln item(s) at a time; "
                                      "narrow the selection.", "", MAX_BULK))
            return
        # (row, target) for loaded rows; (first, last) spans of rows still to read
        known: list[tuple[int, BulkTarget]] = []
        missing: list[tuple[int, int]] = []
        for first, last in spans:
            gap: int | None = None
            for row in range(first, last + 1):
                loaded = self.model.row_at(row)
                if loaded is None:
                    gap = row if gap is None else gap
                    continue
                if gap is not None:
                    missing.append((gap, row - 1))
                    gap = None
                known.append((row, BulkTarget.of(loaded)))
            if gap is not None:
                missing.append((gap, last))
        if not missing:
            done([t for _, t in known])
            return
        windows = [self.model.window_for(first, last) for first, last in missing]
        service = self.service

        def merged(found: list[list[BulkTarget]]) -> None:
            by_row = list(known)
            for (first, _last), targets in zip(missing, found, strict=True):
                by_row.extend((first + n, t) for n, t in enumerate(targets))
            by_row.sort(key=lambda pair: pair[0])
            seen: set[Any] = set()
            out = []
            for _, target in by_row:  # rows that moved meanwhile may be read twice
                if target.id not in seen:
                    seen.add(target.id)
                    out.append(target)
            done(out)

        self.runner.run(lambda: service.targets(queue, windows), merged, self._bulk_notice)

    def bulk_dialog(self, action: str) -> None:
        """Collect the selection, then open the action's dialog on it, with what it plans
        with read off the UI thread: the teams' members for a team change (who keeps an
        assignee), the resolution codes on offer for a status change."""
        self._hide_bulk_notice()
        service, codes = self.service, self.ctx.services.resolution_codes

        def extras() -> tuple[Members, list[ResolutionCodeDTO]]:
            if action in ("assign", "team"):
                return service.team_memberships(), []
            return {}, codes.active() if action == "status" else []

        def chosen(targets: list[BulkTarget]) -> None:
            if not targets:
                self._bulk_notice(self.tr("Select the incidents first (Shift or Ctrl + click)."))
                return
            allowed = service.bulk_options(targets)  # what every selected kind allows
            if not allowed.allows(action):
                refused = sorted(k for k in allowed.kinds
                                 if action not in REGISTRY[k].bulk_fields)
                self._bulk_notice(self.tr(
                    "This bulk change does not apply to {kinds}; select other rows.").format(
                        kinds=", ".join(tr_label(REGISTRY[k].plural) for k in refused)
                        or self.tr("the selected rows")))
                return

            def opened(found: tuple[Members, list[ResolutionCodeDTO]]) -> None:
                dialog = BulkDialog(action, targets, self.ref, found[0], found[1], self)
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dialog.accepted.connect(lambda: self.run_bulk(action, targets, dialog.change()))
                dialog.open()

            self.runner.run(extras, opened, self._bulk_notice)

        self.collect_targets(chosen)

    def run_bulk(self, action: str, targets: list[BulkTarget], change: BulkChange) -> None:
        if len(targets) > MAX_BULK:
            self._bulk_notice(self.tr("Bulk actions work on up to %Ln item(s) at a time; "
                                      "narrow the selection.", "", MAX_BULK))
            return
        self._hide_bulk_notice()
        service = self.service
        self.bulk_progress, self.bulk_token = self._run_cancellable(
            self.tr("Bulk change"),
            self.tr("Changing %Ln item(s)…", "", len(targets)), len(targets),
            lambda report, stop: service.bulk_change(action, targets, change, progress=report,
                                                     should_stop=stop),
            self._bulk_done, self._bulk_notice)

    # -- bulk messages: shown until their cause is gone ----------------------------------
    def _bulk_notice(self, message: object) -> None:
        """A bulk message (nothing selected, too many, refused, failed) stays until the
        selection changes or the next bulk action starts: then it is about nothing."""
        self.show_message(message)
        self._bulk_notice_text = self.message.text()
        if not self._bulk_notice_watched:
            self.view.selectionModel().selectionChanged.connect(self._hide_bulk_notice)
            self._bulk_notice_watched = True

    def _hide_bulk_notice(self, *_args: object) -> None:
        text, self._bulk_notice_text = self._bulk_notice_text, None
        if text is not None and self.message.isVisible() and self.message.text() == text:
            self.hide_message()

    def _run_cancellable(self, title: str, label: str, total: int,
                         work: Callable[[Progress, ShouldStop], Any],
                         on_done: Callable[[Any], None],
                         on_failed: Callable[[BaseException], None] | None = None,
                         ) -> tuple[QProgressDialog, CancelToken]:
        """``work(progress, should_stop)`` off the UI thread behind a window-modal progress
        dialog that appears once it takes a while; its Cancel (or Esc) stops the work."""
        progress = QProgressDialog(label, self.tr("Cancel"), 0, max(total, 1), self)
        progress.setWindowTitle(title)
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def moved(done_rows: int, all_rows: int) -> None:
            progress.setMaximum(max(all_rows, 1))
            progress.setValue(min(done_rows, max(all_rows, 1)))

        def ended() -> None:
            progress.reset()
            progress.deleteLater()  # a new one is made for the next run

        def done(result: Any) -> None:
            ended()
            on_done(result)

        def failed(exc: BaseException) -> None:
            ended()
            (on_failed or self.show_message)(exc)

        token = self.runner.run_with_progress(
            lambda token, report: work(report, lambda: token.cancelled), done, failed, moved)
        progress.canceled.connect(token.cancel)
        # Esc rejects the dialog; QProgressDialog emits canceled for it only sometimes (about
        # one run in five offscreen the dialog hid and the work went on): rejected always comes
        progress.rejected.connect(token.cancel)
        return progress, token

    def _bulk_done(self, report: BulkReport) -> None:
        self._last_report = report
        self.report_dialog = BulkReportDialog(report, self)
        self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog.show()
        changed = frozenset(o.id for o in report.outcomes if o.outcome == "ok")
        if changed:
            self.ctx.bus.publish(Changes("incident", changed))

    # -- export -----------------------------------------------------------------------------
    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export queue"), str(Path.home() / "queue.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        queue = self.model.queue
        if queue is None:
            return
        definition = self.definition
        total = max(self.model.rowCount(), 1)

        def exported(result: ExportResult) -> None:
            self.last_export = result
            if result.cancelled:
                self.show_message(self.tr("Export cancelled; no file was written."))
            else:
                self.show_message(self.tr("Exported %Ln item(s) to {path}.", "",
                                          result.rows).format(path=result.path))

        self.export_progress, self.export_token = self._run_cancellable(
            self.tr("Export"), self.tr("Exporting %Ln item(s)…", "", total),
            total, lambda report, stop: self.service.export(
                queue, definition, path, progress=report, should_stop=stop), exported)
