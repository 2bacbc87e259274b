"""``deskapp-admin replica create`` and ``deskapp-admin sync``: offline replicas from the shell."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0


def add_parsers(sub: Any) -> None:
    replica = sub.add_parser("replica", help="offline replicas of a shared desk").add_subparsers(
        dest="replica_command", required=True, metavar="ACTION")
    create = replica.add_parser(
        "create", help="copy a scope's open work and the reference data it needs into a new "
                       "SQLite file (the desk is --database)")
    create.add_argument("--scope", required=True,
                        help="me, team:NAME or me+team:NAME (whose open work to carry)")
    create.add_argument("--to", required=True, type=Path, metavar="FILE",
                        help="the replica file to make (must not exist)")
    create.add_argument("--staff", metavar="USERNAME",
                        help="whose replica ('me'); default: the database login")
    sync = sub.add_parser("sync", help="push an offline replica's changes to the desk and pull "
                                       "the desk's changes into it, or prune the change log")
    sync.add_argument("--replica", type=Path, metavar="FILE")
    sync.add_argument("--prune", action="store_true",
                      help="on the desk (--database): remove change-log entries older than "
                           "--keep-days; older replicas must then be made again")
    sync.add_argument("--keep-days", type=int, default=30, metavar="N")


def _desk_url(args: argparse.Namespace, replica: Path | None) -> Any:
    """--database when given, else the desk the replica came from (password from the keyring
    or asked, never from the file)."""

    from deskapp.config.profiles import resolve_url
    from deskapp.config.urls import sqlite_url
    from deskapp.runtime import connect, with_keyring_password
    from deskapp.sync.replica import desk_url, replica_state

    if args.database or replica is None:
        return with_keyring_password(resolve_url(args.database))
    engine = connect(sqlite_url(replica), create=False)
    try:
        with engine.connect() as conn:
            state = replica_state(conn)
    finally:
        engine.dispose()
    return with_keyring_password(desk_url(state.source))


def _printer(label: str) -> Callable[..., None]:
    started = time.perf_counter()
    last = [0.0]

    def show(*what: Any) -> None:
        now = time.perf_counter()
        if now - last[0] >= 1:
            last[0] = now
            print(f"  {label}: {' '.join(str(w) for w in what)}  ({now - started:5.1f} s)",
                  flush=True)

    return show


def replica(args: argparse.Namespace, login: Callable[[Any, Callable[[Any], Any]], Any]) -> int:
    from deskapp.runtime import connect
    from deskapp.sync.replica import create_replica
    from deskapp.sync.scope import Scope

    scope = Scope.parse(args.scope)
    engine = login(_desk_url(args, None), lambda url: connect(url, create=False))
    try:
        summary = create_replica(engine, args.to, scope, staff=args.staff,
                                 progress=_printer("copying"))
    finally:
        engine.dispose()
    print(f"Replica {summary.path} ({summary.scope}): {summary.items:,} work items, "
          f"{summary.rows:,} rows in {summary.seconds:.1f} s")
    return EXIT_OK


def sync(args: argparse.Namespace, login: Callable[[Any, Callable[[Any], Any]], Any]) -> int:
    from deskapp.config.urls import sqlite_url
    from deskapp.db import migrate
    from deskapp.errors import ValidationError
    from deskapp.runtime import connect
    from deskapp.sync.push import synchronise
    from deskapp.sync.replica import note_schema, prune

    if args.prune:
        engine = login(_desk_url(args, None), lambda url: connect(url, create=False))
        try:
            pruned = prune(engine, args.keep_days)
        finally:
            engine.dispose()
        print(f"Removed {pruned.removed:,} change-log entries older than {args.keep_days} days; "
              "replicas that had not synced since must be made again.")
        return EXIT_OK
    if args.replica is None:
        raise ValidationError("Name the replica to sync: --replica FILE (or --prune on a desk).")

    path = args.replica.expanduser()
    local = connect(sqlite_url(path), create=False)
    try:
        # a file made by an older DeskApp is upgraded as the app would (its unsent work kept)
        migrate.ensure_schema(local, auto_upgrade=True)
        note_schema(local)
        server = login(_desk_url(args, path), lambda url: connect(url, create=False))
        try:
            done = synchronise(server, local, progress=_printer("changes"))
        finally:
            server.dispose()
    finally:
        local.dispose()
    pushed, summary = done.pushed, done.pulled
    print(f"Pushed {pushed.pushed:,} change(s) made offline: {pushed.applied:,} applied, "
          f"{pushed.rejected:,} rejected, {pushed.conflicts:,} in conflict"
          + (f" ({pushed.repeated:,} already recorded by the desk)" if pushed.repeated else ""))
    if pushed.rejected or pushed.conflicts:
        print("Open the replica in DeskApp (Outbox and conflicts) to resolve, retry or discard "
              "them.")
    print(f"Synced {path}: {summary.entries:,} changes in {summary.batches} batch(es), "
          f"{summary.added:,} items arrived, {summary.removed:,} left the scope, "
          f"in {summary.seconds:.1f} s")
    if summary.waiting:
        print(f"{summary.waiting:,} more change(s) wait for a transaction still running on the "
              "server; sync again in a moment.")
    return EXIT_OK
