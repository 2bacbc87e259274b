"""An item's attachments: the Attachments tab lists them (name, size, who added them, when) and
adds files by the Add… button, by dropping them from the desktop or by pasting (a screenshot
from the clipboard becomes ``screenshot-YYYYMMDD-HHMMSS.png``); it opens, saves and removes the
one selected. Files travel to and from the database off the UI thread, in chunks, behind a
progress dialog that can cancel."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.attachments import EXECUTABLE_EXTENSIONS, extension, size_text
from deskapp.services.attachments import AttachmentDTO
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import CancelToken, user_message

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Name", "Size", "Added by", "Added")
#: Where Open puts a copy for the system's viewer (one folder per attachment).
OPEN_DIR = Path(tempfile.gettempdir()) / "deskapp-attachments"


def screenshot_name(at: datetime) -> str:
    return at.strftime("screenshot-%Y%m%d-%H%M%S.png")


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub lacks the QIODevice overload
    buffer.close()
    return bytes(data.data())


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drop or a paste carries (web links and folders are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


class AttachmentsModel(RowsModel[AttachmentDTO]):
    """One item's live attachments, fully loaded."""

    HEADERS = HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{row.file_name}\n{row.media_type}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.file_name, size_text(row.size), row.added_by,
                  row.added_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        return values[index.column()] if 0 <= index.column() < len(values) else None


