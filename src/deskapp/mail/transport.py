"""Talking to mail servers: SMTP (STARTTLS or implicit TLS) and IMAP over TLS, with a password
or XOAUTH2. Every error becomes a :class:`MailServerError` whose sentence says what to do; no
password or token ever appears in one."""

from __future__ import annotations

import imaplib
import re
import smtplib
import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from deskapp.domain.mail.settings import MailSettings
from deskapp.errors import DeskAppError

TIMEOUT_S = 30


class MailServerError(DeskAppError):
    """A mail server could not be used. ``permanent``: retrying will not help this message
    (the server refused the recipient or the content)."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


def tls_context(settings: MailSettings) -> ssl.SSLContext:
    """Verify the server's certificate and name, against the system's authorities and the
    desk's CA file when one is set."""
    context = ssl.create_default_context()
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=settings.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise MailServerError(f"The CA file {settings.ca_file} cannot be read "
                                  f"({type(exc).__name__}); fix the path in the mail "
                                  "settings.") from exc
    return context


def _where(host: str, port: int) -> str:
    return f"{host}:{port}"


def _network_error(what: str, host: str, port: int, exc: BaseException) -> MailServerError:
    where = _where(host, port)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailServerError(f"The {what} server {where} showed a certificate this computer "
                               f"does not trust ({exc.verify_message}); set the company CA "
                               "file in the mail settings or ask the server's administrator.")
    if isinstance(exc, ssl.SSLError):
        return MailServerError(f"No TLS connection to the {what} server {where} "
                               f"({exc.reason or type(exc).__name__}); check the port and the "
                               "security setting (STARTTLS on 587, TLS on 465/993).")
    if isinstance(exc, socket.gaierror):
        return MailServerError(f"The {what} server name {host} is not known; check the "
                               "host name in the mail settings.")
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailServerError(f"The {what} server {where} did not answer in {TIMEOUT_S} s; "
                               "check the network, the host and the port.")
    if isinstance(exc, ConnectionRefusedError):
        return MailServerError(f"The {what} server {where} refused the connection; check the "
                               "host and the port, and that the server runs.")
    return MailServerError(f"The {what} server {where} cannot be reached "
                           f"({type(exc).__name__}); check the network and the settings.")


# -- SMTP --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SendOutcome:
    message_id: str
    error: MailServerError | None = None


class SmtpSender:
    """One connection for a batch of messages (``with SmtpSender(...) as s: s.send(msg)``)."""

    def __init__(self, settings: MailSettings, password: str | None) -> None:
        self.settings = settings
        self._password = password
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpSender:
        s = self.settings
        context = tls_context(s)
        try:
            if s.smtp_security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port,
                                                      timeout=TIMEOUT_S, context=context)
            else:
                smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=TIMEOUT_S)
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    smtp.close()
                    raise MailServerError(
                        f"The SMTP server {_where(s.smtp_host, s.smtp_port)} does not offer "
                        "STARTTLS; DeskApp never sends mail unencrypted. Choose TLS (port 465) "
                        "or ask for STARTTLS to be enabled.")
                smtp.starttls(context=context)
                smtp.ehlo()
        except MailServerError:
            raise
        except (OSError, smtplib.SMTPException) as exc:
            raise _network_error("SMTP", s.smtp_host, s.smtp_port, exc) from None
        if s.smtp_username:
            if not self._password:
                smtp.close()
                raise MailServerError(
                    "No SMTP password is stored in this computer's keyring; enter it in the "
                    "mail settings (Tools > Mail settings).")
            try:
                smtp.login(s.smtp_username, self._password)
            except smtplib.SMTPNotSupportedError:
                smtp.close()
                raise MailServerError(
                    f"The SMTP server {_where(s.smtp_host, s.smtp_port)} does not offer "
                    "signing in (AUTH); clear the user name in the mail settings if it takes "
                    "mail without, or check the port.") from None
            except smtplib.SMTPAuthenticationError:
                smtp.close()
                raise MailServerError(
                    f"The SMTP server refused the user name {s.smtp_username} or its password; "
                    "enter them again in the mail settings.") from None
            except (OSError, smtplib.SMTPException) as exc:
                smtp.close()
                raise _network_error("SMTP", s.smtp_host, s.smtp_port, exc) from None
        self._smtp = smtp
        return self

    def send(self, message: EmailMessage) -> None:
        assert self._smtp is not None
        try:
            self._smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise MailServerError(f"The server refused the recipient ({code} "
                                  f"{_text(text)}); check the address.",
                                  permanent=code >= 500) from None
        except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
            raise MailServerError(f"The server refused the message ({exc.smtp_code} "
                                  f"{_text(exc.smtp_error)}).",
                                  permanent=exc.smtp_code >= 500) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise _network_error("SMTP", self.settings.smtp_host, self.settings.smtp_port,
                                 exc) from None

    def __exit__(self, *_exc: object) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None


