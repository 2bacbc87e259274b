"""The desk's mail settings (a desk setting, ``app_settings['mail']``). Passwords and tokens are
never part of it: they live in the OS keyring (:mod:`deskapp.config.credentials`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from deskapp.domain.mail.compose import valid_address
from deskapp.domain.mail.templates import LANGUAGES
from deskapp.errors import ValidationError

SETTING_KEY = "mail"
SMTP_SECURITY = ("starttls", "tls")
IMAP_AUTH = ("password", "xoauth2")
REOPEN_DAYS_MAX = 90


@dataclass(frozen=True)
class MailSettings:
    # outgoing
    send_enabled: bool = False
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls (port 587) or tls (implicit, port 465)
    smtp_username: str = ""  # empty: the server takes mail without signing in
    from_address: str = ""
    from_name: str = "Service Desk"
    language: str = "en"
    # incoming
    receive_enabled: bool = False
    imap_host: str = ""
    imap_port: int = 993
    imap_username: str = ""
    imap_auth: str = "password"
    imap_folder: str = "INBOX"
    #: a caller's reply reopens a resolved item within this many days; later it logs a new one
    reopen_days: int = 14
    #: a CA file to trust besides the system's (a company CA); empty: the system's
    ca_file: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: Mapping[str, Any] | None) -> MailSettings:
        if not value:
            return cls()
        known = {k: v for k, v in value.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return cls()

    def checked(self) -> MailSettings:
        """These settings if usable; else a ValidationError with a sentence per field."""
        f: dict[str, str] = {}
        host_chars = set("abcdefghijklmnopqrstuvwxyz0123456789.-:[]")
        for name, host, on in (("smtp_host", self.smtp_host, self.send_enabled),
                               ("imap_host", self.imap_host, self.receive_enabled)):
            if (host or on) and (not host.strip() or not set(host.strip().lower()) <= host_chars):
                f[name] = "Enter the server's host name, such as mail.example.com."
        for name, port in (("smtp_port", self.smtp_port), ("imap_port", self.imap_port)):
            if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
                f[name] = "Enter a port from 1 to 65535."
        if self.smtp_security not in SMTP_SECURITY:
            f["smtp_security"] = "Choose STARTTLS or TLS; mail is never sent unencrypted."
        if self.imap_auth not in IMAP_AUTH:
            f["imap_auth"] = "Choose a password or an OAuth 2 token."
        if (self.from_address or self.send_enabled) and not valid_address(self.from_address):
            f["from_address"] = "Enter the desk's address, such as servicedesk@example.com."
        if not self.from_name.strip() or len(self.from_name) > 80 or "\n" in self.from_name:
            f["from_name"] = "Enter a sender name of 1 to 80 characters on one line."
        if self.language not in LANGUAGES:
            f["language"] = f"Choose one of {', '.join(LANGUAGES)}."
        if self.receive_enabled and not self.imap_username.strip():
            f["imap_username"] = "Enter the mailbox's user name."
        if not self.imap_folder.strip() or len(self.imap_folder) > 100:
            f["imap_folder"] = "Enter the folder to read, such as INBOX."
        days = self.reopen_days
        if isinstance(days, bool) or not isinstance(days, int) or \
                not 0 <= days <= REOPEN_DAYS_MAX:
            f["reopen_days"] = f"Enter 0 to {REOPEN_DAYS_MAX} days (0: a reply never reopens)."
        if f:
            raise ValidationError.for_fields(f)
        return replace(self, smtp_host=self.smtp_host.strip(), imap_host=self.imap_host.strip(),
                       from_address=self.from_address.strip(),
                       smtp_username=self.smtp_username.strip(),
                       imap_username=self.imap_username.strip(),
                       from_name=self.from_name.strip(), imap_folder=self.imap_folder.strip())

    @property
    def smtp_account(self) -> str:
        return f"smtp:{self.smtp_username}@{self.smtp_host}:{self.smtp_port}"

    @property
    def imap_account(self) -> str:
        kind = "imap-oauth" if self.imap_auth == "xoauth2" else "imap"
        return f"{kind}:{self.imap_username}@{self.imap_host}:{self.imap_port}"
