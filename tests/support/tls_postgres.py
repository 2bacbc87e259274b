"""A private PostgreSQL cluster with TLS for the connection tests.

The shared test server (``DESKAPP_TEST_POSTGRES_URL``) is left alone: other tests and other
people use it, and turning TLS on there would change what they test. This starts a second,
throwaway cluster instead: ``initdb`` into a temporary folder, a certificate authority and a
server certificate for ``localhost`` made with ``openssl``, ``ssl = on``, a free port on
127.0.0.1, and a ``pg_hba.conf`` with ``hostssl`` lines only (trust: the tests are about the
channel, not passwords), so a plaintext connection is refused by the server itself.

PostgreSQL refuses to run as root: as root the cluster runs as the ``postgres`` system user
(``runuser``), otherwise as the current user. When the cluster cannot be started the tests skip
on a laptop, and fail in CI (``CI`` or ``DESKAPP_TEST_POSTGRES_URL`` set): CI installs the
server binaries and ``openssl`` (``.ci/run``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from tests.support.fixtures import PG_ENV
from tests.support.pg_cluster import SUPERUSER as SERVER_USER
from tests.support.pg_cluster import Cluster, ClusterUnavailable

#: The name on the server's certificate (the tests connect to it, and to 127.0.0.1 for a
#: name that is not on the certificate).
CERT_HOST = "localhost"


@dataclass(frozen=True)
class TlsServer:
    port: int
    ca_file: Path  # the CA that signed the server's certificate (PEM)
    other_ca_file: Path  # a CA that did not

    def url(self, host: str = CERT_HOST) -> URL:
        """A URL without any TLS option (the test adds sslmode and sslrootcert)."""
        return URL.create("postgresql+psycopg", username=SERVER_USER, host=host,
                          port=self.port, database="postgres")


def _must_work() -> bool:
    return bool(os.environ.get("CI")) or bool(os.environ.get(PG_ENV))


def _unavailable(reason: str) -> None:
    message = f"cannot start the private TLS PostgreSQL cluster: {reason}"
    if _must_work():
        pytest.fail(message + " (CI installs the server and openssl: see .ci/run)",
                    pytrace=False)
    pytest.skip(message)


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _make_certificates(folder: Path) -> None:
    """ca.crt signs server.crt (for localhost only); other-ca.crt signs nothing we use."""
    for ca in ("ca", "other-ca"):
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                 "-subj", f"/CN=DeskApp test {ca}", "-keyout", f"{ca}.key", "-out", f"{ca}.crt",
                 "-addext", "basicConstraints=critical,CA:TRUE",
                 "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={CERT_HOST}",
             "-keyout", "server.key", "-out", "server.csr", cwd=folder)
    (folder / "server.ext").write_text(f"subjectAltName=DNS:{CERT_HOST}\n"
                                       "extendedKeyUsage=serverAuth\n")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
             "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.crt",
             cwd=folder)


class _Cluster:
    def __init__(self) -> None:
        self.cluster = Cluster(Path(tempfile.mkdtemp(prefix="deskapp-tls-")))

    def start(self) -> TlsServer:
        cluster = self.cluster
        try:
            cluster.check_tools()
        except ClusterUnavailable as exc:
            _unavailable(str(exc))
        if shutil.which("openssl") is None:
            _unavailable("the openssl command was not found")
        certs = cluster.root / "certs"
        certs.mkdir()
        try:
            _make_certificates(certs)
        except subprocess.CalledProcessError as exc:
            _unavailable(f"openssl failed: {exc.stderr.decode(errors='replace').strip()}")
        os.chmod(certs / "server.key", 0o600)
        cluster.give_to_owner(cluster.root, certs, *certs.iterdir())
        try:
            # TLS only: no 'host' line, so the server itself refuses a plaintext connection
            cluster.init(
                "# DeskApp TLS test cluster\n"
                f"ssl = on\nssl_cert_file = '{certs / 'server.crt'}'\n"
                f"ssl_key_file = '{certs / 'server.key'}'\n"
                "max_connections = 20\nshared_buffers = 16MB\nfsync = off",
                hba="local all all trust\nhostssl all all 127.0.0.1/32 trust\n")
            cluster.start()
        except ClusterUnavailable as exc:
            _unavailable(str(exc))
        return TlsServer(cluster.port, certs / "ca.crt", certs / "other-ca.crt")

    def stop(self) -> None:
        self.cluster.remove()


@contextmanager
def running_tls_server() -> Iterator[TlsServer]:
    """The cluster, started, for a session-scoped fixture; stopped and deleted after."""
    cluster = _Cluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()