def _text(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())[:200]


# -- IMAP --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes


def xoauth2(username: str, token: str) -> bytes:
    """The SASL XOAUTH2 initial response (Google, Microsoft 365)."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01".encode()


class ImapMailbox:
    """The desk's mailbox folder, read by UID; a processed message is flagged \\Seen and
    \\Flagged-free; the desk never deletes mail."""

    def __init__(self, settings: MailSettings, secret: str | None) -> None:
        self.settings = settings
        self._secret = secret
        self._imap: imaplib.IMAP4_SSL | None = None
        self.uid_validity = 0

    def __enter__(self) -> ImapMailbox:
        s = self.settings
        try:
            imap = imaplib.IMAP4_SSL(s.imap_host, s.imap_port, ssl_context=tls_context(s),
                                     timeout=TIMEOUT_S)
        except MailServerError:
            raise
        except (OSError, imaplib.IMAP4.error) as exc:
            raise _network_error("IMAP", s.imap_host, s.imap_port, exc) from None
        if not self._secret:
            imap.logout()
            what = "OAuth 2 token" if s.imap_auth == "xoauth2" else "IMAP password"
            raise MailServerError(f"No {what} is stored in this computer's keyring; enter it in "
                                  "the mail settings (Tools > Mail settings).")
        secret = self._secret
        try:
            if s.imap_auth == "xoauth2":
                imap.authenticate("XOAUTH2", lambda _challenge: xoauth2(s.imap_username, secret))
            else:
                imap.login(s.imap_username, secret)
        except imaplib.IMAP4.error:
            imap.logout()
            raise MailServerError(f"The IMAP server refused the user {s.imap_username} "
                                  "(wrong password or token, or the token expired); enter it "
                                  "again in the mail settings.") from None
        try:
            typ, data = imap.select(_quoted(s.imap_folder))
            if typ != "OK":
                raise MailServerError(f"The mailbox has no folder {s.imap_folder!r}; check the "
                                      "folder in the mail settings.")
            validity = imap.response("UIDVALIDITY")[1]
            self.uid_validity = int(validity[0]) if validity and validity[0] else 0
        except (OSError, imaplib.IMAP4.error) as exc:
            imap.logout()
            raise _network_error("IMAP", s.imap_host, s.imap_port, exc) from None
        self._imap = imap
        return self

    def unseen(self, limit: int) -> list[int]:
        assert self._imap is not None
        typ, data = self._imap.uid("SEARCH", "UNSEEN")
        if typ != "OK" or not data or not data[0]:
            return []
        return [int(x) for x in data[0].split()][:limit]

    def fetch(self, uids: Sequence[int]) -> Iterator[Fetched]:
        """Each message's raw bytes, without setting \\Seen (BODY.PEEK): a message is marked
        only after the desk committed what it made of it."""
        assert self._imap is not None
        for uid in uids:
            typ, data = self._imap.uid("FETCH", str(uid), "(BODY.PEEK[])")
            if typ != "OK":
                continue
            for part in data:
                if isinstance(part, tuple) and len(part) == 2:
                    yield Fetched(uid, bytes(part[1]))
                    break

    def mark_seen(self, uid: int) -> None:
        assert self._imap is not None
        self._imap.uid("STORE", str(uid), "+FLAGS.SILENT", "(\\Seen)")

    def __exit__(self, *_exc: object) -> None:
        if self._imap is not None:
            try:
                self._imap.logout()
            except (OSError, imaplib.IMAP4.error):
                pass
            self._imap = None


def _quoted(folder: str) -> str:
    return '"' + re.sub(r'(["\\])', r"\\\1", folder) + '"'
