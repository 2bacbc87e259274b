"""Every user-visible string in the UI goes through Qt's translation (``self.tr`` or
``QCoreApplication.translate``): a literal passed straight to a widget text setter fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "deskapp" / "ui"

#: Qt calls whose first argument is shown to the person.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setTitle", "setLabelText", "showMessage", "addTab", "setTabText", "addMenu",
    "setWhatsThis", "setAccessibleName", "setHeaderLabels", "addRow", "information", "warning",
    "critical", "question",
}
TEXT_CLASSES = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
                "QToolButton", "QCommandLinkButton", "QMenu"}
#: Not words: empty, punctuation, format fields, numbers, symbols like "●" or "—".
NOT_WORDS = re.compile(r"^[\W\d_]*$|^\{[^}]*\}$")


def literal_texts(node: ast.Call) -> list[str]:
    texts = []
    for arg in node.args[:2]:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            texts.append(arg.value)
    return texts


def offending_calls(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else \
            func.id if isinstance(func, ast.Name) else ""
        if name not in TEXT_CALLS and name not in TEXT_CLASSES:
            continue
        for text in literal_texts(node):
            if text.strip() and not NOT_WORDS.match(text) and text != "DeskApp":
                found.append(f"{where}:{node.lineno}: {name}({text!r})")
    return found


def test_ui_texts_are_translatable() -> None:
    problems = [p for path in sorted(UI.rglob("*.py"))
                for p in offending_calls(path.read_text(encoding="utf-8"),
                                         str(path.relative_to(UI)))]
    assert not problems, "wrap these in self.tr(...):\n" + "\n".join(problems)


def test_the_checker_catches_a_bare_literal() -> None:
    source = "label = QLabel('Hello there')\nlabel.setText(self.tr('Fine'))\nx.setText('—')\n"
    assert offending_calls(source, "probe.py") == ["probe.py:1: QLabel('Hello there')"]
