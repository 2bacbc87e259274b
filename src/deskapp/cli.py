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
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from deskapp import __version__, cli_import, cli_mail, cli_sync
from deskapp.config.profiles import resolve_url
from deskapp.config.urls import scrubbed
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
    demo.add_argument("--cmdb-cis", type=int, default=0, metavar="N",
                      help="also add a large CMDB estate of about N CIs and 3N relations "
                           "(performance work; e.g. 100000)")

    staff = sub.add_parser("staff", help="staff members").add_subparsers(
        dest="staff_command", required=True, metavar="ACTION")
    add = staff.add_parser("add", help="add a staff member (a shared database login)")
    add.add_argument("username")
    add.add_argument("--name", default="")
    add.add_argument("--role", action="append", dest="roles",
                     help="agent, technician, supervisor, change_manager or admin (repeatable)")

    add.add_argument("--login", action="store_true",
                     help="also create the person's PostgreSQL login in the desk's role groups "
                          "(a desk with 'security apply'); the password is asked twice")
    add.add_argument("--password-from-keyring", metavar="SERVICE",
                     help="with --login: take the password from the OS keyring entry SERVICE "
                          "(user name: USERNAME) instead of asking")

    security = sub.add_parser("security", help="roles, grants and row-level security of a "
                                               "shared PostgreSQL desk").add_subparsers(
        dest="security_command", required=True, metavar="ACTION")
    security.add_parser("apply", help="create or refresh the desk's owner and role groups, "
                                      "grants, policies and triggers (one transaction)")

    sla = sub.add_parser("sla", help="SLA clocks").add_subparsers(
        dest="sla_command", required=True, metavar="ACTION")
    sweep = sla.add_parser("sweep", help="re-evaluate every ticket whose stored SLA state is due "
                                         "and close resolved items whose auto-close time has "
                                         "come (after an upgrade, or from a scheduler)")
    sweep.add_argument("--batch", type=int, default=200, help="tickets per transaction")

    kpi = sub.add_parser("kpi", help="Continual Improvement figures for a period (docs/kpi.md)")
    kpi.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD",
                     help="first day of the period")
    kpi.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD",
                     help="last day of the period (included)")
    kpi.add_argument("--by", metavar="GROUP",
                     help="split by team, agent, service, category, priority or kind")
    kpi.add_argument("--zone", metavar="ZONE",
                     help="time zone whose midnights bound the days, e.g. Europe/London "
                          "(default: this computer's)")
    kpi.add_argument("--json", action="store_true",
                     help="print a JSON list of {name, label, value, unit, basis, count, "
                          "measured, why}")
    report = sub.add_parser("report", help="a service review (PDF and/or XLSX) for a service "
                                           "or the whole desk over a period (docs/improvement.md)")
    report.add_argument("--service", metavar="NAME", help="the service (default: the whole desk)")
    report.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--pdf", metavar="FILE", help="write the review as PDF here")
    report.add_argument("--xlsx", metavar="FILE", help="write the review as XLSX here")
    report.add_argument("--zone", metavar="ZONE",
                        help="time zone whose midnights bound the days (default: this computer's)")
    audit = sub.add_parser("audit", help="who changed what: the audit trail (reference records "
                                         "and work-item history), newest first")
    audit.add_argument("--since", required=True,
                       help="date (YYYY-MM-DD, local midnight) or ISO date-time to start from")
    audit.add_argument("--type", dest="record_type", default=None,
                       help="only this record type (service, ci, sla, calendar, staff, team, "
                            "incident ...)")
    audit.add_argument("--json", action="store_true", help="one JSON object per line")
    files = sub.add_parser("attachments", help="show or change the desk's attachment limit and "
                                               "allowed types (administrators)")
    files.add_argument("--max-mb", type=float, help="largest file the desk takes, in MB")
    files.add_argument("--allow", nargs="+", metavar="TYPE",
                       help="the allowed types, replacing the list: .pdf, image/*, ...")

    sub.add_parser("self-test", help="prove this installation works on a fresh temporary profile")
    cli_sync.add_parsers(sub)
    cli_mail.add_parsers(sub)
    cli_import.add_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except DeskAppError as exc:
        print(f"error: {scrubbed(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last resort: one sentence, the details only on request
        if os.environ.get("DESKAPP_DEBUG"):
            traceback.print_exc()
        print(f"error: unexpected {type(exc).__name__}: {scrubbed(str(exc))}. Nothing "
              "half-written was kept; "
              "run again with DESKAPP_DEBUG=1 for the details and report them.", file=sys.stderr)
        return EXIT_FAILED


def _url(args: argparse.Namespace) -> URL:
    from deskapp.runtime import with_keyring_password

    return with_keyring_password(resolve_url(args.database))


def _with_login(args: argparse.Namespace, open_with: Callable[[URL], T]) -> T:
    """``open_with(url)``; when the server refuses a login that has no password (none in the
    keyring either) and a person is at the terminal, ask for it once, never storing it."""
    return _login_to(_url(args), open_with)


def _login_to(url: URL, open_with: Callable[[URL], T]) -> T:
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
        "backup": _backup, "restore": _restore, "kpi": _kpi, "report": _report, "audit": _audit,
        "security": _security,
        "attachments": _attachments,
        "replica": lambda a: cli_sync.replica(a, _login_to),
        "sync": lambda a: cli_sync.sync(a, _login_to),
        "import": _import,
        "mail": lambda a: cli_mail.mail(a, _login_to, _url(a)),
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
    absent = maintenance.missing_objects(engine)
    names = {obj.name for obj in absent}
    # a model index a killed bulk load left dropped is listed once, with what repairs it
    differ = _listed("models and migrations differ:", [
        d for d in migrate.schema_differences(engine)
        if not (isinstance(d, tuple) and d[0] == "add_index" and getattr(d[1], "name", None)
                in names)])
    missing = _listed("missing (an interrupted bulk load?); run 'deskapp-admin db repair':",
                      [obj.describe() for obj in absent])
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
    try:
        maintenance.restore_sqlite(backup, target)
    except ValueError as exc:
        raise ConfigError(f"{backup} cannot be restored: {exc}. Nothing was changed.") from None
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
    if args.cmdb_cis and args.cmdb_cis < 100:
        raise ValidationError("--cmdb-cis needs at least 100, e.g. 100000.")
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
                         progress=progress, requests=True)
        if args.cmdb_cis:
            from deskapp.db.demo.cmdb import generate_estate

            made, linked = generate_estate(db.engine, args.cmdb_cis, seed=args.seed)
            print(f"CMDB estate: {made:,} CIs and {linked:,} relations")
    finally:
        db.dispose()
    print(f"demo data in {db.display_url}: {stats.incidents:,} incidents, {stats.tasks:,} "
          f"incident tasks, {stats.requests:,} service requests, {stats.changes:,} changes, "
          f"{stats.events:,} events, "
          + "".join(f"{n:,} {table.replace('_', ' ')}, " for table, n in stats.step_rows) +
          (f"{stats.articles:,} knowledge articles, " if stats.articles else "") +
          f"{stats.people:,} callers, {stats.staff} staff, {stats.teams} teams, "
          f"{stats.services} services, {stats.cis} CIs in {stats.seconds:.1f} s")
    return EXIT_OK


