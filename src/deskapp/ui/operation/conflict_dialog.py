"""Someone else saved the incident first: choose, field by field, whose value stays.

Rows are every field where your form and their saved record differ. Fields only you changed
start on "keep mine", fields only they changed start on "take theirs", and fields you both
changed are marked and start on "keep mine" so you look at them. Nothing is dropped silently:
the re-save sends exactly the values chosen here on top of their version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole

FIELD, YOURS, THEIRS, CHOICE = range(4)


@dataclass(frozen=True)
class FieldConflict:
    field: str
    label: str
    mine: Any
    mine_text: str
    theirs: Any
    theirs_text: str
    both_changed: bool
    take_theirs: bool

    @property
    def chosen(self) -> Any:
        return self.theirs if self.take_theirs else self.mine


class ConflictModel(QAbstractTableModel):
    """Field | Yours | Theirs | Use theirs (checkable: checked = take theirs)."""

    HEADERS = (QT_TRANSLATE_NOOP("ConflictModel", "Field"),
               QT_TRANSLATE_NOOP("ConflictModel", "Yours"),
               QT_TRANSLATE_NOOP("ConflictModel", "Theirs"),
               QT_TRANSLATE_NOOP("ConflictModel", "Use theirs"))

    def __init__(self, rows: Sequence[FieldConflict], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    @property
    def rows(self) -> list[FieldConflict]:
        return list(self._rows)

    def set_all(self, take_theirs: bool) -> None:
        self._rows = [replace(r, take_theirs=take_theirs) for r in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, CHOICE))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Override QAbstractTableModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Override QAbstractTableModel::columnCount."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        """Override QAbstractItemModel::headerData."""
        if (role == _DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags: the last column is a checkbox."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOICE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.HEADERS):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (_DISPLAY, _TOOLTIP):
            if column == FIELD:
                text = row.label + (self.tr(" (both changed)") if row.both_changed else "")
            elif column == YOURS:
                text = row.mine_text or self.tr("(empty)")
            elif column == THEIRS:
                text = row.theirs_text or self.tr("(empty)")
            else:
                text = self.tr("theirs") if row.take_theirs else self.tr("mine")
            return text
        if role == _CHECK and column == CHOICE:
            return Qt.CheckState.Checked if row.take_theirs else Qt.CheckState.Unchecked
        if role == _FONT and row.both_changed:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: Any, role: int = _CHECK) -> bool:  # noqa: N802
        """Override QAbstractItemModel::setData: toggling the checkbox picks a side."""
        if not index.isValid() or index.column() != CHOICE or role != _CHECK:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        row = index.row()
        self._rows[row] = replace(self._rows[row], take_theirs=checked)
        self.dataChanged.emit(index, index)
        return True


class ConflictDialog(QDialog):
    """Shows the field-by-field choice; :meth:`chosen` gives the values to save."""

    def __init__(self, number: str, theirs_by: str, rows: Sequence[FieldConflict],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("{number} was changed by someone else").format(
            number=number))
        self.intro = intro = QLabel(self.tr(
            "{who} saved {number} after you opened it. For each field below choose whose "
            "value to keep (tick \"Use theirs\" or press Space on the row), then save again. "
            "Fields in bold were changed by both of you.").format(who=theirs_by,
                                                                 number=number))
        intro.setWordWrap(True)
        self.model = ConflictModel(rows, self)
        self.table = QTableView()
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((FIELD, 170), (YOURS, 230), (THEIRS, 230)):
            header.resizeSection(column, width)
        mine = QPushButton(self.tr("Keep all &mine"))
        mine.clicked.connect(lambda: self.model.set_all(False))
        theirs = QPushButton(self.tr("Take all &theirs"))
        theirs.clicked.connect(lambda: self.model.set_all(True))
        choose_row = QHBoxLayout()
        choose_row.addWidget(mine)
        choose_row.addWidget(theirs)
        choose_row.addStretch()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Save my choices"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Back to my edits"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(choose_row)
        layout.addWidget(self.buttons)
        self.resize(820, 380)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, CHOICE))

    def chosen(self) -> dict[str, Any]:
        """Field -> the value chosen for it."""
        return {row.field: row.chosen for row in self.model.rows}
