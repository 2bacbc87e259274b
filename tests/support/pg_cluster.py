"""Private PostgreSQL clusters on this machine: ``initdb`` into a folder, a port of their own on
127.0.0.1, started and stopped with ``pg_ctl``; and a streaming standby made from one of them with
``pg_basebackup``.

Used by the TLS tests (``tls_postgres.py``), the read-replica tests and the load harness
(``python -m benchmarks load``), so it imports neither pytest nor DeskApp. The shared server is
left alone: these clusters get settings it must not (TLS only, ``pg_stat_statements``, hundreds of
connections, a standby).

PostgreSQL refuses to run as root: as root the cluster runs as the ``postgres`` system user
(``runuser``), otherwise as the current user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

SUPERUSER = "postgres"  # the cluster's superuser (initdb -U), whoever runs it


class ClusterUnavailable(RuntimeError):
    """The cluster could not be made or started; the message says why."""


def bin_dir() -> Path | None:
    """The newest installed server binaries (``/usr/lib/postgresql/N/bin``, else ``PATH``)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name)
                   if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """One cluster in ``root`` (``root/data``, log ``root/server.log``, socket in ``root``)."""

    def __init__(self, root: Path, port: int | None = None) -> None:
        self.root = root
        self.data = root / "data"
        self.log = root / "server.log"
        self.as_root = os.geteuid() == 0
        self.bin = bin_dir()
        self.port = port if port is not None else free_port()

    # -- running commands as the cluster's owner ----------------------------------------------
    def run(self, *cmd: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        argv = list(cmd)
        if self.as_root:  # initdb and postgres refuse root: run them as the postgres user
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, check=True, capture_output=True, text=True, timeout=timeout)

    def tool(self, name: str) -> str:
        if self.bin is None:
            raise ClusterUnavailable("no PostgreSQL server binaries (initdb) were found")
        return str(self.bin / name)

    def check_tools(self) -> None:
        self.tool("initdb")
        if self.as_root:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise ClusterUnavailable("running as root and there is no 'postgres' system "
                                         "user to run the server as") from None
            if shutil.which("runuser") is None:
                raise ClusterUnavailable("running as root and the runuser command was not found")

    def give_to_owner(self, *paths: Path) -> None:
        """As root, hand folders and files the server reads to the postgres user."""
        if not self.as_root:
            return
        owner = pwd.getpwnam("postgres")
        for path in paths:
            os.chown(path, owner.pw_uid, owner.pw_gid)

    # -- life cycle ------------------------------------------------------------------------------
    @property
    def exists(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    @property
    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def init(self, settings: str = "", hba: str = "local all all trust\n"
             "host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n") -> None:
        """``initdb`` (trust: these clusters are for tests and measurements on this machine),
        then ``settings`` appended to postgresql.conf and ``hba`` as pg_hba.conf."""
        self.check_tools()
        self.root.mkdir(parents=True, exist_ok=True)
        self.give_to_owner(self.root)
        try:
            self.run(self.tool("initdb"), "-D", str(self.data), "-U", SUPERUSER,
                     "--auth=trust", "--no-instructions", "-E", "UTF8")
        except subprocess.CalledProcessError as exc:
            raise ClusterUnavailable(f"initdb failed: {exc.stderr.strip()}") from None
        self.configure(settings)
        (self.data / "pg_hba.conf").write_text(hba, encoding="utf-8")

    def configure(self, settings: str) -> None:
        """Write the port, the address, the socket folder and ``settings`` into
        ``postgresql.auto.conf``'s neighbour ``deskapp.conf`` (included last, so a second call
        replaces the first)."""
        conf = self.data / "postgresql.conf"
        include = "include_if_exists = 'deskapp.conf'"
        if include not in conf.read_text(encoding="utf-8"):
            with conf.open("a", encoding="utf-8") as out:
                out.write(f"\n{include}\n")
        (self.data / "deskapp.conf").write_text(
            f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
            f"unix_socket_directories = '{self.root}'\n{settings}\n", encoding="utf-8")
        self.give_to_owner(self.data / "deskapp.conf")

    def start(self) -> None:
        try:
            self.run(self.tool("pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                     "-w", "-t", "120", "start", timeout=180)
        except subprocess.CalledProcessError as exc:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise ClusterUnavailable(
                f"pg_ctl start failed: {exc.stderr.strip()} {log[-2000:]}") from None

    def stop(self, mode: str = "fast") -> None:
        if self.bin is not None and self.running:
            try:
                self.run(self.tool("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")
            except subprocess.CalledProcessError:
                pass

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def url(self, database: str = "postgres", username: str = SUPERUSER) -> str:
        return f"postgresql://{username}@127.0.0.1:{self.port}/{database}"

    # -- a streaming standby -----------------------------------------------------------------
    def standby(self, root: Path, port: int | None = None) -> Cluster:
        """A hot standby of this (running) cluster, made with ``pg_basebackup -R`` (which writes
        ``primary_conninfo`` and ``standby.signal``) and started. Its ``deskapp.conf`` comes
        with the copy; only the port and socket folder change."""
        replica = Cluster(root, port)
        replica.check_tools()
        root.mkdir(parents=True, exist_ok=True)
        replica.give_to_owner(root)
        try:
            self.run(self.tool("pg_basebackup"), "-h", "127.0.0.1", "-p", str(self.port),
                     "-U", SUPERUSER, "-D", str(replica.data), "-R", "-X", "stream",
                     "-c", "fast", timeout=300)
        except subprocess.CalledProcessError as exc:
            raise ClusterUnavailable(f"pg_basebackup failed: {exc.stderr.strip()}") from None
        settings = (self.data / "deskapp.conf").read_text(encoding="utf-8").splitlines()
        kept = "\n".join(line for line in settings if not line.startswith(
            ("port", "listen_addresses", "unix_socket_directories")))
        replica.configure(kept + "\nhot_standby = on\n")
        replica.start()
        return replica


def wait_until(predicate: object, timeout: float = 30.0, step: float = 0.1) -> bool:
    """Poll ``predicate()`` until it is true or ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(predicate) and predicate():
            return True
        time.sleep(step)
    return False
