"""Sentences that services and the domain show to a person, translatable without Qt.

Services stay free of Qt, yet their sentences ("There is already a service called 'Payroll';
choose another name.") must reach a German desk in German. Each sentence's English text is its
id: a literal passed to an error (``raise NotFound("That service no longer exists; ...")``) or a
template with named fields (``msg("There is already a service called '{name}'; ...",
name=name)``). The UI installs a translator at start (``install``; ``deskapp.app`` passes
``QCoreApplication.translate`` with the "ServiceMessages" context) and every error translates
its sentence and its field messages when it is made; without one (the CLI, a test) the English
text stands. ``packaging/service_messages.py`` lists every literal and template for lupdate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translator = Callable[[str], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Translate from now on with ``translator`` (None: English again). Thread-safe callers
    only: errors are made on worker threads (Qt's translate is thread-safe)."""
    global _translator
    _translator = translator


def translate(text: str) -> str:
    """``text`` in the person's language when it is a known sentence, else unchanged."""
    translator = _translator
    if translator is None or not text:
        return text
    try:
        return translator(text) or text
    except UnicodeError:  # a typed lone surrogate cannot reach Qt: the sentence stays as it is
        return text


def mark(text: str) -> str:
    """``text`` unchanged, listed for translation: a fragment translated later, where it is
    used (``translate(what)``), as Qt's ``QT_TRANSLATE_NOOP`` does."""
    return text


def msg(template: str, /, **fields: Any) -> str:
    """The template in the person's language with its named fields filled in
    (``msg("{n} of {total} rows were refused.", n=3, total=10)``)."""
    return translate(template).format(**fields)
