"""Typed input at every service entry: arguments are checked against the method's type hints
and coerced into typed values, or refused with a ValidationError sentence.

Services are called by the UI, the admin command line and tests; a wrong Python type, text where
an id or a number is expected, a NUL character (PostgreSQL refuses it in text), a lone surrogate
(neither database can store it), ``"false"`` for a yes/no field or a 10 MB search word must end
as a sentence, not as a driver error half-way through a transaction. :func:`guard_service`
wraps every public method of a service class once (``services/container.py`` applies it to
every service the app builds), so a new method is checked without anyone remembering to.

What each hint accepts:

* ``uuid.UUID``: a UUID, or text that parses as one;
* ``int``: a whole number (not ``True``/``False``) within 64 bits; ``limit``/``skip``/``every``
  at least 0; ``float``: a finite number;
* ``bool``: ``True`` or ``False`` only (``"false"`` was taken as true);
* ``str``: text without NUL or lone surrogates, at most :data:`MAX_TEXT` characters; search
  texts (parameters named ``text`` or ``query``) lose NUL and surrogates and are cut to
  :data:`MAX_SEARCH_TEXT`;
* ``X | None``, containers (``Sequence[X]``, ``tuple[X, ...]``, ``Mapping``), enums,
  ``Literal``, ``Path``, callables and dataclasses (each field by its own hint);
* ``Mapping[str, Any]`` drafts: keys ending in ``_id`` must be ids (or None), the yes/no fields
  must be booleans and every text value is checked as above.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import inspect
import math
import sys
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from deskapp.errors import ValidationError

T = TypeVar("T")

#: No text a person types into DeskApp is longer (descriptions are limited to far less by the
#: services); anything longer is refused before it reaches a query.
MAX_TEXT = 100_000
#: Search and filter texts: a search box needs no more; 100k characters made SQLite's LIKE
#: fail ("LIKE pattern too complex") and a 10 MB word tied PostgreSQL up for 83 s.
MAX_SEARCH_TEXT = 200
SEARCH_PARAMETERS = frozenset({"text", "query"})
COUNT_PARAMETERS = frozenset({"limit", "skip", "every", "batch"})
#: Draft keys (Mapping values) that are yes/no fields.
BOOLEAN_FIELDS = frozenset({"is_major", "active", "shared", "work_note"})
INT_MAX = 2**63 - 1

GUARDED = "__deskapp_guarded__"


def _refuse(name: str, message: str) -> ValidationError:
    return ValidationError(message, {name: message})


def _label(name: str) -> str:
    return name.replace("_", " ")


def check_text(value: object, name: str, *, search: bool = False) -> str:
    """Text as the databases can store it, or a ValidationError."""
    if not isinstance(value, str):
        raise _refuse(name, f"The {_label(name)} must be text, not {_kind(value)}.")
    if search:
        if "\x00" in value or not _encodable(value):
            value = "".join(c for c in value if c != "\x00" and not 0xD800 <= ord(c) <= 0xDFFF)
        return value[:MAX_SEARCH_TEXT]
    if "\x00" in value:
        raise _refuse(name, f"The {_label(name)} contains a NUL character; remove it.")
    if not _encodable(value):
        raise _refuse(name, f"The {_label(name)} contains characters that are not valid text "
                            "(a broken copy and paste?); retype it.")
    if len(value) > MAX_TEXT:
        raise _refuse(name, f"The {_label(name)} is {len(value):,} characters long; the limit "
                            f"is {MAX_TEXT:,}.")
    return value


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_choice(value: T, choices: Iterable[T], name: str) -> T:
    """One of ``choices`` (a closed list such as the groupable queue columns)."""
    allowed = list(choices)
    if value not in allowed:
        raise _refuse(name, f"The {_label(name)} must be one of "
                            f"{', '.join(str(c) for c in allowed)}.")
    return value


def check_uuid(value: object, name: str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str) and len(value) <= 64:
        try:
            return uuid.UUID(value.strip())
        except ValueError:
            pass
    raise _refuse(name, f"The {_label(name)} is not a record id; pick the record from a list.")


def check_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse(name, f"The {_label(name)} must be a whole number, not {_kind(value)}.")
    low = 0 if name in COUNT_PARAMETERS else -INT_MAX
    if not low <= value <= INT_MAX:
        raise _refuse(name, f"The {_label(name)} must be a whole number from {low} to "
                            f"{INT_MAX:,}.")
    return value


def check_bool(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise _refuse(name, f"The {_label(name)} must be yes or no (True or False), not "
                            f"{_kind(value)}.")
    return value


def _kind(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, str):
        return f"the text '{value[:20]}{'…' if len(value) > 20 else ''}'"
    return f"a {type(value).__name__}"


# -- coercion by type hint ---------------------------------------------------------------------

def coerce(value: Any, hint: Any, name: str) -> Any:
    """``value`` as ``hint`` describes it, or a ValidationError naming ``name``."""
    if hint is Any or hint is object or isinstance(hint, TypeVar | str):
        return value
    try:
        origin, args = _shape(hint)
    except TypeError:  # an unhashable hint (a Literal of a list, say): read it each time
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, _UnionType):
        if value is None and type(None) in args:
            return None
        first: ValidationError | None = None
        for option in (a for a in args if a is not type(None)):
            try:
                return coerce(value, option, name)
            except ValidationError as exc:
                first = first or exc
        raise first or _refuse(name, f"The {_label(name)} is required.")
    if origin is typing.Literal:
        if value in args and type(value) in {type(a) for a in args}:
            return value
        raise _refuse(name, f"The {_label(name)} must be one of "
                            f"{', '.join(str(a) for a in args)}.")
    if origin is not None:
        return _coerce_generic(value, origin, args, name)
    if hint is uuid.UUID:
        return check_uuid(value, name)
    if hint is bool:
        return check_bool(value, name)
    if hint is int:
        return check_int(value, name)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                isinstance(value, float) and not math.isfinite(value)):
            raise _refuse(name, f"The {_label(name)} must be a number, not {_kind(value)}.")
        return value
    if hint is str:
        return check_text(value, name, search=name in SEARCH_PARAMETERS)
    if hint is Path:
        if isinstance(value, str | Path) and "\x00" not in str(value) and str(value):
            return Path(value)
        raise _refuse(name, f"The {_label(name)} must be a file path.")
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            if isinstance(value, hint):
                return value
            try:
                return hint(value)
            except (ValueError, TypeError):
                raise _refuse(name, f"The {_label(name)} must be one of "
                                    f"{', '.join(str(m.value) for m in hint)}.") from None
        if hint is datetime and isinstance(value, datetime):
            if value.tzinfo is None:
                raise _refuse(name, f"The {_label(name)} needs a time zone.")
            return value
        if not isinstance(value, hint) or (hint is date and isinstance(value, datetime)):
            raise _refuse(name, f"The {_label(name)} must be a {hint.__name__}, not "
                                f"{_kind(value)}.")
        if dataclasses.is_dataclass(hint):
            return _coerce_dataclass(value, name)
        return value
    return value


_UnionType: Any = type(int | None)


def _coerce_generic(value: Any, origin: Any, args: tuple[Any, ...], name: str) -> Any:
    import collections.abc as cabc

    if origin in (cabc.Callable, Callable):
        if not callable(value):
            raise _refuse(name, f"The {_label(name)} must be callable.")
        return value
    if origin in (dict, cabc.Mapping, cabc.MutableMapping):
        if not isinstance(value, Mapping):
            raise _refuse(name, f"The {_label(name)} must be a set of fields, not "
                                f"{_kind(value)}.")
        return _coerce_mapping(value, args, name)
    if origin in (tuple, list, set, frozenset, cabc.Sequence, cabc.Iterable, cabc.Collection,
                  cabc.Set, cabc.MutableSequence):
        if isinstance(value, str | bytes | Mapping) or not isinstance(
                value, list | tuple | set | frozenset):
            raise _refuse(name, f"The {_label(name)} must be a list, not {_kind(value)}.")
        items = list(value)
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(items) != len(args):
                raise _refuse(name, f"The {_label(name)} must have {len(args)} parts.")
            out = [coerce(v, a, name) for v, a in zip(items, args, strict=True)]
        else:
            element = args[0] if args else Any
            out = [coerce(v, element, name) for v in items]
        return type(value)(out) if not isinstance(value, tuple) else tuple(out)
    return value


def _coerce_mapping(value: Mapping[Any, Any], args: tuple[Any, ...], name: str) -> Any:
    key_hint, value_hint = args if len(args) == 2 else (Any, Any)
    out: dict[Any, Any] = {}
    for key, item in value.items():
        if key_hint is str and not isinstance(key, str):
            raise _refuse(name, f"A field name in the {_label(name)} must be text.")
        if value_hint is Any and isinstance(key, str):
            out[key] = _draft_value(item, key)
        else:
            out[coerce(key, key_hint, name)] = coerce(item, value_hint, name)
    return out


def _draft_value(value: Any, key: str) -> Any:
    """A draft field (``{"title": ..., "caller_id": ...}``) checked by its name."""
    if value is None:
        return None
    if key.endswith("_id"):
        return check_uuid(value, key)
    if key in BOOLEAN_FIELDS:
        return check_bool(value, key)
    if isinstance(value, str):
        return check_text(value, key)
    if isinstance(value, int) and not isinstance(value, bool):
        return check_int(value, key)
    if isinstance(value, float) and not math.isfinite(value):
        raise _refuse(key, f"The {_label(key)} must be a finite number.")
    return value


#: Dataclass arguments already checked, by identity (the object is kept, so its id stays its
#: own): a queue's ResolvedQueue is passed to every page read, and checking its filter field
#: by field took about 0.1-0.5 ms each time.
_CHECKED: dict[int, tuple[Any, Any]] = {}
_CHECKED_MAX = 512


def _coerce_dataclass(value: Any, name: str) -> Any:
    seen = _CHECKED.get(id(value))
    if seen is not None and seen[0] is value:
        return seen[1]
    result = _coerce_dataclass_fields(value, name)
    if len(_CHECKED) >= _CHECKED_MAX:
        _CHECKED.clear()
    _CHECKED[id(value)] = (value, result)
    return result


def _coerce_dataclass_fields(value: Any, name: str) -> Any:
    hints = _hints_of(type(value))  # type: ignore[arg-type]
    changed: dict[str, Any] = {}
    for field in dataclasses.fields(value):
        if not field.init or field.name not in hints:
            continue
        current = getattr(value, field.name)
        coerced = coerce(current, hints[field.name], field.name)
        if coerced is not current and coerced != current:
            changed[field.name] = coerced
        elif type(coerced) is not type(current):
            changed[field.name] = coerced
    return dataclasses.replace(value, **changed) if changed else value


@functools.cache
def _hints_of(obj: Any) -> dict[str, Any]:
    """Type hints that resolve; a name only imported for type checking is left out."""
    try:
        return typing.get_type_hints(obj)
    except Exception:  # noqa: BLE001 - resolve one by one below
        pass
    raw = getattr(obj, "__annotations__", {})
    module = sys.modules.get(getattr(obj, "__module__", ""), None)
    namespace = dict(vars(module)) if module else {}
    hints: dict[str, Any] = {}
    for key, annotation in raw.items():
        try:
            hints[key] = eval(annotation, namespace) if isinstance(annotation, str) \
                else annotation  # noqa: S307 - annotations of our own modules
        except Exception:  # noqa: BLE001 - unresolvable: not checked
            continue
    return hints


def parameter_hints(fn: Callable[..., Any]) -> dict[str, Any]:
    """The resolvable hints of ``fn``'s parameters (used by the guard and by the fuzz)."""
    return dict(_parameter_hints(fn))


