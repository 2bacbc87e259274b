"""Real mail servers for the mail tests, started by the tests themselves.

* SMTP: aiosmtpd on a free loopback port, STARTTLS required (or implicit TLS) with a
  certificate for ``localhost`` signed by a throwaway CA, AUTH required after TLS; every
  message it accepts is kept in memory, and recipients listed in ``refuse`` get a 550.
* IMAP: Dovecot (Debian's ``dovecot-imapd``) as a private instance: a config file in a temp
  folder, IMAPS only on a free port, a passwd-file with the test user, Maildir storage in the
  temp folder, run in the foreground by this process (as the invoking user; as root the mail
  is owned by ``nobody``, since Dovecot refuses mail access as uid 0).

In CI (``CI`` set) a server that cannot start fails the test instead of skipping it: .ci/run
installs dovecot-imapd and openssl.
"""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest

from tests.support.tls_postgres import CERT_HOST, _make_certificates

SMTP_USER, SMTP_PASSWORD = "desk", "smtp-secret-1"
IMAP_USER, IMAP_PASSWORD = "desk", "imap-secret-1"
#: Dovecot 2.3 checks an XOAUTH2 bearer token against the passdb like a password; the test
#: user's second passdb entry accepts this token
IMAP_TOKEN = "ya29.test-token-1"


def _must_work() -> bool:
    return bool(os.environ.get("CI"))


def unavailable(reason: str) -> None:
    if _must_work():
        pytest.fail(f"{reason} (CI installs dovecot-imapd and openssl: see .ci/run)",
                    pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def certificates() -> Iterator[Path]:
    if shutil.which("openssl") is None:
        unavailable("the openssl command was not found")
    folder = Path(tempfile.mkdtemp(prefix="deskapp-mailcert-"))
    try:
        _make_certificates(folder)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- SMTP --------------------------------------------------------------------------------------
@dataclass
class SmtpServer:
    port: int
    ca_file: Path
    messages: list[Any] = field(default_factory=list)  # aiosmtpd Envelopes
    refuse: set[str] = field(default_factory=set)
    logins: list[str] = field(default_factory=list)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Any]:
        end = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < end:
            time.sleep(0.02)
        return self.messages


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          options: Any) -> str:
        if address.lower() in self.server.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.server.messages.append(envelope)
        return "250 Message accepted for delivery"


@contextmanager
def smtp_server(*, implicit_tls: bool = False) -> Iterator[SmtpServer]:
    try:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword
    except ImportError:
        unavailable("aiosmtpd is not installed (it is in the test extras)")
        raise
    with certificates() as certs:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certs / "server.crt", certs / "server.key")
        server = SmtpServer(free_port(), certs / "ca.crt")

        def authenticate(_server: Any, _session: Any, _envelope: Any, _mechanism: str,
                         data: Any) -> Any:
            ok = isinstance(data, LoginPassword) and data.login == SMTP_USER.encode() and \
                data.password == SMTP_PASSWORD.encode()
            if ok:
                server.logins.append(SMTP_USER)
            return AuthResult(success=ok, handled=False)

        # aiosmtpd counts only STARTTLS as TLS for AUTH; implicit TLS is encrypted from the start
        options: dict[str, Any] = {"authenticator": authenticate,
                                   "auth_require_tls": not implicit_tls}
        if implicit_tls:
            options["ssl_context"] = context
            options["server_hostname"] = CERT_HOST
        else:
            options["tls_context"] = context
            options["require_starttls"] = True
        controller = Controller(_Handler(server), hostname="127.0.0.1", port=server.port,
                                **options)
        controller.start()
        try:
            yield server
        finally:
            controller.stop()


# -- IMAP --------------------------------------------------------------------------------------
@dataclass
class ImapServer:
    port: int
    ca_file: Path
    folder: Path

    def client(self) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cafile=str(self.ca_file))
        imap = imaplib.IMAP4_SSL(CERT_HOST, self.port, ssl_context=context, timeout=30)
        imap.login(IMAP_USER, IMAP_PASSWORD)
        return imap

    def deliver(self, raw: bytes) -> None:
        """Put a message into the INBOX through IMAP APPEND (unseen)."""
        imap = self.client()
        try:
            typ, data = imap.append("INBOX", "", imaplib.Time2Internaldate(time.time()), raw)
            assert typ == "OK", data
        finally:
            imap.logout()

    def flags(self) -> list[bytes]:
        imap = self.client()
        try:
            imap.select("INBOX")
            typ, data = imap.fetch("1:*", "(FLAGS)")
            return [d for d in data if isinstance(d, bytes)]
        finally:
            imap.logout()


_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{certs}/server.crt
ssl_key = <{certs}/server.key
disable_plaintext_auth = yes
auth_mechanisms = plain login xoauth2
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
auth_verbose = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/tokens
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


@contextmanager
def imap_server() -> Iterator[ImapServer]:
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot"
                                         if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        unavailable("Dovecot is not installed (apt-get install dovecot-imapd)")
        raise AssertionError("unreachable")
    with certificates() as certs:
        root = Path(tempfile.mkdtemp(prefix="deskapp-dovecot-"))
        process: subprocess.Popen[bytes] | None = None
        try:
            process, server = _start_dovecot(binary, root, certs)
            yield server
        finally:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)
            shutil.rmtree(root, ignore_errors=True) if not os.environ.get("KEEP_DOVECOT") else None


def _start_dovecot(binary: str, root: Path, certs: Path
                   ) -> tuple[subprocess.Popen[bytes], ImapServer]:
    account = pwd.getpwnam("nobody") if os.getuid() == 0 else pwd.getpwuid(os.getuid())
    group = grp.getgrgid(account.pw_gid).gr_name
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir()
    port = free_port()
    (root / "passwd").write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}::::::\n")
    (root / "tokens").write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_TOKEN}::::::\n")
    (root / "dovecot.conf").write_text(_CONFIG.format(
        root=root, certs=certs, port=port, user=account.pw_name, group=group,
        uid=account.pw_uid, gid=account.pw_gid))
    if os.getuid() == 0:
        for path in (root / "mail", root / "home"):
            os.chown(path, account.pw_uid, account.pw_gid)
    for path in (certs, root):
        path.chmod(0o755)
    process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.1)
    if process.poll() is not None:
        output = process.stdout.read().decode(errors="replace") if process.stdout else ""
        log = root / "dovecot.log"
        tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
        unavailable(f"Dovecot did not start: {output.strip()} {tail.strip()}")
    return process, ImapServer(port, certs / "ca.crt", root)


# -- keyring -----------------------------------------------------------------------------------
class MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure-looking keyring holding secrets in memory (the tests' OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)