def _sla(args: argparse.Namespace) -> int:
    from deskapp.errors import ValidationError
    from deskapp.runtime import open_database
    from deskapp.services.access_requests import AccessExpirySweep
    from deskapp.services.auto_close import AutoCloseService
    from deskapp.services.pending_return import PendingReturnService
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
        result = SlaSweepService(db.uow, auto_close=AutoCloseService(db.uow),
                                 pending=PendingReturnService(db.uow),
                                 access=AccessExpirySweep(db.uow)).sweep(
            limit=args.batch, progress=progress)
    finally:
        db.dispose()
    print(f"SLA sweep of {db.display_url}: {result.checked:,} tickets checked, "
          f"{len(result.changed):,} changed (of which {result.closed:,} resolved and "
          f"auto-closed, {result.revocations:,} access revocation tasks opened), in "
          f"{time.perf_counter() - started:.1f} s")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from deskapp.runtime import open_database

    return cli_import.run(args, lambda: _with_login(args, open_database))


def _staff(args: argparse.Namespace) -> int:
    from deskapp.runtime import open_database
    from deskapp.services.staff import ensure_staff

    db = _with_login(args, open_database)
    try:
        password = None
        if args.login:
            from deskapp.db.security.cli import login_password

            password = login_password(db, args.username, args.password_from_keyring)
        actor = ensure_staff(db.uow, args.username, args.name or args.username,
                             tuple(args.roles or ("agent",)))
        if args.login:
            from deskapp.db.security.logins import logins_for

            logins_for(db.engine).create_login(actor.username, password, actor.roles)
    finally:
        db.dispose()
    login = " (database login ready)" if args.login else ""
    print(f"{actor.username} ({actor.full_name}): {', '.join(actor.roles)}{login}")
    return EXIT_OK


