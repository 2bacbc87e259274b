"""Per-user folders. ``DESKAPP_DATA_DIR`` / ``DESKAPP_CONFIG_DIR`` override them (tests, kiosks)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DeskApp"


def data_dir() -> Path:
    override = os.environ.get("DESKAPP_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def config_dir() -> Path:
    override = os.environ.get("DESKAPP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_NAME))


def default_sqlite_path() -> Path:
    return data_dir() / "deskapp.sqlite3"
