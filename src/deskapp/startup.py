"""The desktop app's start: Python's cycle collector held off while the app loads.

Loading the app creates hundreds of thousands of long-lived objects (SQLAlchemy's mappers of
every table, the services, the Qt wrappers of the first window), and the collector, left on,
walks them again and again as they pile up, for no garbage at all (measured 150-250 ms of a
1.5-1.7 s start in one sitting on the benchmark machine, within the noise in another).
Every way the app starts (``python -m deskapp``, the
``deskapp`` launcher, the bundle's entry script) calls :func:`hold_collector` before it
imports the app; once the first window is up, :func:`settle_collector` moves what was loaded
out of the collector's way for good (``gc.freeze``). From then on the UI thread collects on a
timer (:class:`deskapp.ui.workers.MainThreadGc`), as before. No Qt here.
"""

from __future__ import annotations

import gc


def hold_collector() -> None:
    """Automatic collection off until :func:`settle_collector` (nothing is freed later than
    it would have been: reference counting frees almost everything, and the UI thread's
    timer collects cycles once the app runs)."""
    gc.disable()


def settle_collector() -> None:
    """The objects of the start-up are kept for the app's life: freeze them, so the UI
    thread's collections walk only what came after."""
    gc.freeze()
