"""File > Import…: pick a file, map its columns, check it with a dry run, then import.

The pages drive :mod:`deskapp.services.importing` through the runner (never on the UI thread
for the dry run and the import); the column mapping is remembered per kind of import
(QSettings) and can be saved to and loaded from a mapping file (docs/import.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from deskapp.domain.importing.mapping import ColumnMapping, fields_for
from deskapp.domain.importing.values import DateOrder
from deskapp.errors import DeskAppError
from deskapp.services.dto import Changes
from deskapp.services.importing.incidents import ImportOptions, IncidentImporter
from deskapp.services.importing.reader import FileShape, preview
from deskapp.services.importing.reference import ReferenceImporter
from deskapp.ui import theme
from deskapp.ui.labels import count_text
from deskapp.ui.queues.model import while_alive
from deskapp.ui.workers import Cancelled, CancelToken, user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext

SETTINGS_KEY = "import/mapping/{kind}"
PREVIEW_ROWS = 20
#: Progress over both phases: reading the file (bytes) then writing (incidents), 0..1000.
SCALE = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class ImportWizard(QWizard):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(900, 620)
        self.shape: FileShape | None = None
        self.rows: list[list[str]] = []
        self.loaded: ColumnMapping | None = None  # from a mapping file
        self.token: CancelToken | None = None
        self.source_page = SourcePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for page in (self.source_page, self.columns_page, self.check_page, self.run_page):
            self.addPage(page)
        self.rejected.connect(self.cancel_work)

    # -- what the pages chose -------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.source_page.kind.currentData())

    @property
    def path(self) -> Path:
        return Path(self.source_page.path.text().strip()).expanduser()

    def mapping(self) -> ColumnMapping:
        base = self.loaded if self.loaded is not None and self.loaded.kind == self.kind \
            else ColumnMapping(kind=self.kind)
        return ColumnMapping(kind=self.kind, columns=self.columns_page.chosen(),
                             values=base.values, source=base.source,
                             date_order=base.date_order, zone=base.zone)

    def start(self, *, dry_run: bool, done: Callable[[Any], None],
              failed: Callable[[BaseException], None], moved: Callable[[int, int], None]) -> None:
        mapping = self.mapping()
        kind, path = self.kind, self.path
        uow, actor = self.ctx.database.uow, self.ctx.services.actor
        page = self.source_page
        order = page.order.currentData()
        options = ImportOptions(
            format=str(page.format.currentData()), mapping=mapping, dry_run=dry_run,
            zone=page.zone.text().strip() or None,
            date_order=DateOrder(order) if order else None)

        def work(token: CancelToken, report: Callable[[int, int], None]) -> Any:
            def progress(phase: str, done_: int, total: int) -> None:
                share = int(SCALE / 2 * done_ / max(total, 1))
                report(share if phase == "Reading" else SCALE // 2 + share, SCALE)

            def stop() -> bool:
                return token.cancelled

            if kind == "incidents":
                return IncidentImporter(uow, actor=actor).run(
                    path, options, progress=progress, should_stop=stop)
            return ReferenceImporter(uow, actor).run(kind, path, mapping=mapping,
                                                     dry_run=dry_run, progress=progress,
                                                     should_stop=stop)

        # the wizard may be closed while the database works: late callbacks are dropped
        self.token = self.ctx.runner.run_with_progress(
            work, while_alive(self, done), while_alive(self, failed), while_alive(self, moved))

    def cancel_work(self) -> None:
        if self.token is not None:
            self.token.cancel()

    def remember(self) -> None:
        QSettings().setValue(SETTINGS_KEY.format(kind=self.kind), self.mapping().dumps())

    def remembered(self) -> ColumnMapping | None:
        text = QSettings().value(SETTINGS_KEY.format(kind=self.kind))
        if not text:
            return None
        try:
            return ColumnMapping.loads(str(text))
        except DeskAppError:
            return None


class SourcePage(QWizardPage):
    """The file, what it holds, and how to read its dates and times."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV export of another tool, or ServiceNow's incident "
                                 "export. Nothing is written before the last page."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Path of the exported file"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind = QComboBox()
        for key, label in (("incidents", self.tr("Incidents with their history")),
                           ("callers", self.tr("Callers")),
                           ("organisations", self.tr("Organisations")),
                           ("cis", self.tr("Configuration items")),
                           ("services", self.tr("Services"))):
            self.kind.addItem(label, key)
        self.format = QComboBox()
        self.format.addItem(self.tr("CSV"), "csv")
        self.format.addItem(self.tr("ServiceNow incident export"), "servicenow")
        self.kind.currentIndexChanged.connect(
            lambda: self.format.setEnabled(self.kind.currentData() == "incidents"))
        self.order = QComboBox()
        self.order.addItem(self.tr("Detect from the file"), None)
        self.order.addItem(self.tr("Day first (31/12/2016)"), DateOrder.DAY_FIRST.value)
        self.order.addItem(self.tr("Month first (12/31/2016)"), DateOrder.MONTH_FIRST.value)
        self.zone = QLineEdit()
        self.zone.setPlaceholderText(self.tr("The desk's zone"))
        uow = self.w.ctx.database.uow
        self.w.ctx.runner.run(lambda: IncidentImporter(uow).desk_zone(), while_alive(
            self, lambda zone: self.zone.setPlaceholderText(
                self.tr("The desk's zone ({zone})").format(zone=zone))))
        mapping_row = QHBoxLayout()
        load = QPushButton(self.tr("&Load mapping…"))
        load.clicked.connect(self.load_mapping)
        self.mapping_label = QLabel(self.tr("Columns found by their usual names"))
        mapping_row.addWidget(self.mapping_label, 1)
        mapping_row.addWidget(load)
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.error_style())
        form = QFormLayout(self)
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, row)
        form.addRow(self.tr("&What:"), self.kind)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("&Dates:"), self.order)
        form.addRow(self.tr("Time &zone:"), self.zone)
        form.addRow(self.tr("Mapping:"), mapping_row)
        form.addRow(self.error)
        for label_of, field in ((self.kind, "kind"), (self.format, "format"),
                                (self.order, "order"), (self.zone, "zone")):
            label_of.setObjectName(f"import_{field}")

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from"), str(Path.home()),
            self.tr("Exports (*.csv *.txt *.tsv);;All files (*)"))
        if name:
            self.path.setText(name)

    def load_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), str(Path.home()),
                                              self.tr("Mapping files (*.json)"))
        if name:
            self.load_mapping_file(Path(name))

    def load_mapping_file(self, path: Path) -> None:
        try:
            mapping = ColumnMapping.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, DeskAppError) as exc:
            self.error.setText(user_message(exc) if isinstance(exc, DeskAppError) else
                               self.tr("Cannot read {path}.").format(path=path))
            return
        self.w.loaded = mapping
        self.kind.setCurrentIndex(max(self.kind.findData(mapping.kind), 0))
        if mapping.date_order:
            self.order.setCurrentIndex(max(self.order.findData(mapping.date_order.value), 0))
        if mapping.zone:
            self.zone.setText(mapping.zone)
        self.mapping_label.setText(self.tr("Mapping from {name}").format(name=path.name))
        self.error.clear()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Read the file's shape and first rows (a megabyte at most) before mapping."""
        try:
            self.w.shape, self.w.rows = preview(self.w.path, PREVIEW_ROWS)
        except DeskAppError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        return True


