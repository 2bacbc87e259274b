"""DeskApp: a native desktop IT service-management client."""

from __future__ import annotations

__version__ = "0.1.0"
