"""deskapp-admin: database administration, demo data and the installation self-test.

Every user-facing failure is a typed DeskAppError printed as one sentence (exit 2); no tracebacks.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from deskapp import __version__
from deskapp.config.profiles import resolve_url
from deskapp.errors import DeskAppError, LoginRefused

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="deskapp-admin",
        description="Administer a DeskApp database: migrations, demo data, self-test.",
    )
    p.add_argument("--version", action="version", version=f"DeskApp {__version__}")
    p.add_argument("--database", metavar="URL",
                   help="database URL (default: DESKAPP_DATABASE_URL, else the current profile)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = sub.add_parser("db", help="schema migrations").add_subparsers(
        dest="db_command", required=True, metavar="ACTION")
    up = db.add_parser("upgrade", help="migrate the database to the newest revision (or REV)")
    up.add_argument("revision", nargs="?", default="head")
    db.add_parser("current", help="print the database's revision and the app's")
    db.add_parser("check", help="exit 1 if the models and the migrations differ, or a queue "
                                "index or search trigger is missing")
    db.add_parser("repair", help="recreate missing queue indexes and search triggers (after an "
                                 "interrupted bulk load) and rebuild the search index")
    down = db.add_parser("downgrade", help="migrate down to REV ('base' empties the schema); "
                                           "a database with data needs --yes")
    down.add_argument("revision")
    down.add_argument("--yes", action="store_true",
                      help="confirm that data may be dropped (SQLite: a backup is taken first)")

    backup = sub.add_parser("backup", help="copy the SQLite desk to a backup file (safe while "
                                           "DeskApp runs)")
    backup.add_argument("path", nargs="?",
                        help="backup file (default: backups/ beside the database)")
    restore = sub.add_parser("restore", help="replace the SQLite desk with a backup file (the "
                                             "current desk is backed up first)")
    restore.add_argument("path", help="backup file made by 'deskapp-admin backup'")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    demo = sub.add_parser("demo-data", help="fill the database with realistic sample data")
    demo.add_argument("--tickets", type=int, default=1000, help="number of incidents")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--open-ratio", type=float, default=0.3,
                      help="share of incidents still open (0..1)")

    staff = sub.add_parser("staff", help="staff members").add_subparsers(
        dest="staff_command", required=True, metavar="ACTION")
    add = staff.add_parser("add", help="add a staff member (a shared database login)")
    add.add_argument("username")
    add.add_argument("--name", default="")
    add.add_argument("--role", action="append", dest="roles",
                     help="agent, technician, supervisor, change_manager or admin (repeatable)")

    sla = sub.add_parser("sla", help="SLA clocks").add_subparsers(
        dest="sla_command", required=True, metavar="ACTION")
    sweep = sla.add_parser("sweep", help="re-evaluate every ticket whose stored SLA state is due "
                                         "(after an upgrade, or from a scheduler)")
    sweep.add_argument("--batch", type=int, default=200, help="tickets per transaction")

    sub.add_parser("self-test", help="prove this installation works on a fresh temporary profile")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except DeskAppError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last resort: one sentence, the details only on request
        if os.environ.get("DESKAPP_DEBUG"):
            traceback.print_exc()
        print(f"error: unexpected {type(exc).__name__}: {exc}. Nothing half-written was kept; "
              "run again with DESKAPP_DEBUG=1 for the details and report them.", file=sys.stderr)
        return EXIT_FAILED


def _url(args: argparse.Namespace) -> URL:
    from deskapp.runtime import with_keyring_password

    return with_keyring_password(resolve_url(args.database))


def _with_login(args: argparse.Namespace, open_with: Callable[[URL], T]) -> T:
    """``open_with(url)``; when the server refuses a login that has no password (none in the
    keyring either) and a person is at the terminal, ask for it once, never storing it."""
    url = _url(args)
    try:
        return open_with(url)
    except LoginRefused:
        if url.password or not url.username or not sys.stdin.isatty():
            raise
    password = getpass.getpass(f"Password for {url.username}@{url.host}/{url.database}: ")
    return open_with(url.set(password=password))


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "self-test":
        from deskapp.selftest import run_self_test

        return EXIT_OK if run_self_test(print) else EXIT_FAILED
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "db": _db, "demo-data": _demo, "staff": _staff, "sla": _sla,
        "backup": _backup, "restore": _restore,
    }
    return commands[args.command](args)


def _db(args: argparse.Namespace) -> int:
    from deskapp.config.urls import redacted
    from deskapp.db import maintenance, migrate
    from deskapp.runtime import connect

    action = args.db_command
    # only 'upgrade' may create a SQLite file; 'current' on a mistyped path must not
    engine = _with_login(args, lambda url: connect(url, create=action == "upgrade"))
    url = engine.url
    try:
        before = migrate.current_revision(engine)
        newer = before is not None and not migrate.is_known(before)
        if newer and action in ("upgrade", "downgrade", "check", "repair"):
            migrate.ensure_schema(engine, auto_upgrade=False)  # raises the newer-DB message
        if action == "upgrade":
            migrate.upgrade(engine, args.revision)
            after = migrate.current_revision(engine)
            print(f"{redacted(url)}: {before or 'empty'} -> {after}")
            if after == migrate.head_revision():
                _print_repaired(maintenance.repair(engine))
        elif action == "downgrade":
            _downgrade(engine, args)
        elif action == "current":
            print(f"database: {migrate.current_revision(engine) or 'empty'}")
            print(f"deskapp:  {migrate.head_revision()}")
        elif action == "repair":
            if before != migrate.head_revision():
                print(f"database is at {before or 'empty'}, not {migrate.head_revision()}; "
                      "run 'deskapp-admin db upgrade' (it repairs too)")
                return EXIT_FAILED
            repaired = maintenance.repair(engine, rebuild_search=True)
            _print_repaired(repaired)
            if not repaired:
                print("nothing was missing; the search index was rebuilt")
        elif action == "check":
            return _check(engine)
        return EXIT_OK
    finally:
        engine.dispose()


def _print_repaired(repaired: Sequence[Any]) -> None:
    for obj in repaired:
        print(f"  recreated {obj.describe()}")
    if any(obj.search for obj in repaired):
        print("  rebuilt the search index")


def _check(engine: Engine) -> int:
    from deskapp.db import maintenance, migrate

    current = migrate.current_revision(engine)
    if current != migrate.head_revision():
        print(f"database is at {current or 'empty'}, not {migrate.head_revision()}; "
              "run 'deskapp-admin db upgrade' first")
        return EXIT_FAILED
    differ = _listed("models and migrations differ:", migrate.schema_differences(engine))
    missing = _listed("missing (an interrupted bulk load?); run 'deskapp-admin db repair':",
                      [obj.describe() for obj in maintenance.missing_objects(engine)])
    if differ or missing:
        return EXIT_FAILED
    print("models and migrations are in step; queue indexes and search triggers are present")
    return EXIT_OK


def _listed(heading: str, lines: Sequence[object]) -> bool:
    """Print ``heading`` and the lines under it, if there are any; True if there were."""
    if lines:
        print(heading)
        for line in lines:
            print(f"  {line}")
    return bool(lines)


def _confirmed(question: str, answer: str) -> bool:
    """A typed confirmation at a terminal (never when input is not a terminal)."""
    if not sys.stdin.isatty():
        return False
    try:
        typed = input(f"{question}\nType '{answer}' to go on: ")
    except EOFError:
        return False
    return typed.strip() == answer


def _downgrade(engine: Engine, args: argparse.Namespace) -> None:
    from deskapp.config.urls import redacted
    from deskapp.db import maintenance, migrate
    from deskapp.errors import ConfigError

    migrate.check_downgrade_target(args.revision)
    undo = migrate.revisions_to_undo(migrate.current_revision(engine), args.revision)
    holding = migrate.tables_with_rows(engine) if undo else []
    if holding:
        what = (f"Downgrading {redacted(engine.url)} to {args.revision} undoes revision(s) "
                f"{', '.join(undo)} and may drop data "
                f"({len(holding)} tables hold rows: {', '.join(holding[:5])}"
                f"{', ...' if len(holding) > 5 else ''})")
        if engine.dialect.name != "sqlite":
            if not args.yes:
                raise ConfigError(
                    f"{what}; DeskApp cannot back up a PostgreSQL database itself. Take a "
                    "backup with pg_dump first, then run again with --yes.")
        else:
            if not args.yes and not _confirmed(
                    f"{what}. A backup is taken first.", "downgrade"):
                raise ConfigError(
                    f"{what}; run again with --yes to confirm (a backup is taken first), or "
                    "type the confirmation at a terminal.")
            file = maintenance.sqlite_file(engine)
            assert file is not None
            made = maintenance.backup_sqlite(file, maintenance.backups_folder(file) /
                                             maintenance.backup_name(file, "before-downgrade"))
            print(f"backup: {made} (restore with 'deskapp-admin restore {made}')")
    migrate.downgrade(engine, args.revision)
    print(f"{redacted(engine.url)}: now at {migrate.current_revision(engine) or 'base'}")


def _sqlite_path(args: argparse.Namespace, verb: str) -> Path:
    from deskapp.config.urls import is_sqlite
    from deskapp.errors import ConfigError

    url = _url(args)
    if not is_sqlite(url):
        tool = "pg_dump" if verb == "backup" else "pg_restore (or psql for a plain dump)"
        raise ConfigError(f"deskapp-admin {verb} works on a SQLite desk; for PostgreSQL use "
                          f"{tool}.")
    assert url.database is not None
    path = Path(url.database).expanduser()
    if not path.is_file():
        raise ConfigError(f"There is no DeskApp database at {path}; check the path.")
    return path


def _backup(args: argparse.Namespace) -> int:
    from deskapp.db import maintenance

    source = _sqlite_path(args, "backup")
    target = Path(args.path).expanduser() if args.path else \
        maintenance.backups_folder(source) / maintenance.backup_name(source, "manual")
    if target.resolve() == source.resolve():
        from deskapp.errors import ValidationError

        raise ValidationError("The backup file cannot be the database itself; give another "
                              "path.")
    if target.is_dir():
        target = target / maintenance.backup_name(source, "manual")
    try:
        made = maintenance.backup_sqlite(source, target)
    except OSError as exc:
        from deskapp.errors import ConfigError

        raise ConfigError(f"Cannot write the backup {target} ({exc.strerror or exc}); choose "
                          "another folder.") from None
    print(f"backup of {source}: {made} ({made.stat().st_size:,} bytes)")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from deskapp.db import maintenance, migrate
    from deskapp.errors import ConfigError

    target = _sqlite_path(args, "restore")
    backup = Path(args.path).expanduser()
    if not backup.is_file():
        raise ConfigError(f"There is no backup file at {backup}; check the path.")
    try:
        revision = maintenance.check_backup(backup)
    except ValueError as exc:
        raise ConfigError(f"{backup} cannot be restored: {exc}.") from None
    if revision is not None and not migrate.is_known(revision):
        raise ConfigError(f"{backup} was made by a newer DeskApp (revision {revision}); "
                          "restore it with that DeskApp.")
    if not args.yes and not _confirmed(
            f"Replace everything in {target} with {backup}? The current desk is backed up "
            "first.", "restore"):
        raise ConfigError("Restoring replaces the whole desk; run again with --yes to confirm "
                          "(the current desk is backed up first), or type the confirmation at "
                          "a terminal.")
    safety = maintenance.backup_sqlite(
        target, maintenance.backups_folder(target) /
        maintenance.backup_name(target, "before-restore"))
    maintenance.restore_sqlite(backup, target)
    print(f"restored {target} from {backup} (revision {revision}); the desk as it was: "
          f"{safety}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from deskapp.db.demo import generate
    from deskapp.errors import ValidationError
    from deskapp.runtime import open_database

    if args.tickets < 0:
        raise ValidationError("--tickets must be zero or more.")
    if not 0.0 <= args.open_ratio <= 1.0:
        raise ValidationError("--open-ratio must be between 0 and 1, e.g. 0.3.")
    db = _with_login(args, open_database)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 2 or done == total:
            last[0] = now
            print(f"  {done:>10,} / {total:,} work items  ({now - started:5.1f} s)", flush=True)

    try:
        stats = generate(db.engine, args.tickets, seed=args.seed, open_ratio=args.open_ratio,
                         progress=progress)
    finally:
        db.dispose()
    print(f"demo data in {db.display_url}: {stats.incidents:,} incidents, {stats.tasks:,} "
          f"incident tasks, {stats.events:,} events, "
          f"{stats.people:,} callers, {stats.staff} staff, {stats.teams} teams, "
          f"{stats.services} services, {stats.cis} CIs in {stats.seconds:.1f} s")
    return EXIT_OK


def _sla(args: argparse.Namespace) -> int:
    from deskapp.errors import ValidationError
    from deskapp.runtime import open_database
    from deskapp.services.sla_sweep import SlaSweepService

    if args.batch < 1:
        raise ValidationError("--batch must be 1 or more, e.g. 200.")
    db = _with_login(args, open_database)
    started = time.perf_counter()
    last = [0.0]

    def progress(checked: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 2:
            last[0] = now
            print(f"  {checked:>10,} tickets checked  ({now - started:5.1f} s)", flush=True)

    try:
        result = SlaSweepService(db.uow).sweep(limit=args.batch, progress=progress)
    finally:
        db.dispose()
    print(f"SLA sweep of {db.display_url}: {result.checked:,} tickets checked, "
          f"{len(result.changed):,} changed state, in {time.perf_counter() - started:.1f} s")
    return EXIT_OK


def _staff(args: argparse.Namespace) -> int:
    from deskapp.runtime import open_database
    from deskapp.services.staff import ensure_staff

    db = _with_login(args, open_database)
    try:
        actor = ensure_staff(db.uow, args.username, args.name or args.username,
                             tuple(args.roles or ("agent",)))
    finally:
        db.dispose()
    print(f"{actor.username} ({actor.full_name}): {', '.join(actor.roles)}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
