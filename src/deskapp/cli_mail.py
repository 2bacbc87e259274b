"""``deskapp-admin mail``: the mail worker for a shared desk, one round, the outbox's state,
and storing the mail servers' secrets in this computer's keyring."""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

EXIT_OK = 0
EXIT_ERROR = 1


def add_parsers(sub: Any) -> None:
    mail = sub.add_parser("mail", help="e-mail: the worker that sends the outbox and reads the "
                                       "desk's mailbox (docs/mail.md)").add_subparsers(
        dest="mail_command", required=True, metavar="ACTION")
    run = mail.add_parser("run", help="send and receive until stopped (SIGTERM / Ctrl+C): run "
                                      "it as a service on a shared desk")
    run.add_argument("--interval", type=float, default=30.0, metavar="SECONDS",
                     help="pause between rounds (default 30)")
    mail.add_parser("once", help="one round: send what is due, read new mail, then exit")
    mail.add_parser("status", help="the outbox per state, failed messages and their reasons, "
                                   "messages waiting for review")
    secret = mail.add_parser("password", help="store the SMTP or IMAP password, or the IMAP "
                                              "OAuth 2 token, in this computer's keyring "
                                              "(asked, never an argument)")
    secret.add_argument("which", choices=("smtp", "imap"))
    login = mail.add_parser("login", help="make (or renew) the mail worker's own database login "
                                          "on a shared PostgreSQL desk: only the rights it "
                                          "needs; its password goes into this computer's "
                                          "keyring (run it as the worker's account)")
    login.add_argument("username", nargs="?", default="deskapp_mail",
                       help="the login's name (default deskapp_mail)")


def mail(args: argparse.Namespace, login_to: Callable[..., Any], url: Any) -> int:
    from deskapp.errors import ValidationError
    from deskapp.runtime import open_database

    db = login_to(url, open_database)
    try:
        if args.mail_command == "password":
            return _password(db, args.which)
        if args.mail_command == "status":
            return _status(db)
        if args.mail_command == "login":
            from deskapp.db.security.mail_login import make_mail_login

            created = make_mail_login(db, args.username)
            print(f"{args.username}: the mail worker's login {'made' if created else 'renewed'} "
                  "(role mail_worker); its password is in this computer's keyring. Run the "
                  f"worker as 'deskapp-admin --database postgresql://{args.username}@HOST/"
                  "DATABASE mail run'.")
            return EXIT_OK
        from deskapp.mail.worker import MailWorker

        worker = MailWorker(db.uow)
        if args.mail_command == "once":
            report = worker.run_once()
            print(f"mail round on {db.display_url}: {report.line()}")
            return EXIT_ERROR if report.errors else EXIT_OK
        if args.interval < 1:
            raise ValidationError("--interval must be 1 second or more, e.g. 30.")
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        print(f"mail worker on {db.display_url}: a round every {args.interval:g} s; stop with "
              "Ctrl+C or SIGTERM", flush=True)

        def show(report: Any) -> None:
            if report.sent or report.failed or report.received or report.errors:
                stamp = time.strftime("%Y-%m-%d %H:%M:%S")
                print(f"{stamp} {report.line()}", flush=True)

        worker.run(stop, args.interval, on_round=show)
        print("mail worker stopped", flush=True)
        return EXIT_OK
    finally:
        db.dispose()


def _status(db: Any) -> int:
    import uuid

    from deskapp.services.dto import Actor
    from deskapp.services.mail_admin import MailAdminService

    # reading only; whoever holds the database URL may read the desk's outbox
    admin = MailAdminService(db.uow, Actor(uuid.UUID(int=0), "deskapp-admin", "deskapp-admin",
                                           ("admin",)))
    status = admin.status()
    s = status.settings
    print(f"sending: {'on' if s.send_enabled else 'off'} via {s.smtp_host or '-'}:"
          f"{s.smtp_port} ({s.smtp_security}), password in keyring: "
          f"{'yes' if status.smtp_secret_stored else 'no'}")
    print(f"receiving: {'on' if s.receive_enabled else 'off'} from {s.imap_host or '-'}:"
          f"{s.imap_port} folder {s.imap_folder} ({s.imap_auth}), secret in keyring: "
          f"{'yes' if status.imap_secret_stored else 'no'}")
    counts = ", ".join(f"{n} {k}" for k, n in sorted(status.counts.items())) or "empty"
    print(f"outbox: {counts}; waiting for review: {status.open_reviews}")
    for row in admin.outbox(("failed",), 20):
        print(f"  failed {row.created_at:%Y-%m-%d %H:%M} to {row.recipient}: {row.subject}\n"
              f"    {row.last_error}")
    return EXIT_OK


def _password(db: Any, which: str) -> int:
    from deskapp.config import credentials
    from deskapp.errors import ValidationError
    from deskapp.services.mail_out import settings_in

    with db.uow(read_only=True) as uow:
        settings = settings_in(uow)
    account = settings.smtp_account if which == "smtp" else settings.imap_account
    if not credentials.secure_backend_available():
        raise ValidationError("This computer has no secure keyring; the secret cannot be "
                              "stored (DeskApp never writes it to a file).")
    if not sys.stdin.isatty():
        raise ValidationError("Run this at a terminal: the secret is asked, never passed as "
                              "an argument or piped.")
    label = "OAuth 2 token" if which == "imap" and settings.imap_auth == "xoauth2" \
        else "password"
    secret = getpass.getpass(f"{which.upper()} {label} for {account}: ")
    if not secret or secret != getpass.getpass("Again: "):
        raise ValidationError("The two entries differ or are empty; nothing was stored.")
    if not credentials.save_secret(account, secret):
        raise ValidationError("The keyring refused to store it; nothing was stored.")
    print(f"stored in the keyring for {account}")
    return EXIT_OK
