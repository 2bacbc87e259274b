"""English plural forms: the window reads "1 item" and "5 items", never "5 item(s)"."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from deskapp.config.locations import resources_dir

TS = resources_dir() / "translations" / "deskapp_en.ts"
_SCRIPT = Path(__file__).parents[2] / "packaging" / "english_plurals.py"
_spec = importlib.util.spec_from_file_location("english_plurals", _SCRIPT)
assert _spec is not None and _spec.loader is not None
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
english_forms = _module.english_forms


def test_every_plural_message_has_its_english_forms() -> None:
    numerus = [m for m in ET.parse(TS).iter("message") if m.get("numerus") == "yes"]
    assert len(numerus) > 20
    for message in numerus:
        forms = [f.text for f in message.iter("numerusform")]
        assert tuple(forms) == english_forms(message.findtext("source") or "")


@pytest.mark.parametrize(("n", "text"), [(0, "0 items"), (1, "1 item"), (5, "5 items")])
def test_the_app_installs_them(qapp: object, n: int, text: str) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QueueWorkspace", "%Ln item(s)", "", n) == text
