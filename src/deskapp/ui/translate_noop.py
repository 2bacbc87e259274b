"""``QT_TRANSLATE_NOOP`` with the type it has at run time.

PySide6's stub declares the marker as returning ``object``; it returns the source text. lupdate
finds the marker by its name, so callers import this one under the same name."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's marker name
    return cast(str, _QT_TRANSLATE_NOOP(context, source))
