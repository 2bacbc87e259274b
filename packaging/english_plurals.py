"""Fill the English plural forms of the translation template and leave the rest untranslated.

Source strings say "%Ln item(s)"; Qt picks the singular or plural form from a translation, so
English needs one too (otherwise the window reads "1 item(s)"). For every numerus message in
``deskapp_en.ts`` this writes "item" and "items" (the "(s)" dropped or spelled out); other
messages stay unfinished, so ``lrelease`` compiles only the plurals into ``deskapp_en.qm``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def english_forms(source: str) -> tuple[str, str]:
    """("1 item(s)", "1 match(es)") -> singular and plural English."""
    return (source.replace("(es)", "").replace("(s)", ""),
            source.replace("(es)", "es").replace("(s)", "s"))


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return filled


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/deskapp_en.ts")
    print(f"{path}: {fill(path)} English plural messages")