def _security(args: argparse.Namespace) -> int:
    from deskapp.db.security.cli import security_apply
    from deskapp.runtime import connect

    engine = _with_login(args, lambda url: connect(url, create=False))
    try:
        for line in security_apply(engine):
            print(line)
    finally:
        engine.dispose()
    return EXIT_OK


def _kpi(args: argparse.Namespace) -> int:
    import json
    from datetime import datetime
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from deskapp.domain.kpi import ITEMS, Period, parse_day, parse_grouping
    from deskapp.errors import ValidationError
    from deskapp.runtime import open_database
    from deskapp.services.kpi import KpiService

    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    by = parse_grouping(args.by) if args.by else None
    try:
        zone = ZoneInfo(args.zone) if args.zone else datetime.now().astimezone().tzinfo
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"--zone '{args.zone}' is not a time zone; use a name such as "
                              "Europe/London or UTC.") from None
    assert zone is not None
    period = Period.between_dates(first, last, zone)
    db = _with_login(args, open_database)
    try:
        groups = KpiService(db.uow).figures(period, by)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([{**asdict(f), **({"by": by.value, "group": g.label} if by else {})}
                          for g in groups for f in g.figures], indent=2))
        return EXIT_OK
    print(f"{first} to {last} ({zone}), {db.display_url}")
    for g in groups:
        if by:
            print(f"\n{by.value}: {'(none)' if g.label is None else g.label}")
        for f in g.figures:
            if not f.measured:
                print(f"  {f.name:<26} not measured yet: {f.why}")
                continue
            value = "-" if f.value is None else (
                f"{f.value:,}" if isinstance(f.value, int) else f"{f.value:,.1f}")
            over = "" if f.unit == ITEMS else f"over {f.count:,}"
            print(f"  {f.name:<26} {value:>12} {f.unit:<8} {over}".rstrip())
    return EXIT_OK


def _zone(name: str | None) -> Any:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from deskapp.errors import ValidationError

    try:
        zone = ZoneInfo(name) if name else datetime.now().astimezone().tzinfo
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"--zone '{name}' is not a time zone; use a name such as "
                              "Europe/London or UTC.") from None
    return zone