class ColumnsPage(QWizardPage):
    """The file's first rows, and which column feeds which field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Fields marked * are needed. The mapping is remembered for "
                                 "the next import of this kind."))
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fields = QTableWidget(0, 2)
        self.fields.setObjectName("importFields")
        self.fields.setHorizontalHeaderLabels([self.tr("DeskApp field"), self.tr("Column")])
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        save = QPushButton(self.tr("&Save mapping…"))
        save.clicked.connect(self.save_mapping)
        self.shape_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.shape_label, 1)
        bottom.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.fields, 2)
        layout.addLayout(bottom)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        shape = self.w.shape
        assert shape is not None
        self.preview.clear()
        self.preview.setColumnCount(len(shape.headers))
        self.preview.setRowCount(len(self.w.rows))
        self.preview.setHorizontalHeaderLabels(list(shape.headers))
        for r, cells in enumerate(self.w.rows):
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text.replace("\n", " ⏎ ")[:200]))
        separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"),
                     "|": self.tr("bar")}.get(shape.separator, shape.separator)
        self.shape_label.setText(self.tr("{encoding}, separated by {separator}, {n} columns")
                                 .format(encoding=shape.encoding, separator=separator,
                                         n=len(shape.headers)))
        start = self.w.loaded if self.w.loaded is not None and \
            self.w.loaded.kind == self.w.kind else self.w.remembered()
        try:
            found = (start or ColumnMapping(kind=self.w.kind)).resolve(shape.headers)
        except DeskAppError:  # a remembered mapping made for another export
            found = ColumnMapping(kind=self.w.kind).resolve(shape.headers)
        specs = fields_for(self.w.kind)
        self.fields.setRowCount(len(specs))
        self.combos = {}
        for r, spec in enumerate(specs):
            label = QTableWidgetItem(f"{spec.label} *" if spec.required else spec.label)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.fields.setItem(r, 0, label)
            combo = QComboBox()
            combo.setObjectName(f"map_{spec.key}")
            combo.addItem(self.tr("(not imported)"), -1)
            for c, header in enumerate(shape.headers):
                combo.addItem(header, c)
            combo.setCurrentIndex(combo.findData(found.get(spec.key, -1)))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.fields.setCellWidget(r, 1, combo)
            self.combos[spec.key] = combo
        self.fields.resizeColumnToContents(0)

    def chosen(self) -> dict[str, str]:
        shape = self.w.shape
        assert shape is not None
        return {key: shape.headers[int(combo.currentData())]
                for key, combo in self.combos.items() if int(combo.currentData()) >= 0}

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        chosen = self.chosen() if self.combos else {}
        return all(spec.key in chosen for spec in fields_for(self.w.kind) if spec.required)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.w.remember()
        return True

    def save_mapping(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save mapping"),
                                              str(Path.home() / "mapping.json"),
                                              self.tr("Mapping files (*.json)"))
        if name:
            self.save_mapping_to(Path(name))

    def save_mapping_to(self, path: Path) -> None:
        path.write_text(self.w.mapping().dumps(), encoding="utf-8")


class _RunningPage(QWizardPage):
    """A page that runs the import (or its dry run) with a progress bar and a result."""

    dry_run = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.finished = False
        self.summary: Any = None
        self.bar = QProgressBar()
        self.bar.setRange(0, SCALE)
        self.result = QLabel()
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(
            [_tr("Line"), _tr("Number"), _tr("Kind"), _tr("Reason")])
        self.problems.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.bar)
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.problems, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.finished, self.summary = False, None
        self.bar.setValue(0)
        self.result.setText(_tr("Checking every row…") if self.dry_run else
                            _tr("Importing…"))
        self.problems.setRowCount(0)
        self.completeChanged.emit()
        self.w.start(dry_run=self.dry_run, done=self.done, failed=self.failed,
                     moved=lambda done, _total: self.bar.setValue(done))

    def done(self, summary: Any) -> None:
        self.finished, self.summary = True, summary
        self.bar.setValue(SCALE)
        self.result.setText(self.describe(summary.to_json()))
        problems = [(p, _tr("Rejected")) for p in summary.rejected] + \
            [(p, _tr("Warning")) for p in summary.warnings]
        self.problems.setRowCount(len(problems))
        for r, (p, what) in enumerate(problems):
            for c, text in enumerate((str(p.line), p.external_id or "", what, p.reason)):
                self.problems.setItem(r, c, QTableWidgetItem(text))
        self.problems.resizeColumnsToContents()
        self.completeChanged.emit()

    def failed(self, exc: BaseException) -> None:
        self.finished = False
        self.result.setText(_tr("Import cancelled; nothing was written.")
                            if isinstance(exc, Cancelled) else user_message(exc))
        self.completeChanged.emit()

    def describe(self, data: dict[str, Any]) -> str:
        raise NotImplementedError

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.finished


class CheckPage(_RunningPage):
    dry_run = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check (dry run)"))
        self.setSubTitle(self.tr("Every row is read and checked; nothing is written. Rows "
                                 "listed as rejected will be left out."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def describe(self, data: dict[str, Any]) -> str:
        return self.tr("Rows read: {rows}; rejected: {rejected}. Incidents or records: "
                       "{created} to create, {updated} to update, {unchanged} "
                       "unchanged.").format(rows=count_text(data["rows_read"]),
                                           **_counts(data))


class RunPage(_RunningPage):
    dry_run = False

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Whole incidents are written in batches; Cancel stops after "
                                 "the current batch, and importing the file again finishes "
                                 "the rest."))
        self.cancel = QPushButton(self.tr("&Stop import"))
        self.cancel.setObjectName("importStop")
        self.cancel.clicked.connect(self.w.cancel_work)
        self.layout_.insertWidget(1, self.cancel)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.cancel.setEnabled(True)
        super().initializePage()

    def done(self, summary: Any) -> None:
        self.cancel.setEnabled(False)
        super().done(summary)
        if self.w.kind == "incidents":
            self.w.ctx.bus.publish(Changes("incident", created=True))

    def failed(self, exc: BaseException) -> None:
        self.cancel.setEnabled(False)
        super().failed(exc)

    def describe(self, data: dict[str, Any]) -> str:
        text = self.tr("Stopped: the batches written are whole; import the file again to "
                       "finish. ") if data.get("cancelled") else ""
        return text + self.tr("Rows read: {rows}; rejected: {rejected}. {created} created, "
                              "{updated} updated, {unchanged} unchanged.").format(
            rows=count_text(data["rows_read"]), **_counts(data))


def _counts(data: dict[str, Any]) -> dict[str, str]:
    return {k: count_text(int(data[k])) for k in ("created", "updated", "unchanged",
                                                  "rejected")}
