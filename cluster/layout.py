"""The whole layout on one machine, from Debian's and Python's packages (no containers).

PostgreSQL (a Debian cluster of its own, `dobrye`, on its own port), Redis, an S3-compatible
endpoint (moto's server; in production any S3-compatible service), N gunicorn app hosts on
consecutive ports, the mail worker and Varnish in front. `make cluster` runs it in the
foreground (python -m cluster); the cluster tests and `make bench` cluster mode start their own
on other ports. Every process is a child of this one and is stopped, in reverse order, by stop().

The app hosts run config.settings.production as a real deployment would, with the environment
below; only HTTPS is off (loopback) and a cluster-wide SECRET_KEY is kept under the work folder so
that a session or a form token made on one host is valid on the other.
"""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from cluster.varnish import render_vcl

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BUCKET = "dobrye-media"
DEBIAN_PACKAGES = {"redis-server": "redis-server", "varnishd": "varnish", "pg_createcluster": "postgresql"}


class ClusterError(RuntimeError):
    pass


def run(command, env=None, quiet=True, check=True, cwd=BASE_DIR):
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=quiet, text=True)
    if check and result.returncode != 0:
        detail = (result.stderr or result.stdout or "")[-2000:] if quiet else ""
        raise ClusterError(f"{' '.join(map(str, command))} failed ({result.returncode})\n{detail}")
    return result


def ensure_debian_packages():
    """Install what is missing with apt when we are root; otherwise say what to install."""
    missing = sorted({package for command, package in DEBIAN_PACKAGES.items() if not _which(command)})
    if not missing:
        return
    if os.geteuid() != 0:
        raise ClusterError(f"missing Debian packages: {' '.join(missing)} (sudo apt-get install {' '.join(missing)})")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-q"], env=env)
    run(["apt-get", "install", "-y", "-q", *missing], env=env)


def _which(command):
    return shutil.which(command) or shutil.which(command, path="/usr/sbin:/usr/bin:/sbin:/bin")