@functools.cache
def _parameter_hints(fn: Callable[..., Any]) -> dict[str, Any]:
    hints = dict(_hints_of(fn))
    hints.pop("return", None)
    return hints


@functools.cache
def _shape(hint: Any) -> tuple[Any, tuple[Any, ...]]:
    return typing.get_origin(hint), typing.get_args(hint)


# -- the guard ---------------------------------------------------------------------------------

def guarded(fn: Callable[..., T]) -> Callable[..., T]:
    """Wrap a service method: check and coerce its arguments by their hints before it runs.

    The parameters are read once; a call walks its positional and keyword arguments directly
    (``inspect.Signature.bind`` per call cost more than the check itself)."""
    if getattr(fn, GUARDED, False):
        return fn
    parameters = list(inspect.signature(fn).parameters.values())
    positional = [p for p in parameters
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    by_name = {p.name: p for p in parameters
               if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD, p.POSITIONAL_ONLY)}

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        hints = _parameter_hints(fn)
        if hints:
            checked = list(args)
            for index, parameter in enumerate(positional[:len(args)]):
                hint = hints.get(parameter.name)
                value = checked[index]
                if hint is not None and value is not parameter.default:
                    checked[index] = coerce(value, hint, parameter.name)
            for name, value in kwargs.items():
                hint = hints.get(name)
                known = by_name.get(name)
                if hint is not None and known is not None and value is not known.default:
                    kwargs[name] = coerce(value, hint, name)
            args = tuple(checked)
        return fn(*args, **kwargs)

    setattr(wrapper, GUARDED, True)
    return wrapper


def guard_service(cls: type[T]) -> type[T]:
    """Guard every public method of ``cls`` and of its service base classes (idempotent; a
    class already guarded returns at once)."""
    if vars(cls).get(GUARDED, False):
        return cls
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name, attr in list(vars(klass).items()):
            if name.startswith("_"):
                continue
            if isinstance(attr, staticmethod):
                setattr(klass, name, staticmethod(guarded(attr.__func__)))
            elif inspect.isfunction(attr):
                setattr(klass, name, guarded(attr))
    setattr(cls, GUARDED, True)
    return cls


def is_guarded(method: Any) -> bool:
    return bool(getattr(method, GUARDED, False))
