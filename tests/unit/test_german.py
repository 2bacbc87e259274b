"""The German translation (resources/translations/deskapp_de.ts): every translated message keeps
its source's placeholders, markup and Alt letter; the share translated never drops."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "deskapp_de.ts"
# German ships complete (issue 28): every message translated. A new UI string fails this until
# it is added to resources/translations/de.json and packaging/update_translations.sh is rerun.
COVERAGE_FLOOR = 1.0

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%L?n|%\d|</?[a-zA-Z][^>]*>|\n")


def mnemonics(text: str) -> int:
    """How many Alt letters a text has ("&&" is a literal ampersand)."""
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def messages() -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of every message."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append((name, message.findtext("source") or "", forms, finished))
    return found


def test_mnemonic_helpers() -> None:
    assert mnemonics("Sa&ve") == 1 and mnemonics("Save && close") == 0
    assert placeholders("{n} of %Ln <b>x</b>\n") == sorted(["{n}", "%Ln", "<b>", "</b>", "\n"])


def test_every_translated_message_keeps_placeholders_and_its_alt_letter() -> None:
    wrong = []
    for context, source, forms, finished in messages():
        if not finished:
            continue
        for form in forms:
            if not form.strip():
                wrong.append(f"{context}: {source!r} has an empty translation")
            if placeholders(form) != placeholders(source) and not (
                    # a German singular may spell the number out ("eine Datei")
                    len(forms) > 1 and form is forms[0]
                    and placeholders(form) == [p for p in placeholders(source)
                                               if p not in ("%n", "%Ln")]):
                wrong.append(f"{context}: {source!r} -> {form!r} (placeholders)")
            if mnemonics(form) != mnemonics(source):
                wrong.append(f"{context}: {source!r} -> {form!r} (Alt letter)")
    assert not wrong, "\n".join(wrong)


def test_german_plurals_have_two_forms() -> None:
    for context, source, forms, finished in messages():
        if finished and "%n" in source.replace("%Ln", "%n"):
            assert len(forms) == 2, f"{context}: {source!r}"


def test_every_message_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    all_messages = messages()
    done = sum(1 for *_, finished in all_messages if finished)
    coverage = done / len(all_messages)
    with capsys.disabled():
        print(f"\nGerman: {done} of {len(all_messages)} messages translated ({coverage:.1%})")
    missing = [f"{context}: {source!r}" for context, source, _, finished in all_messages
               if not finished]
    assert coverage >= COVERAGE_FLOOR, "untranslated (add them to de.json):\n" + "\n".join(missing)


def test_strings_behind_tr_helpers_are_listed_for_lupdate() -> None:
    """Strings translated through a ``_tr()`` helper reach the .ts only through the generated
    src/deskapp/ui/wrapped_strings.py; it must list today's strings, and each is in the .ts."""
    import importlib.util

    root = TS.parents[2]
    spec = importlib.util.spec_from_file_location("wrapped", root / "packaging" /
                                                  "wrapped_strings.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    ui = root / "src" / "deskapp" / "ui"
    found = generator.collect(ui)
    assert (ui / "wrapped_strings.py").read_text(encoding="utf-8") == generator.render(found), \
        "run `VENV=.venv bash packaging/update_translations.sh` (new _tr() strings)"
    in_ts = {(context, source) for context, source, _, _ in messages()}
    missing = [(c, s) for c, s, _ in found if (c, s) not in in_ts]
    assert not missing, missing


def test_service_sentences_are_listed_for_lupdate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Services' sentences reach the .ts only through the generated
    src/deskapp/ui/service_messages.py (deskapp.messages); it must list today's sentences, and
    each is in the .ts (so test_every_message_is_translated holds them to German too)."""
    import importlib.util

    root = TS.parents[2]
    monkeypatch.syspath_prepend(str(root / "packaging"))  # it imports wrapped_strings.render
    spec = importlib.util.spec_from_file_location("service_messages", root / "packaging" /
                                                  "service_messages.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    src = root / "src" / "deskapp"
    found = generator.collect(src)
    assert len(found) > 250  # every literal error sentence outside ui/, and msg() templates
    assert (src / "ui" / "service_messages.py").read_text(encoding="utf-8") == \
        generator.render(found, generator.HEADER), \
        "run `VENV=.venv bash packaging/update_translations.sh` (new service sentences)"
    in_ts = {(context, source) for context, source, _, _ in messages()}
    missing = [(c, s) for c, s, _ in found if (c, s) not in in_ts]
    assert not missing, missing


def test_no_service_sentence_is_an_english_f_string(monkeypatch: pytest.MonkeyPatch) -> None:
    """Services', sync's and the domain's sentences are msg() templates (an f-string stays
    English under German); only the command line is English by design (it installs no
    translator), as `python packaging/service_messages.py --report` shows."""
    import ast
    import importlib.util

    root = TS.parents[2]
    monkeypatch.syspath_prepend(str(root / "packaging"))
    spec = importlib.util.spec_from_file_location("service_messages", root / "packaging" /
                                                  "service_messages.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    src = root / "src" / "deskapp"
    errors = generator.error_names()
    left = {}
    for path in sorted(src.rglob("*.py")):
        name = str(path.relative_to(src).as_posix())
        if name.startswith(("ui/", "app.py")) or name.startswith(generator.ENGLISH_BY_DESIGN):
            continue
        _, formatted = generator.sentences(ast.parse(path.read_text(encoding="utf-8")), errors)
        if formatted:
            left[name] = formatted
    assert not left, f"write these sentences with deskapp.messages.msg: {left}"
