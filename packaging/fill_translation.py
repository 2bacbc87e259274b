"""Fill a translation file from a reviewable JSON mapping {English source: translation}.

    python packaging/fill_translation.py resources/translations/de.json \\
        resources/translations/deskapp_de.ts

A plain message maps to a string; a numerus message ("%Ln item(s)") to a list of the
language's forms (German: singular, plural). Messages whose source is in the mapping get the
translation and lose ``type="unfinished"``; the rest stay unfinished (lupdate adds new strings
as the UI grows, and ``lrelease`` skips them, so the English source shows). A source that is not
in the .ts any more is reported, so the mapping can be pruned.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(mapping_path: Path, ts: Path) -> tuple[int, int, list[str]]:
    mapping: dict[str, str | list[str]] = json.loads(mapping_path.read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    total = filled = 0
    seen: set[str] = set()
    for message in tree.iter("message"):
        total += 1
        source = message.findtext("source") or ""
        value = mapping.get(source)
        if value is None:
            continue
        numerus = message.get("numerus") == "yes"
        if numerus != isinstance(value, list):
            print(f"skipped (numerus mismatch): {source!r}", file=sys.stderr)
            continue
        seen.add(source)
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if isinstance(value, list):
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return filled, total, sorted(set(mapping) - seen)


if __name__ == "__main__":
    done, count, unused = fill(Path(sys.argv[1]), Path(sys.argv[2]))
    for source in unused:
        print(f"not in {sys.argv[2]}: {source!r}", file=sys.stderr)
    print(f"{sys.argv[2]}: {done} of {count} messages translated ({100 * done / count:.1f}%)")
