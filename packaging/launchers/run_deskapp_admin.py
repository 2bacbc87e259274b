"""Frozen entry point of the console ``deskapp-admin`` executable (``deskapp.cli:main``)."""

import sys

from deskapp.cli import main

sys.exit(main())
