"""A hypothesis fuzz over every public method of every service the app builds.

Methods are found by introspection (the fields of ``Services``, then each class's public
methods), so a new service or method is fuzzed without anyone adding it here. Each argument is
drawn from its type hint, half the time plausibly (real ids, statuses, queue definitions...)
and half the time as junk (wrong types, NUL, lone surrogates, 300k-character text, "false",
huge numbers). A call may succeed or raise a typed ``DeskAppError``; anything else fails the
test. After a refused call, every table holds as many rows as before (no partial write).

The quick run (``FUZZ_EXAMPLES`` per method and database, a minute or two for both databases)
is part of the normal suite; the long one is marked ``slow`` (``.ci/run`` runs it).
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import math
import os
import typing
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from deskapp.db.models import Base
from deskapp.domain.kpi import Period
from deskapp.domain.queries import Cursor, SortKey, WorkItemFilter
from deskapp.errors import DeskAppError
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services, service_classes, service_fields
from deskapp.services.dto import Actor
from deskapp.services.queues import BulkTarget
from deskapp.services.staff import ensure_staff
from deskapp.services.validation import is_guarded, parameter_hints
from tests.support.factories import Desk, make_desk
from tests.support.fixtures import BACKENDS, new_database_url

FUZZ_EXAMPLES = int(os.environ.get("DESKAPP_FUZZ_EXAMPLES", "12"))
LONG_EXAMPLES = int(os.environ.get("DESKAPP_FUZZ_LONG_EXAMPLES", "50"))


def _methods() -> list[tuple[str, str]]:
    """(Services field, method name) for every public method, found by introspection."""
    attrs = {cls: name for name, cls in service_fields().items()}
    found = []
    for cls in service_classes():
        for name, member in inspect.getmembers(cls):
            if not name.startswith("_") and inspect.isfunction(member):
                found.append((attrs[cls], name))
    return sorted(found)


METHODS = _methods()


def test_every_public_service_method_is_guarded_and_fuzzed() -> None:
    assert len(METHODS) > 40
    for attr, name in METHODS:
        cls = service_fields()[attr]
        assert is_guarded(inspect.getattr_static(cls, name).__func__
                          if isinstance(inspect.getattr_static(cls, name), staticmethod)
                          else getattr(cls, name)), f"{attr}.{name} is not guarded"


# -- what the arguments are drawn from ---------------------------------------------------------

JUNK_TEXT = ["", " ", "false", "true", "0", "-1", "1e9", "None", "\x00", "a\x00b", "\ud800",
             "x\udfffy", "'; DROP TABLE incidents; --", "%", "_", "\\", "\"", "*", "(", "NEAR",
             "é" * 10, "INC-", "INC-000001", "inc-999999999999999999999", "00000000-0000-0000"
             "-0000-000000000000", "🙂" * 5, "a" * 300_000, "word " * 5_000]


def junk() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(), st.booleans(), st.sampled_from(JUNK_TEXT), st.text(max_size=12),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.sampled_from([0, -1, 2**63, -(2**63) - 1, 10**12]),
        st.floats(allow_nan=True, allow_infinity=True), st.binary(max_size=4),
        st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3),
                                                             st.integers(), max_size=2),
        st.uuids(), st.uuids().map(str), st.just(object()),
        st.just(datetime(2026, 1, 1)),  # naive
    )


@dataclasses.dataclass
class World:
    """Real values of this desk, so plausible arguments reach real rows."""

    ids: list[uuid.UUID]
    words: list[str]
    samples: dict[type, list[Any]]
    tmp: Path


def _build_world(services: Services, db: Database, desk: Desk, tmp: Path) -> World:
    incidents = services.incidents
    made = [incidents.create({"title": f"Printer jam {n}", "impact": 2, "urgency": 2,
                              "caller_id": desk.caller_id, "service_id": desk.service_id,
                              "category": "Hardware"}) for n in range(3)]
    incidents.assign(made[0].id, made[0].version, desk.team_id, desk.member_id)
    incidents.add_comment(made[1].id, "Toner everywhere", work_note=False)
    ids = [m.id for m in made] + [v for v in dataclasses.astuple(desk)
                                  if isinstance(v, uuid.UUID)]
    with db.engine.connect() as conn:
        for table in ("business_calendars", "sla_definitions", "config_items", "services"):
            ids += [r[0] if isinstance(r[0], uuid.UUID) else uuid.UUID(str(r[0]))
                    for r in conn.execute(text(f"SELECT id FROM {table} LIMIT 5"))]
    queues = services.queues.list_queues(with_counts=False)
    definitions = [q.definition for q in queues]
    resolved = [services.queues.resolve(d) for d in definitions[:4]]
    rows = services.queues.page(resolved[0], None, 5) if resolved else []
    now = datetime.now(UTC)
    samples: dict[type, list[Any]] = {
        type(definitions[0]): definitions,
        type(resolved[0]): resolved,
        WorkItemFilter: [WorkItemFilter(), WorkItemFilter(text="printer"),
                         WorkItemFilter(statuses=frozenset({"new"}))],
        SortKey: [SortKey("priority"), SortKey("title", True)],
        Cursor: [Cursor((2, now), ids[0])],
        BulkTarget: [BulkTarget.of(r) for r in rows] + [BulkTarget(ids[0], 99, "INC-000009")],
        Period: [Period(now - timedelta(days=30), now), Period(now - timedelta(days=1), now)],
        Actor: [services.actor],
    }
    words = ["new", "assigned", "in_progress", "pending", "resolved", "closed", "all_open",
             "my_open", "priority", "title", "Hardware", "printer", "INC-000001", "email",
             "status", "team", "P1", "Solved (permanently)", "2", "csv"]
    words += [q.key for q in queues]
    return World(ids, words, samples, tmp)


def plausible(hint: Any, world: World, name: str) -> st.SearchStrategy[Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any or hint is object or hint is None:
        return junk()
    if origin in (typing.Union, type(int | None)):
        return st.one_of(*[plausible(a, world, name) if a is not type(None) else st.none()
                           for a in args])
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is not None:
        import collections.abc as cabc

        if origin in (cabc.Callable, Callable):
            return st.sampled_from([lambda *a, **k: None, lambda *a, **k: False])
        if origin in (dict, cabc.Mapping):
            keys = st.sampled_from(["title", "description", "caller_id", "service_id", "ci_id",
                                    "category", "channel", "impact", "urgency", "is_major",
                                    "team_id", "assignee_id", "name", "status", "bogus"])
            return st.dictionaries(keys, st.one_of(junk(), st.sampled_from(world.ids),
                                                   st.sampled_from(world.words),
                                                   st.integers(1, 3)), max_size=4)
        element = args[0] if args else Any
        items = st.lists(plausible(element, world, name), max_size=3)
        if origin is tuple and args and args[-1] is not Ellipsis:
            return st.tuples(*[plausible(a, world, name) for a in args])
        if origin in (tuple,):
            return items.map(tuple)
        if origin in (frozenset, set, cabc.Set):
            return items.map(lambda v: frozenset(x for x in v if _hashable(x)))
        return st.one_of(items, items.map(tuple))
    if hint is uuid.UUID:
        return st.one_of(st.sampled_from(world.ids), st.uuids())
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.one_of(st.integers(-3, 60), st.sampled_from([0, 1, 2, 5, 1_000_000]))
    if hint is float:
        return st.floats(-1e6, 1e6)
    if hint is str:
        return st.one_of(st.sampled_from(world.words), st.text(max_size=20))
    if hint is Path:
        return st.sampled_from([world.tmp / "out.csv", world.tmp / "out.xlsx",
                                world.tmp / "out.txt", world.tmp / "missing" / "x.csv"])
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    if isinstance(hint, type) and hint in world.samples:
        return st.sampled_from(world.samples[hint])
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        fields = {f.name: plausible(h, world, f.name) for f in dataclasses.fields(hint)
                  if (h := parameter_hints(hint).get(f.name)) is not None}
        # a value object that refuses impossible values when made (an approver without the
        # staff member it names) can never reach a service: only the ones it accepts are tried
        return st.fixed_dictionaries(fields).map(lambda kw: _made(hint, kw)).filter(
            lambda made: made is not _REFUSED)
    return junk()


_REFUSED = object()


def _made(hint: type, kwargs: dict[str, Any]) -> Any:
    from deskapp.errors import DeskAppError

    try:
        return hint(**kwargs)
    except (ValueError, TypeError, DeskAppError):
        return _REFUSED


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def argument(hint: Any, world: World, name: str) -> st.SearchStrategy[Any]:
    if hint is Path or Path in typing.get_args(hint):
        # never a junk *string* for a path: the method would write wherever it says
        return st.one_of(plausible(hint, world, name), st.none(), st.integers())
    return st.one_of(plausible(hint, world, name), junk())


# -- the fuzz ------------------------------------------------------------------------------------

def _row_counts(db: Database) -> tuple[int, ...]:
    tables = sorted(Base.metadata.tables)
    sql = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{t}")' for t in tables)
    with db.engine.connect() as conn:
        return tuple(conn.execute(text(sql)).one())


@dataclasses.dataclass
class Desktop:
    services: Services
    database: Database
    world: World


@pytest.fixture(scope="module", params=BACKENDS)
def desktop(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """One desk per database for the whole module: setting a desk up per method cost more
    than fuzzing it. Methods that succeed change it, which only widens what later ones meet."""
    tmp = tmp_path_factory.mktemp(f"fuzz-{request.param}")
    db = open_database(new_database_url(request.param, request, tmp), auto_upgrade=False)
    services = Services.build(db.uow, ensure_staff(db.uow, "fuzz.agent", "Fuzz Agent"))
    desk = make_desk(db, actor_id=services.actor.staff_id)
    yield Desktop(services, db, _build_world(services, db, desk, tmp))
    db.dispose()


def _fuzz(desktop: Desktop, attr: str, name: str, examples: int) -> None:
    services, database, world = desktop.services, desktop.database, desktop.world
    service = getattr(services, attr)
    method = getattr(service, name)
    signature = inspect.signature(method)
    hints = parameter_hints(getattr(type(service), name))
    strategies: dict[str, st.SearchStrategy[Any]] = {}
    for pname, parameter in signature.parameters.items():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        strategy = argument(hints.get(pname, Any), world, pname)
        if parameter.default is not parameter.empty:
            strategy = st.one_of(st.just(parameter.default), strategy)
        strategies[pname] = strategy

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.fixed_dictionaries(strategies))
    def call(kwargs: dict[str, Any]) -> None:
        before = _row_counts(database)
        try:
            method(**kwargs)
        except DeskAppError:
            after = _row_counts(database)
            assert after == before, f"{attr}.{name} was refused but wrote rows"
        except Exception as exc:  # noqa: BLE001 - the point of the test
            shown = {k: (v[:40] + "…" if isinstance(v, str) and len(v) > 40 else v)
                     for k, v in kwargs.items()}
            raise AssertionError(
                f"{attr}.{name}({shown}) raised an untyped {type(exc).__name__}: "
                f"{str(exc)[:300]}") from exc

    call()


@pytest.mark.parametrize(("attr", "name"), METHODS, ids=[f"{a}.{n}" for a, n in METHODS])
def test_service_method_takes_any_input_without_untyped_errors(
        desktop: Desktop, attr: str, name: str) -> None:
    _fuzz(desktop, attr, name, FUZZ_EXAMPLES)


@pytest.mark.slow
@pytest.mark.parametrize(("attr", "name"), METHODS, ids=[f"{a}.{n}" for a, n in METHODS])
def test_service_method_long_fuzz(desktop: Desktop, attr: str, name: str) -> None:
    _fuzz(desktop, attr, name, LONG_EXAMPLES)


def test_the_junk_covers_what_the_audit_found() -> None:
    """The inputs that crashed the services in the audit are among the junk."""
    assert {"\x00", "\ud800", "false"} <= set(JUNK_TEXT)
    assert any(len(t) >= 100_000 for t in JUNK_TEXT)
    assert math.isinf(float("inf"))


def test_the_audits_crashing_inputs_are_typed_refusals(services: Services,
                                                       database: Database) -> None:
    """Each input the audit's fuzz crashed the services with, now a sentence (or capped)."""
    import time

    from deskapp.errors import ValidationError

    incidents = services.incidents
    kept = incidents.create({"title": "Baseline", "impact": 2, "urgency": 2})
    before = _row_counts(database)
    refused = [
        lambda: incidents.create({"title": "Major?", "impact": 2, "urgency": 2,
                                  "is_major": "false"}),
        lambda: incidents.create({"title": "NUL \x00 inside", "impact": 2, "urgency": 2}),
        lambda: incidents.create({"title": "lone \ud800 surrogate", "impact": 2, "urgency": 2}),
        lambda: incidents.create({"title": "caller", "impact": 2, "urgency": 2,
                                  "caller_id": "nobody"}),
        lambda: incidents.get("INC-000001"),  # type: ignore[arg-type]
        lambda: incidents.update(kept.id, "1", {"title": "x"}),  # type: ignore[arg-type]
        lambda: incidents.add_comment(kept.id, "ok", work_note="false"),  # type: ignore
        lambda: incidents.add_comment(kept.id, "\x00", work_note=False),
        lambda: incidents.page(limit=2**64),
    ]
    for call in refused:
        with pytest.raises(ValidationError):
            call()
    assert _row_counts(database) == before
    started = time.perf_counter()
    assert services.reference.callers("a" * 100_000) == []  # was "LIKE pattern too complex"
    assert services.search.search("x" * 10_000_000).hits == ()  # tied PostgreSQL up for 83 s
    assert services.search.search("Baseline\x00\ud800").hits[0].number == kept.number
    assert time.perf_counter() - started < 5