@dataclass(frozen=True)
class _Pending:
    """A file about to be added: from disk (``path``) or from memory (``data``)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        try:
            return self.path.stat().st_size if self.path else 0
        except OSError:
            return 0


class AttachmentsTab(QWidget):
    """After :meth:`bind` the tab adds, opens, saves and removes through the attachment service.
    ``message`` carries sentences for the form's status line; ``changed`` fires after an add or
    a removal (the item's history has a new event)."""

    message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.model = AttachmentsModel(self)
        self.table = read_only_table("attachmentsTable", (260, 80, 150))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button = self._button("addAttachment", self.tr("&Add file…"), self.ask_files)
        self.add_button.setToolTip(self.tr("Attach files (Ctrl+Shift+A); you can also drop "
                                           "files here or paste a screenshot (Ctrl+V)."))
        self.open_button = self._button("openAttachment", self.tr("&Open"), self.open_selected)
        self.save_button = self._button("saveAttachment", self.tr("Sav&e as…"),
                                        self.save_selected)
        self.remove_button = self._button("removeAttachment", self.tr("Re&move"),
                                          self.remove_selected)
        for name, text, keys, slot in (
                ("attachFiles", self.tr("Attach files (Attachments tab)"),
                 QKeySequence("Ctrl+Shift+A"), self.ask_files),
                ("pasteAttachment",
                 self.tr("Attach the screenshot or files on the clipboard (Attachments tab)"),
                 QKeySequence(QKeySequence.StandardKey.Paste), self.paste)):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.question: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self._item_id: Callable[[], uuid.UUID | None] = lambda: None
        self.set_attachments([])

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def bind(self, service: Any, runner: Any, item_id: Callable[[], uuid.UUID | None]) -> None:
        """Work through ``service`` (AttachmentService) on ``runner`` for the item ``item_id()``
        names (the form's current item)."""
        self._service, self._runner, self._item_id = service, runner, item_id

    def item_id(self) -> uuid.UUID | None:
        return self._item_id()

    def refresh(self) -> None:
        item_id = self._item_id()
        if item_id is None:
            self.set_attachments([])
            return
        service = self._service

        def done(rows: list[AttachmentDTO]) -> None:
            if self._item_id() == item_id:
                self.set_attachments(rows)

        self._runner.run(lambda: service.attachments(item_id), done, self._failed)

    def set_attachments(self, rows: Sequence[AttachmentDTO]) -> None:
        self.model.set_rows(rows)
        self._selection_changed()

    def selected(self) -> AttachmentDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(user_message(exc))

    # -- adding ----------------------------------------------------------------------------
    def ask_files(self) -> None:
        if self._item_id() is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        self._add([_Pending(p.name, path=p) for p in paths])

    def add_image(self, image: QImage, at: datetime | None = None) -> None:
        """A pasted screenshot, saved as PNG."""
        self._add([_Pending(screenshot_name(at or datetime.now()), data=png_bytes(image))])

    def paste(self) -> None:
        if self._item_id() is None:
            return
        mime = QGuiApplication.clipboard().mimeData()
        files = local_files(mime) if mime is not None else []
        if files:
            self.add_files(files)
        elif mime is not None and mime.hasImage():
            self.add_image(QImage(mime.imageData()))
        else:
            self.message.emit(self.tr("The clipboard holds no picture or file to attach; copy "
                                      "a screenshot or a file first."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        # Override QWidget::dragEnterEvent
        mime = event.mimeData()
        if self._item_id() is not None and (local_files(mime) or mime.hasImage()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        # Override QWidget::dropEvent
        mime = event.mimeData()
        files = local_files(mime)
        if self._item_id() is None or not (files or mime.hasImage()):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if files:
            self.add_files(files)
        else:
            self.add_image(QImage(mime.imageData()))

    def _add(self, pending: list[_Pending]) -> None:
        """Check every file first (type, size), ask about programs, then add the rest."""
        item_id, service = self._item_id(), self._service
        if item_id is None or not pending:
            return

        def check() -> tuple[list[_Pending], list[str], list[str]]:
            ok: list[_Pending] = []
            warnings: list[str] = []
            refused: list[str] = []
            for file in pending:
                try:
                    checked = service.check(file.name, file.size)
                except Exception as exc:  # noqa: BLE001 - each refusal becomes a sentence
                    refused.append(user_message(exc))
                    continue
                ok.append(file)
                if checked.warning:
                    warnings.append(checked.warning)
            return ok, warnings, refused

        def checked(result: tuple[list[_Pending], list[str], list[str]]) -> None:
            ok, warnings, refused = result
            if refused:
                self.message.emit(" ".join(refused))
            if not ok:
                return
            if warnings:
                self._ask(self.tr("Attach a program?"),
                          "\n\n".join(warnings) + "\n\n" + self.tr("Attach anyway?"),
                          self.tr("&Attach anyway"), lambda: self._store(item_id, ok))
            else:
                self._store(item_id, ok)

        self._runner.run(check, checked, self._failed)

    def _store(self, item_id: uuid.UUID, files: list[_Pending]) -> None:
        service = self._service
        total = sum(f.size for f in files) or 1

        def work(token: CancelToken, report: Callable[[int, int], None]) -> list[AttachmentDTO]:
            added: list[AttachmentDTO] = []
            before = 0
            for file in files:
                def moved(done: int, whole: int, base: int = before, size: int = file.size,
                          ) -> None:
                    report(base + size * done // max(whole, 1), total)

                if file.data is not None:
                    added.append(service.add_bytes(item_id, file.name, file.data,
                                                   confirmed=True))
                else:
                    assert file.path is not None
                    added.append(service.add_file(
                        item_id, file.path, file_name=file.name, confirmed=True,
                        progress=moved, should_stop=lambda: token.cancelled))
                before += file.size
            return added

        def done(added: list[AttachmentDTO]) -> None:
            self.message.emit(self.tr("%n file(s) attached.", "", len(added)))
            self.refresh()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self.refresh()  # files before the one that failed are attached
            self.changed.emit()

        label = files[0].name if len(files) == 1 else \
            self.tr("%n file(s)", "", len(files))
        self._with_progress(self.tr("Attaching {name}…").format(name=label), work, done,
                            failed)

    # -- opening, saving, removing -----------------------------------------------------------
    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if extension(row.file_name) in EXECUTABLE_EXTENSIONS:
            self._ask(self.tr("Open a program?"),
                      self.tr("{name} is a program or script: opening it may run it on this "
                              "computer. Open it only if you trust where it came from.").format(
                          name=row.file_name), self.tr("&Open anyway"),
                      lambda: self._open(row))
        else:
            self._open(row)

    def _open(self, row: AttachmentDTO) -> None:
        folder = OPEN_DIR / row.id.hex
        folder.mkdir(parents=True, exist_ok=True)

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.message.emit(self.tr("No program opens {name} on this computer; use "
                                          "Save as… instead.").format(name=row.file_name))

        self._save(row, folder / row.file_name, opened)

    def save_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"),
                                              str(Path.home() / row.file_name))
        if name:
            self.save_to(row, Path(name))

    def save_to(self, row: AttachmentDTO, path: Path) -> None:
        def saved(result: Path) -> None:
            self.message.emit(self.tr("Saved {name}.").format(name=result.name))

        self._save(row, path, saved)

    def _save(self, row: AttachmentDTO, path: Path, then: Callable[[Path], None]) -> None:
        service = self._service

        def work(token: CancelToken, report: Callable[[int, int], None]) -> Path:
            return service.save_to(row.id, path, progress=report,  # type: ignore[no-any-return]
                                   should_stop=lambda: token.cancelled)

        self._with_progress(self.tr("Reading {name}…").format(name=row.file_name), work, then,
                            self._failed)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        service = self._service

        def remove() -> None:
            self._runner.run(lambda: service.remove(row.id, row.version), removed, self._failed)

        def removed(_result: object) -> None:
            self.message.emit(self.tr("Removed {name}.").format(name=row.file_name))
            self.refresh()
            self.changed.emit()

        self._ask(self.tr("Remove attachment?"),
                  self.tr("Remove {name} ({size}, added by {who})? It leaves the list; the "
                          "history keeps a record of the file and of who removed it.").format(
                      name=row.file_name, size=size_text(row.size), who=row.added_by),
                  self.tr("Re&move"), remove)

    # -- dialogs -------------------------------------------------------------------------------
    def _ask(self, title: str, text: str, yes: str, then: Callable[[], None]) -> None:
        """A window-modal question; ``then`` runs when the person chooses ``yes``."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("attachmentQuestion")
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_code: int) -> None:
            self.question = None
            if box.clickedButton() is accept:
                then()

        box.finished.connect(finished)
        self.question = box
        box.open()

    def _with_progress(self, label: str, work: Callable[..., Any],
                       on_done: Callable[[Any], None],
                       on_failed: Callable[[BaseException], None]) -> None:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        progress.setObjectName("attachmentProgress")
        progress.setWindowTitle(self.tr("Attachments"))
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def moved(done: int, total: int) -> None:
            progress.setValue(min(1000, 1000 * done // max(total, 1)))

        def ended() -> None:
            if self.progress is progress:
                self.progress = None
            progress.reset()
            progress.deleteLater()

        def done(result: Any) -> None:
            ended()
            on_done(result)

        def failed(exc: BaseException) -> None:
            ended()
            on_failed(exc)

        self.progress = progress
        token = self._runner.run_with_progress(work, done, failed, moved)
        progress.canceled.connect(token.cancel)
        progress.rejected.connect(token.cancel)  # Esc (see queues/actions.py)