def wait_for(check, what, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise ClusterError(f"{what} did not come up within {seconds} s")


def http_status(url, timeout=2):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (loopback)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@dataclass
class Ports:
    """Every port of one layout, from a base: `make cluster` uses 8100…, the tests and the bench others."""

    base: int = 8100
    front: int = field(init=False)
    redis: int = field(init=False)
    s3: int = field(init=False)
    postgres: int = field(init=False)

    def __post_init__(self):
        self.front = self.base
        self.postgres = self.base + 40
        self.redis = self.base + 50
        self.s3 = self.base + 60

    def host(self, number):
        return self.base + 1 + number


class Cluster:
    def __init__(
        self, base_port=8100, hosts=2, database="dobrye_cluster", workdir=None, demo=True, env=None, verbose=False
    ):
        self.ports = Ports(base_port)
        self.host_count = hosts
        self.database = database
        self.workdir = BASE_DIR / (workdir or "var/cluster")
        self.demo = demo
        self.extra_env = env or {}
        self.processes = {}  # name -> Popen, in start order
        self.logs = self.workdir / "logs"
        self.pg_version = None
        self.verbose = verbose

    # Addresses

    @property
    def front_url(self):
        return f"http://127.0.0.1:{self.ports.front}"

    def host_url(self, number):
        return f"http://127.0.0.1:{self.ports.host(number)}"

    def host_names(self):
        return [self.host_name(number) for number in range(self.host_count)]

    @staticmethod
    def host_name(number):
        return f"host_{chr(ord('a') + number)}"

    @property
    def database_url(self):
        return f"postgres://dobrye:dobrye@127.0.0.1:{self.ports.postgres}/{self.database}"

    @property
    def redis_url(self):
        return f"redis://127.0.0.1:{self.ports.redis}/0"

    @property
    def s3_url(self):
        return f"http://127.0.0.1:{self.ports.s3}"

    def environment(self):
        """What every app host, the worker and the management commands run with."""
        secret_file = self.workdir / "secret_key"
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(50))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secret_file.read_text().strip(),
            "SITE_URL": self.front_url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": self.s3_url,
            "AWS_S3_ADDRESSING_STYLE": "path",
            "AWS_ACCESS_KEY_ID": "cluster",
            "AWS_SECRET_ACCESS_KEY": "cluster-secret",
            "AWS_S3_REGION_NAME": "us-east-1",
            "FRONT_CACHE_URLS": self.front_url,
            # Varnish appends the address it saw to X-Forwarded-For.
            "TRUSTED_PROXY_COUNT": "1",
            "VAR_DIR": str(self.workdir),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.workdir / "mail"),
            # Plain HTTP on loopback; production keeps its HTTPS defaults.
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "SECURE_HSTS_SECONDS": "0",
            "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2"),
        }
        env.update(self.extra_env)
        return env

    # Starting

    def start(self):
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(exist_ok=True)
        (self.workdir / "mail").mkdir(exist_ok=True)
        ensure_debian_packages()
        try:
            self.start_postgres()
            self.start_redis()
            self.start_s3()
            self.prepare()
            for number in range(self.host_count):
                self.start_host(number)
            self.start_worker()
            self.start_front()
        except BaseException:
            self.stop()
            raise
        return self

    def _spawn(self, name, command, env=None):
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        process.log = log
        self.processes[name] = process
        return process

    @property
    def pg_cluster(self):
        # One PostgreSQL cluster per layout (make cluster, the tests, the bench): stopping one leaves the others.
        return f"dobrye{self.ports.base}"

    def _pg(self, *args):
        return ["pg_ctlcluster", self.pg_version, self.pg_cluster, *args]

    def start_postgres(self):
        versions = sorted(os.listdir("/usr/lib/postgresql"), key=int)
        self.pg_version = versions[-1]
        listing = run(["pg_lsclusters", "--no-header"]).stdout
        if not any(line.split()[:2] == [self.pg_version, self.pg_cluster] for line in listing.splitlines()):
            run(["pg_createcluster", self.pg_version, self.pg_cluster, "--port", str(self.ports.postgres)])
        self.postgres_up()
        self._psql_as_postgres(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dobrye') "
            "THEN CREATE ROLE dobrye LOGIN PASSWORD 'dobrye' CREATEDB; END IF; END $$;"
        )
        # From scratch every time: moto's server keeps objects in memory only, so images of an older
        # database would point at nothing.
        port = str(self.ports.postgres)
        run(["runuser", "-u", "postgres", "--", "dropdb", "-p", port, "--if-exists", "--force", self.database], cwd="/")
        run(["runuser", "-u", "postgres", "--", "createdb", "-p", port, "-O", "dobrye", self.database], cwd="/")

    def postgres_up(self):
        if run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(self.ports.postgres)], check=False).returncode != 0:
            run(self._pg("start"), check=False)
        wait_for(
            lambda: (
                run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(self.ports.postgres)], check=False).returncode
                == 0
            ),
            "PostgreSQL",
        )

    def postgres_down(self):
        run(self._pg("stop", "-m", "fast"))

    def _psql_as_postgres(self, sql):
        return run(
            ["runuser", "-u", "postgres", "--", "psql", "-p", str(self.ports.postgres), "-tAc", sql], cwd="/"
        ).stdout

    def sql(self, query):
        """One query against the cluster's database, as the app's role (for tests and the bench)."""
        return run(["psql", self.database_url, "-tAc", query]).stdout.strip()

    def start_redis(self):
        self._spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(self.ports.redis),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
        )
        wait_for(
            lambda: run(["redis-cli", "-p", str(self.ports.redis), "ping"], check=False).stdout.strip() == "PONG",
            "Redis",
        )

    def start_s3(self):
        self._spawn("s3", [PYTHON, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.ports.s3)])
        wait_for(lambda: http_status(self.s3_url + "/") in (200, 403), "the S3 endpoint")
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=self.s3_url,
            aws_access_key_id="cluster",
            aws_secret_access_key="cluster-secret",
            region_name="us-east-1",
        )
        if BUCKET not in [bucket["Name"] for bucket in client.list_buckets().get("Buckets", [])]:
            client.create_bucket(Bucket=BUCKET)

    def manage(self, *args, quiet=True):
        return run([PYTHON, "manage.py", *args], env=self.environment(), quiet=quiet)

    def prepare(self):
        """Once for the whole cluster, as a deployment's release step: schema, static files, the site."""
        self.manage("migrate", "--noinput")
        self.manage("createcachetable")
        self.manage("collectstatic", "--noinput", "-v", "0")
        self.manage("setup_site")
        if self.demo:
            self.manage("load_demo_content", quiet=not self.verbose)

    def start_host(self, number):
        name = self.host_name(number)
        env = {**self.environment(), "HOST": "127.0.0.1", "PORT": str(self.ports.host(number))}
        self._spawn(name, [str(Path(PYTHON).with_name("gunicorn")), "-c", "config/gunicorn.conf.py"], env=env)
        wait_for(lambda: http_status(self.host_url(number) + "/health/?parts=database") == 200, f"app {name}", 60)

    def start_worker(self):
        self._spawn("mail_worker", [PYTHON, "manage.py", "db_worker", "--backend", "mail"], env=self.environment())

    def start_front(self):
        hosts = [(self.host_name(n), "127.0.0.1", self.ports.host(n)) for n in range(self.host_count)]
        vcl = self.workdir / "front.vcl"
        vcl.write_text(render_vcl(hosts, self.front_url))
        state = self.workdir / "varnish"
        state.mkdir(exist_ok=True)
        command = [
            _which("varnishd"),
            "-F",
            "-f",
            str(vcl),
            "-a",
            f"127.0.0.1:{self.ports.front}",
            "-n",
            str(state),
            "-s",
            "malloc,256m",
            "-T",
            "none",
        ]
        if os.geteuid() == 0:
            command += ["-j", "none"]
        self._spawn("front", command)
        wait_for(lambda: http_status(self.front_url + "/health/?parts=database") == 200, "the front (Varnish)")

    # Failures, for the tests

    def kill(self, name, sig=signal.SIGKILL):
        """Kill a process (an app host: its gunicorn master and workers) without letting it finish."""
        process = self.processes.pop(name)
        os.killpg(process.pid, sig)
        process.wait(10)
        process.log.close()

    def restart(self, name):
        starters = {
            "redis": self.start_redis,
            "s3": self.start_s3,
            "front": self.start_front,
            "mail_worker": self.start_worker,
        }
        if name.startswith("host_"):
            self.start_host(ord(name[-1]) - ord("a"))
        else:
            starters[name]()

    # Stopping

    def stop(self):
        for name in reversed(list(self.processes)):
            process = self.processes.pop(name)
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(5)
            process.log.close()
        if self.pg_version:
            run(self._pg("stop", "-m", "fast"), check=False)
