"""The mail worker: sends what the outbox holds and reads the desk's mailbox.

Sending claims due rows first (attempts + 1, the next attempt pushed a lease ahead) and commits
before talking to the server, so no database lock is held over the network and a worker that
dies mid-send leaves rows that come due again after the lease. A row that fails is tried again
with exponential backoff (:mod:`deskapp.domain.mail.retry`) and, after the last try, stays
``failed`` with the server's sentence for an administrator to see and send again.

Reading commits each message's incident or comment together with its processed-message row
(:mod:`deskapp.services.mail_in`) and only then flags the message \\Seen: a worker killed between
fetch and commit processes it again on its next round, once.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage

from deskapp.config import credentials
from deskapp.db.base import utcnow
from deskapp.domain.mail.compose import build_message
from deskapp.domain.mail.retry import next_attempt
from deskapp.domain.mail.settings import MailSettings
from deskapp.errors import ValidationError
from deskapp.mail.transport import ImapMailbox, MailServerError, SmtpSender
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.mail_in import MailInService
from deskapp.services.mail_out import settings_in

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=5)
SEND_BATCH = 50
FETCH_BATCH = 50
Secrets = Callable[[str], str | None]


@dataclass
class RoundReport:
    sent: int = 0
    failed: int = 0  # tries that failed this round (retried later or given up)
    received: dict[str, int] = field(default_factory=dict)  # outcome -> count
    errors: list[str] = field(default_factory=list)  # sentences for the admin view / log

    def line(self) -> str:
        got = ", ".join(f"{n} {k}" for k, n in sorted(self.received.items())) or "none"
        text = f"sent {self.sent}, failed {self.failed}, received: {got}"
        return text + ("; " + " ".join(self.errors) if self.errors else "")


class MailWorker:
    def __init__(self, uow: UnitOfWorkFactory, *, secrets: Secrets = credentials.load_secret,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._uow = uow
        self._secrets = secrets
        self._clock = clock
        self.mail_in = MailInService(uow, clock=clock)

    def settings(self) -> MailSettings:
        with self._uow(read_only=True) as uow:
            return settings_in(uow)

    # -- out ---------------------------------------------------------------------------------
    def send_due(self, report: RoundReport | None = None, limit: int = SEND_BATCH
                 ) -> RoundReport:
        report = report or RoundReport()
        now = self._clock()
        claimed: list[tuple[uuid.UUID, EmailMessage]] = []
        with self._uow() as uow:
            settings = settings_in(uow)
            if not settings.send_enabled:
                return report
            for row in uow.mail.due(now, limit):
                row.attempts += 1
                row.next_attempt_at = now + LEASE
                try:
                    message = build_message(
                        sender=settings.from_address, sender_name=settings.from_name,
                        recipient=row.recipient, subject=row.subject, body=row.body,
                        message_id=row.message_id, in_reply_to=row.in_reply_to,
                        references=(row.references or "").split(), sent_at=now)
                except ValidationError as exc:
                    row.state, row.next_attempt_at, row.last_error = "failed", None, str(exc)
                    report.failed += 1
                    continue
                claimed.append((row.id, message))
            uow.commit()
        if not claimed:
            return report
        outcomes: dict[uuid.UUID, MailServerError | None] = {}
        password = self._secrets(settings.smtp_account) if settings.smtp_username else None
        try:
            with SmtpSender(settings, password) as smtp:
                for entry_id, message in claimed:
                    try:
                        smtp.send(message)
                        outcomes[entry_id] = None
                    except MailServerError as exc:
                        outcomes[entry_id] = exc
        except MailServerError as exc:
            report.errors.append(str(exc))
            for entry_id, _message in claimed:
                outcomes.setdefault(entry_id, exc)
        done = self._clock()
        with self._uow() as uow:
            for entry_id, error in outcomes.items():
                sent_row = uow.mail.outbox_entry(entry_id)
                if sent_row is None:
                    continue
                row = sent_row
                if error is None:
                    row.state, row.sent_at, row.next_attempt_at = "sent", done, None
                    row.last_error = None
                    report.sent += 1
                    continue
                report.failed += 1
                row.last_error = str(error)
                retry = next_attempt(row.attempts, done, permanent=error.permanent)
                row.next_attempt_at = retry
                if retry is None:
                    row.state = "failed"
            uow.commit()
        return report

    # -- in ----------------------------------------------------------------------------------
    def fetch(self, report: RoundReport | None = None, limit: int = FETCH_BATCH) -> RoundReport:
        report = report or RoundReport()
        settings = self.settings()
        if not settings.receive_enabled:
            return report
        try:
            with ImapMailbox(settings, self._secrets(settings.imap_account)) as box:
                for fetched in box.fetch(box.unseen(limit)):
                    key = f"uid:{settings.imap_host}/{settings.imap_folder}/" \
                          f"{box.uid_validity}/{fetched.uid}"
                    outcome = self.mail_in.process(fetched.raw, fallback_key=key)
                    report.received[outcome.outcome] = report.received.get(outcome.outcome,
                                                                            0) + 1
                    box.mark_seen(fetched.uid)
        except MailServerError as exc:
            report.errors.append(str(exc))
        return report

    # -- running -----------------------------------------------------------------------------
    def run_once(self) -> RoundReport:
        report = self.send_due()
        self.fetch(report)
        return report

    def run(self, stop: threading.Event, interval_s: float = 30.0,
            on_round: Callable[[RoundReport], None] | None = None) -> None:
        """Rounds until ``stop`` is set (SIGTERM / the service manager, or the app closing)."""
        while not stop.is_set():
            try:
                report = self.run_once()
            except Exception:  # noqa: BLE001 - a worker outlives one bad round; logged
                log.exception("mail round failed")
            else:
                if on_round is not None:
                    on_round(report)
            stop.wait(interval_s)
