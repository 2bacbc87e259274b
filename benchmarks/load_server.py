"""The server the load harness measures when no ``--database`` is given: a private cluster kept
in ``/tmp/deskapp-bench/load-cluster`` (port 55432), made on first use and reused after (its
dataset too), started when it is not running.

Why not the shared server on 5432: 200 agents need about 420 connections (its
``max_connections`` is 100) and the slowest statements need ``pg_stat_statements`` in
``shared_preload_libraries``; both take a restart, which the shared server must not get.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.pg_cluster import Cluster

ROOT = Path("/tmp/deskapp-bench/load-cluster")
PORT = 55432
DATABASE = "load_desk"

#: Sized for 200 agents + supervisors at two connections each, the harness's own monitor and
#: set-up connections, and headroom; memory as docs/deployment.md recommends for a small desk.
SETTINGS = """# DeskApp load harness cluster (benchmarks/load_server.py)
max_connections = {max_connections}
shared_buffers = 512MB
work_mem = 8MB
maintenance_work_mem = 256MB
effective_cache_size = 4GB
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
pg_stat_statements.max = 5000
wal_level = replica
max_wal_senders = 4
checkpoint_timeout = 15min
max_wal_size = 4GB
"""


def max_connections_for(clients: int) -> int:
    return max(100, 2 * clients + 50)


def ensure(clients: int, root: Path = ROOT, port: int = PORT) -> Cluster:
    """The cluster, created if missing, with ``max_connections`` for ``clients`` (restarted
    when it had fewer), running."""
    cluster = Cluster(root, port)
    wanted = max_connections_for(clients)
    settings = SETTINGS.format(max_connections=wanted)
    if not cluster.exists:
        print(f"creating the load cluster in {root} (port {port})", flush=True)
        cluster.init(settings)
    else:
        current = (cluster.data / "deskapp.conf").read_text(encoding="utf-8")
        have = next((int(line.split("=")[1]) for line in current.splitlines()
                     if line.startswith("max_connections")), 0)
        if have < wanted:
            print(f"load cluster: max_connections {have} -> {wanted} (restart)", flush=True)
            cluster.stop()
            cluster.configure(settings)
    if not cluster.running:
        cluster.start()
    return cluster


PGBOUNCER_PORT = 6543
PGBOUNCER_SETTINGS = """[databases]
{database} = host=127.0.0.1 port={port} dbname={database}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen}
unix_socket_dir =
auth_type = trust
auth_file = {root}/userlist.txt
pool_mode = transaction
; pools are per (database, user): with a login per agent each agent has its own pool
default_pool_size = 1
max_client_conn = 2000
; give a server connection back 5 s after its last transaction
server_idle_timeout = 5
; DeskApp sends options=-c jit=off, which PgBouncer 1.18 does not pass on
ignore_startup_parameters = options,extra_float_digits
logfile = {root}/pgbouncer.log
pidfile = {root}/pgbouncer.pid
"""


def start_pgbouncer(cluster: Cluster, database: str, users: list[str],
                    root: Path = ROOT.parent / "load-pgbouncer") -> str:
    """PgBouncer (transaction pooling) in front of the load cluster; returns ``host:port``.
    It refuses to run as root, so as root it runs as the postgres user, like the server."""
    import shutil

    binary = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
    if not Path(binary).exists():
        raise SystemExit("pgbouncer is not installed (Debian: apt-get install pgbouncer)")
    root.mkdir(parents=True, exist_ok=True)
    stop_pgbouncer(root)
    (root / "userlist.txt").write_text("".join(f'"{u}" ""\n' for u in users), encoding="utf-8")
    ini = root / "pgbouncer.ini"
    ini.write_text(PGBOUNCER_SETTINGS.format(database=database, port=cluster.port,
                                             listen=PGBOUNCER_PORT, root=root), encoding="utf-8")
    cluster.give_to_owner(root, ini, root / "userlist.txt")
    cluster.run(binary, "-d", str(ini))
    return f"127.0.0.1:{PGBOUNCER_PORT}"


def stop_pgbouncer(root: Path = ROOT.parent / "load-pgbouncer") -> None:
    import os
    import signal

    try:
        pid = int((root / "pgbouncer.pid").read_text().strip())
    except (OSError, ValueError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
