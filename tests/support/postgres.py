"""A throwaway PostgreSQL cluster from the distribution's server binaries, for the team tests
and `make bench-team`: a folder owned by the `postgres` user (initdb refuses root, so as root
every server command runs through `runuser -u postgres --`), a Unix socket only
(`listen_addresses=''`), scram-sha-256 logins, and a PGPASSFILE holding their passwords."""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def server_bin() -> Path | None:
    """The newest installed server's binaries (Debian's `postgresql` package), if any."""
    for folder in BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


@dataclass
class Cluster:
    bin: Path
    base: Path  # owned by the server's user; holds data/, the socket and the log
    superuser_password: str
    passfile: Path
    logins: dict[str, str] = field(default_factory=dict)

    @property
    def socket_dir(self) -> Path:
        return self.base / "socket"

    def _as_server(self, *command: str, **options: object) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run(
            [*prefix, *command], check=True, capture_output=True, text=True, **options
        )  # type: ignore[call-overload]

    @classmethod
    def start(cls, parent: Path | None = None) -> Cluster:
        binaries = server_bin()
        if binaries is None:
            raise RuntimeError("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin")
        base = Path(tempfile.mkdtemp(prefix="skill-ladder-pg-", dir=parent or "/var/tmp"))
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(base, user.pw_uid, user.pw_gid)
        base.chmod(0o700)
        password = secrets.token_hex(12)
        passfile = Path(tempfile.mkdtemp(prefix="skill-ladder-pgpass-")) / "pgpass"
        cluster = cls(binaries, base, password, passfile)
        pwfile = base / "pw"
        cluster._as_server("sh", "-c", f"umask 077; echo {password} > {pwfile}")
        cluster._as_server("mkdir", str(cluster.socket_dir))
        cluster._as_server(
            str(binaries / "initdb"),
            "-D",
            str(base / "data"),
            "-U",
            "postgres",
            "--auth=scram-sha-256",
            f"--pwfile={pwfile}",
            "--encoding=UTF8",
            "--no-instructions",
        )
        cluster._as_server(
            str(binaries / "pg_ctl"),
            "-D",
            str(base / "data"),
            "-l",
            str(base / "server.log"),
            "-w",
            "-o",
            f"-c listen_addresses='' -k {cluster.socket_dir} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off",
            "start",
        )
        cluster.logins["postgres"] = password
        cluster._write_passfile()
        return cluster

    def _write_passfile(self) -> None:
        lines = [f"*:*:*:{login}:{password}" for login, password in self.logins.items()]
        self.passfile.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.passfile.chmod(0o600)

    def env(self) -> dict[str, str]:
        return {"PGPASSFILE": str(self.passfile)}

    def url(self, login: str, dbname: str = "ladder") -> str:
        return f"host={self.socket_dir} dbname={dbname} user={login}"

    def sql(self, statement: str, dbname: str = "postgres", login: str = "postgres") -> str:
        """Runs SQL through psql as `login` (the superuser by default)."""
        done = subprocess.run(
            [
                str(self.bin / "psql"),
                "-X",
                "-q",
                "-t",
                "-A",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                self.url(login, dbname),
                "-c",
                statement,
            ],
            capture_output=True,
            text=True,
            env={**os.environ, **self.env()},
            check=True,
        )
        return done.stdout.strip()

    def create_login(self, login: str, *options: str) -> None:
        password = secrets.token_hex(12)
        extra = " ".join(options)
        self.sql(f"CREATE ROLE \"{login}\" LOGIN {extra} PASSWORD '{password}'")
        self.logins[login] = password
        self._write_passfile()

    def create_database(self, name: str, owner: str) -> None:
        self.sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        self.sql(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
        self.sql(f'GRANT CONNECT ON DATABASE "{name}" TO PUBLIC')

    def stop(self) -> None:
        try:
            self._as_server(
                str(self.bin / "pg_ctl"), "-D", str(self.base / "data"), "-m", "fast", "stop"
            )
        finally:
            shutil.rmtree(self.base, ignore_errors=True)
            shutil.rmtree(self.passfile.parent, ignore_errors=True)
