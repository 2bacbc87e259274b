"""Save a picture of one X11 window (the smoke test's screenshot of the bundled app).

    QT_QPA_PLATFORM=xcb python packaging/x11_grab.py WINDOW_ID OUT.png

WINDOW_ID is decimal or 0x hex, as xdotool prints it. Runs with any Python that has PySide6 (the
build venv); Qt's xcb platform reads the window's pixels from the X server, so no screenshot tool
needs to be installed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def grab(window: int, out: Path) -> tuple[int, int]:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        app = QGuiApplication(sys.argv[:1])  # noqa: F841  (kept alive until the grab is saved)
    platform = QGuiApplication.platformName()
    if platform != "xcb":
        raise SystemExit(f"x11_grab: needs QT_QPA_PLATFORM=xcb, not {platform}")
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        raise SystemExit("x11_grab: no X screen (is DISPLAY set?)")
    pixmap = screen.grabWindow(window)
    if pixmap.isNull():
        raise SystemExit(f"x11_grab: window {window:#x} could not be read")
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(out), "PNG"):
        raise SystemExit(f"x11_grab: cannot write {out}")
    return pixmap.width(), pixmap.height()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    width, height = grab(int(sys.argv[1], 0), Path(sys.argv[2]))
    print(f"{sys.argv[2]}: {width}x{height}")
