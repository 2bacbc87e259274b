"""Row-level security's cost, measured fairly: the same service calls as a superuser and as a
staff login, interleaved call by call (so both see the same machine load), on one desk.

``python -m benchmarks.security_overhead URL LOGIN [--rounds N]``: URL is the superuser's URL of
a desk with security applied (``python -m benchmarks run --as-login LOGIN`` prepares it); prints
the median per operation for both and the ratio login / superuser.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from benchmarks.harness import Record, save_results
from benchmarks.logins import DEFAULT_USER
from deskapp.config.urls import parse_database_url
from deskapp.db.models import Team, WorkItem
from deskapp.domain.queue import BUILT_IN_BY_KEY, OPEN, QueueDefinition, QueueFilter
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

SEARCHES = ("printer", "vpn", "outlook crashes", "password reset", "INC-000123")


def operations(services: Services, team_id: Any,
               item_ids: list[Any]) -> dict[str, Callable[[], Any]]:
    queues = services.queues
    all_open = queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
    team = queues.resolve(QueueDefinition(QueueFilter(teams=(str(team_id),), statuses=OPEN)))
    state = {"n": 0}

    def edit() -> None:
        state["n"] += 1
        item = services.incidents.get(item_ids[state["n"] % len(item_ids)])
        title = f"{item.title.split(' #')[0]} #{state['n']}"
        services.incidents.update(item.id, item.version, {"title": title})

    return {
        "all open: first page": lambda: queues.page(all_open, None, 100),
        "all open: count": lambda: queues.count(all_open, fresh=True),
        "team queue: first page": lambda: queues.page(team, None, 100),
        "team queue: count": lambda: queues.count(team, fresh=True),
        "search": lambda: [services.search.search(q) for q in SEARCHES],
        "open an incident": lambda: services.incidents.get(item_ids[0]),
        "edit commit": edit,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.security_overhead")
    parser.add_argument("url")
    parser.add_argument("login")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    started, t0 = datetime.now(UTC), time.perf_counter()
    url = parse_database_url(args.url)
    su_db = open_database(url)
    login_db = open_database(url.set(username=args.login))
    try:
        with su_db.engine.connect() as conn:
            team_id = conn.execute(select(Team.id).order_by(Team.name)).scalars().first()
            item_ids = list(conn.execute(
                select(WorkItem.id).where(WorkItem.kind == "incident",
                                          WorkItem.status.in_(OPEN)).limit(20)).scalars())
        sides = {
            "superuser": operations(Services.build(su_db.uow, ensure_staff(
                su_db.uow, DEFAULT_USER, "Benchmark Agent")), team_id, item_ids),
            "login": operations(Services.build(login_db.uow, ensure_staff(
                login_db.uow, args.login, "Benchmark Agent")), team_id, item_ids[10:]),
        }
        times: dict[tuple[str, str], list[float]] = {}
        for n in range(args.rounds + 2):
            for name in sides["superuser"]:
                for side, ops in sides.items():
                    t0 = time.perf_counter()
                    ops[name]()
                    if n >= 2:  # two warm-up rounds
                        times.setdefault((name, side), []).append(
                            (time.perf_counter() - t0) * 1000)
        print(f"{'operation':<24}{'superuser':>12}{'login':>12}{'ratio':>8}")
        records = []
        for name in sides["superuser"]:
            su = statistics.median(times[(name, "superuser")])
            lg = statistics.median(times[(name, "login")])
            print(f"{name:<24}{su:>10.1f}ms{lg:>10.1f}ms{lg / su:>8.2f}")
            records.append(Record(
                f"{name} (as {args.login})", "postgresql", round(lg, 2),
                f"{name} (superuser)", round(su, 2), round(lg / su, 2), args.rounds,
                target="login within 1.2x of the superuser", met=lg / su <= 1.2))
        save_results("security-overhead", records, started=started, t0=t0,
                     command=" ".join(["python -m benchmarks.security_overhead", *sys.argv[1:]]),
                     rounds=args.rounds)
    finally:
        su_db.dispose()
        login_db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
