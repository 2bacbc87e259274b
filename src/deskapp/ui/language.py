"""The person's language choice (View > Language), read at start by ``install_translations``."""

from __future__ import annotations

from PySide6.QtCore import QSettings

SETTING = "language"
SYSTEM = "system"
LANGUAGES = (SYSTEM, "en", "de")  # "system" follows the OS locale


def chosen() -> str:
    """The language picked in View > Language, else "system" (also for an unknown value)."""
    value = str(QSettings().value(SETTING, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def choose(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    QSettings().setValue(SETTING, language)
