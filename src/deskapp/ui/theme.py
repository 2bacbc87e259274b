"""Light and dark: DeskApp follows the operating system's colour scheme, or the person's choice.

*System* leaves the platform's own style and palette alone (Windows 11, macOS and current Linux
desktops switch them with the OS setting; Qt 6 follows). *Light* and *Dark* use the Fusion
style with a palette of their own, on every platform. The few colours DeskApp sets itself (SLA
states in queues, error and success sentences, hints) come from here in a light and a dark
variant, each checked for contrast (WCAG 2 ratio of at least 4.5 for text on its background,
tests/gui/test_theme.py).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SETTING = "appearance"


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


#: state -> (light background, dark background); text keeps the palette's own colour.
SLA_BACKGROUNDS: dict[str, tuple[str, str]] = {
    "ok": ("#d8f0d8", "#1e3b24"),
    "warning": ("#fff1c2", "#4a3b0a"),
    "breached": ("#f8d0d0", "#5c1d1d"),
    "paused": ("#dfe3ea", "#30343c"),
}
#: what the sentences say: (light, dark)
ERROR = ("#b3261e", "#ff8a80")
SUCCESS = ("#17692f", "#81c995")
MUTED = ("#555555", "#b4b4b4")
BANNER = (("#fff4ce", "#3b2f00"), ("#4a3b0a", "#ffe9a8"))  # (background, text) light, dark
# (background, border) of a form's error banner, light and dark; ERROR reads on it at 4.5:1
ERROR_BANNER = (("#fdecea", "#f5c2c0"), ("#3d1a1a", "#7a3030"))

_state: dict[str, object] = {"dark": False, "brushes": {}}


def chosen(settings: QSettings | None = None) -> Appearance:
    value = str((settings or QSettings()).value(SETTING, Appearance.SYSTEM.value))
    try:
        return Appearance(value)
    except ValueError:
        return Appearance.SYSTEM


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128  # a platform that does not say: judge by its palette


def dark_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2d30", roles.WindowText: "#e8e8e8", roles.Base: "#1f2023",
        roles.AlternateBase: "#2a2c30", roles.ToolTipBase: "#3a3d41",
        roles.ToolTipText: "#f0f0f0", roles.PlaceholderText: "#9a9a9a", roles.Text: "#e8e8e8",
        roles.Button: "#34373b", roles.ButtonText: "#e8e8e8", roles.BrightText: "#ff6b6b",
        roles.Light: "#4a4d52", roles.Midlight: "#3d4045", roles.Mid: "#2f3236",
        roles.Dark: "#1b1c1f", roles.Shadow: "#000000", roles.Highlight: "#3d7bd9",
        roles.HighlightedText: "#ffffff", roles.Link: "#8ab4f8", roles.LinkVisited: "#c58af9",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#7a7a7a"))
    return p


def apply(app: QApplication, appearance: Appearance | None = None) -> bool:
    """Set the look; returns whether it is dark. Call again when the choice changes."""
    appearance = appearance or chosen()
    if appearance is Appearance.SYSTEM:
        QGuiApplication.styleHints().unsetColorScheme()
        dark = system_is_dark()
    else:
        dark = appearance is Appearance.DARK
        QGuiApplication.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
        app.setPalette(dark_palette() if dark else style.standardPalette()
                       if style is not None else QPalette())
    _state["dark"] = dark
    _state["brushes"] = {state: QBrush(QColor(pair[1 if dark else 0]))
                         for state, pair in SLA_BACKGROUNDS.items()}
    return dark


def is_dark() -> bool:
    return bool(_state["dark"])


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if is_dark() else pair[0]


def sla_brush(state: str | None) -> QBrush | None:
    brushes = _state["brushes"]
    assert isinstance(brushes, dict)
    if not brushes:
        brushes.update({s: QBrush(QColor(pair[0])) for s, pair in SLA_BACKGROUNDS.items()})
    found = brushes.get(state or "")
    return found if isinstance(found, QBrush) else None


def error_style(extra: str = "") -> str:
    return f"color: {_pick(ERROR)};{extra}"


def error_colour() -> QColor:
    """The error text colour of the current appearance, for a model's ForegroundRole."""
    return QColor(_pick(ERROR))


def success_style(extra: str = "") -> str:
    return f"color: {_pick(SUCCESS)};{extra}"


def muted_style() -> str:
    return f"color: {_pick(MUTED)};"


def muted_colour() -> str:
    return _pick(MUTED)


def banner_style() -> str:
    background, text = BANNER[1 if is_dark() else 0]
    return f"QLabel {{ background: {background}; color: {text}; padding: 6px; }}"


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: str) -> QColor:
    """``colour`` as text on the current background: in dark mode lightened until it reads at
    4.5:1 against the base colour (reds stay red, only lighter)."""
    found = QColor(colour)
    if not is_dark():
        return found
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    for _ in range(12):
        if contrast(found, base) >= 4.5:
            break
        found = found.lighter(120)
    return found