def _report(args: argparse.Namespace) -> int:
    """A service review, headless: XLSX with openpyxl, PDF with Qt on the offscreen platform
    (Qt is imported only when a PDF is asked for)."""
    from deskapp.domain.kpi import Period, parse_day
    from deskapp.errors import ValidationError
    from deskapp.runtime import open_database
    from deskapp.services.improvement import ImprovementService
    from deskapp.services.kpi import KpiService
    from deskapp.services.review_xlsx import write_xlsx
    from deskapp.services.service_review import ServiceReviewService

    if not args.pdf and not args.xlsx:
        raise ValidationError("Say where to write the review: --pdf FILE, --xlsx FILE or both.")
    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    zone = _zone(args.zone)
    period = Period.between_dates(first, last, zone)
    db = _with_login(args, open_database)
    try:
        kpi = KpiService(db.uow)
        reviews = ServiceReviewService(db.uow, kpi, _register(db, kpi, ImprovementService))
        service_id = reviews.service_id(args.service) if args.service else None
        review = reviews.build(period, zone, service_id)
    finally:
        db.dispose()
    if args.xlsx:
        print(f"wrote {write_xlsx(review, Path(args.xlsx))}")
    if args.pdf:
        from deskapp.ui.improvement.review_pdf import write_pdf_headless  # Qt, only here

        pages = write_pdf_headless(review, Path(args.pdf))
        print(f"wrote {args.pdf} ({pages} pages)")
    return EXIT_OK


def _register(db: Any, kpi: Any, cls: Any) -> Any:
    """The CSI register read as the database login (no staff member: nothing is changed)."""
    from deskapp.services.dto import Actor

    reader = Actor(uuid.UUID(int=0), "deskapp-admin", "deskapp-admin", ())
    return cls(db.uow, reader, kpi)


def parse_since(text: str) -> datetime:
    """``--since``: a date (local midnight) or an ISO date-time (local when it has no zone)."""
    from deskapp.errors import ValidationError

    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"--since '{text}' is not a date; use YYYY-MM-DD, e.g. "
                              "2026-12-01.") from None
    if value.tzinfo is None:
        value = value.astimezone()  # the person's local time
    return value.astimezone(UTC)


def _audit(args: argparse.Namespace) -> int:
    import json

    from deskapp.repositories.audit import TrailFilter
    from deskapp.runtime import open_database
    from deskapp.services.audit_trail import walk_trail

    since = parse_since(args.since)
    db = _with_login(args, open_database)
    count = 0
    try:
        for entry in walk_trail(db.uow, TrailFilter(since, args.record_type or None)):
            count += 1
            if args.json:
                print(json.dumps(entry.as_json(), ensure_ascii=False), flush=False)
                continue
            change = f"{entry.field}: {entry.old_value or '-'} -> {entry.new_value or '-'}" \
                if entry.field else (entry.new_value or entry.old_value or "")
            print(f"{entry.occurred_at.astimezone():%Y-%m-%d %H:%M:%S}  {entry.actor:<20}  "
                  f"{entry.record_type_label}: {entry.record_label}  {entry.action}  {change}")
    finally:
        db.dispose()
    if not args.json:
        print(f"{count:,} change(s) since {since.astimezone():%Y-%m-%d %H:%M}.")
    return EXIT_OK


def _attachments(args: argparse.Namespace) -> int:
    from deskapp.domain.attachments import size_text
    from deskapp.runtime import open_database
    from deskapp.services.attachments import AttachmentService
    from deskapp.services.staff import resolve_actor

    db = _with_login(args, open_database)
    try:  # as whom: the database login (shared), or this computer's login (local)
        service = AttachmentService(db.uow, resolve_actor(db.uow, db.url.username or _os_login()))
        changing = args.max_mb is not None or args.allow is not None
        policy = service.set_policy(
            None if args.max_mb is None else round(args.max_mb * 1024 * 1024),
            args.allow) if changing else service.policy()
    finally:
        db.dispose()
    print(f"attachments in {db.display_url}: up to {size_text(policy.max_bytes)} each; allowed: "
          f"{' '.join(policy.allowed)}")
    return EXIT_OK


def _os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "agent"


if __name__ == "__main__":
    sys.exit(main())
