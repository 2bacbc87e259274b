"""poppler-utils (pdftotext, pdfimages, pdftoppm) read the service-review PDFs back. On a laptop
without them those tests skip; in CI (``CI`` set; .ci/run installs poppler-utils) a missing tool
fails them, so a broken install step cannot hide as a skip."""

from __future__ import annotations

import os
import shutil

import pytest


def require_poppler() -> None:
    if shutil.which("pdftotext") is not None:
        return
    if os.environ.get("CI"):
        pytest.fail("pdftotext is missing (CI installs poppler-utils: see .ci/run)",
                    pytrace=False)
    pytest.skip("poppler-utils not installed")


@pytest.fixture
def poppler() -> None:
    require_poppler()
