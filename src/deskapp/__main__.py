"""``python -m deskapp`` starts the desktop app, like the ``deskapp`` launcher.

The administration commands stay on ``deskapp-admin`` (``python -m deskapp.cli``).
"""

from __future__ import annotations

import sys


def main() -> int:
    from deskapp.startup import hold_collector

    hold_collector()  # before the app's imports (deskapp.startup)
    from deskapp.app import main as app_main  # imported late: Qt loads only when the app starts

    return int(app_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
