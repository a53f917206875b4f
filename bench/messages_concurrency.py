"""200 visitors send a message at the same moment to gunicorn on SQLite: are all 200 kept?

    .venv/bin/python bench/messages_concurrency.py [--visitors 200] [--workers 4] [--port 8103]

What it does, in a temporary folder (the project's own database is not touched):
  1. migrates a fresh SQLite file and starts gunicorn with production settings
     (DEBUG off, static files collected, plain HTTP on 127.0.0.1 only);
  2. each visitor (one thread, own cookies) opens /contact/ like a browser, then all
     wait until the form is more than 3 seconds old (the spam timer's minimum) and
     post at the same moment;
  3. counts the rows in the database and searches gunicorn's log for
     "database is locked" and tracebacks;
  4. checks that the rate limit still holds across the workers: one address sends 6.

The rate limit (5 per address per 10 minutes) is passed honestly: gunicorn runs with
DJANGO_TRUSTED_PROXY_COUNT=1, as it would behind one reverse proxy, and each visitor
comes "through the proxy" with its own address in X-Forwarded-For (10.0.x.y). Nothing
else is switched off: CSRF, the signed timer and the honeypot all run.

Prints the figures and exits non-zero if any message is missing or any error is seen.
"""

import argparse
import http.client
import os
import re
import secrets
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
MIN_FORM_SECONDS = 3.2  # a little over the spam timer's 3 seconds


def server_env(tmp, port):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_HTTPS="0",  # plain HTTP on this machine only
        DATABASE_URL=f"sqlite:///{tmp / 'bench.sqlite3'}",
        DJANGO_CACHE_DIR=str(tmp / "cache"),
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        DJANGO_TRUSTED_PROXY_COUNT="1",
        DJANGO_SITE_URL=f"http://127.0.0.1:{port}",
    )
    return env


def run(args, env):
    subprocess.run([str(PYTHON), "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def sqlite_options_in_use(env):
    """What a Django connection really runs with, asked from a Django process."""
    code = (
        "from django.db import connection\n"
        "c = connection.cursor()\n"
        "print(c.execute('PRAGMA journal_mode').fetchone()[0],"
        " c.execute('PRAGMA busy_timeout').fetchone()[0],"
        " c.execute('PRAGMA synchronous').fetchone()[0], connection.transaction_mode)\n"
    )
    out = subprocess.run(
        [str(PYTHON), "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return {"journal_mode": out[-4], "busy_timeout_ms": out[-3], "synchronous": out[-2], "transaction_mode": out[-1]}


def letters(number):
    """0 → "A", 25 → "Z", 26 → "BA": a distinct surname for each visitor."""
    word = ""
    while True:
        number, digit = divmod(number, 26)
        word = chr(ord("A") + digit) + word
        if number == 0:
            return word.capitalize()


class Visitor:
    def __init__(self, port, number, address, label="Bench message"):
        self.port, self.number, self.address, self.label = port, number, address, label
        self.cookies = {}
        self.fields = {}
        self.status = None
        self.location = ""
        self.seconds = None
        self.error = ""

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        headers = {"X-Forwarded-For": self.address, "User-Agent": "bench/messages_concurrency"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read().decode("utf-8", "replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        connection.close()
        return response.status, response.getheader("Location", ""), data

    def open_form(self):
        status, _, html = self.request("GET", "/contact/")
        assert status == 200, status
        for name in ["csrfmiddlewaretoken", "form_started"]:
            self.fields[name] = re.search(rf'name="{name}" value="([^"]*)"', html).group(1)

    def send(self):
        body = urllib.parse.urlencode({
            **self.fields,
            "name": f"Bench Visitor {letters(self.number)}",  # names have no digits
            "email": f"visitor{self.number}@mail.example",
            "phone": "(314) 555-0100",
            "topic": "procedure_question",
            "procedure": "",
            "body": f"{self.label} {self.number}: can I drive home after my injection?",
            "website": "",
        })
        started = time.perf_counter()
        try:
            self.status, self.location, html = self.request("POST", "/contact/", body=body)
            if self.status == 200:  # the form came back: say why
                self.error = " / ".join(re.findall(r'<a href="#id_\w+">([^<]*)</a>', html)) or "form shown again"
        except Exception as error:  # a refused or dropped connection is a result to report
            self.error = repr(error)
        self.seconds = time.perf_counter() - started


def all_at_once(visitors, action):
    """Run `action` for every visitor in its own thread, released together."""
    gate = threading.Barrier(len(visitors))

    def go(visitor):
        gate.wait()
        action(visitor)

    threads = [threading.Thread(target=go, args=(v,)) for v in visitors]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def wait_until_up(port, server, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped while starting; see its log above.")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/contact/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer on port {port} within {seconds} s.")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8103)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-messages-") as folder:
        tmp = Path(folder)
        env = server_env(tmp, options.port)
        run(["migrate", "--noinput"], env)
        run(["collectstatic", "--noinput", "--verbosity", "0"], env)
        sqlite_options = sqlite_options_in_use(env)

        log_path = tmp / "gunicorn.log"
        with open(log_path, "w") as log:
            server = subprocess.Popen(
                [str(GUNICORN), "clinic_site.wsgi", "--bind", f"127.0.0.1:{options.port}",
                 "--workers", str(options.workers), "--backlog", "2048", "--timeout", "120"],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            )
        try:
            wait_until_up(options.port, server)
            visitors = [
                Visitor(options.port, n, f"10.0.{n // 250}.{n % 250 + 1}") for n in range(options.visitors)
            ]
            get_seconds = all_at_once(visitors, Visitor.open_form)
            time.sleep(MIN_FORM_SECONDS)
            post_seconds = all_at_once(visitors, Visitor.send)

            # The rate limit across workers: one address, six messages in a row.
            same_address = [Visitor(options.port, n, "10.9.9.9", label="Rate limit check") for n in range(6)]
            all_at_once(same_address, Visitor.open_form)
            time.sleep(MIN_FORM_SECONDS)
            for visitor in same_address:
                visitor.send()
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)

        database = sqlite3.connect(tmp / "bench.sqlite3")
        rows = database.execute("SELECT COUNT(*) FROM patients_message WHERE body LIKE 'Bench message %'").fetchone()[0]
        by_status = dict(database.execute(
            "SELECT status, COUNT(*) FROM patients_message WHERE body LIKE 'Bench message %' GROUP BY status"
        ).fetchall())
        notified = database.execute(
            "SELECT COUNT(*) FROM patients_message WHERE body LIKE 'Bench message %' AND staff_notified"
        ).fetchone()[0]
        journal_on_disk = database.execute("PRAGMA journal_mode").fetchone()[0]
        database.close()
        log_text = log_path.read_text()

    statuses = {}
    for visitor in visitors:
        key = f"{visitor.status} {visitor.error}".strip() if visitor.status else visitor.error or "no answer"
        statuses[key] = statuses.get(key, 0) + 1
    thanked = sum(1 for v in visitors if v.status == 302 and "/contact/thanks/" in v.location)
    latencies = [v.seconds for v in visitors if v.seconds is not None]
    locked = log_text.count("database is locked")
    tracebacks = log_text.count("Traceback")
    limit_statuses = [v.status for v in same_address]

    print(f"SQLite as Django opens it: {sqlite_options}; journal mode on disk after the run: {journal_on_disk}")
    print(f"gunicorn: {options.workers} sync workers on 127.0.0.1:{options.port}; CPUs here: {os.cpu_count()}")
    print(f"{options.visitors} visitors opened the form in {get_seconds:.2f} s, then posted at once.")
    print(f"POST answers: {statuses}; redirected to the thank-you page: {thanked}")
    print(f"All {len(latencies)} posts answered in {post_seconds:.2f} s "
          f"({len(latencies) / post_seconds:.0f} messages/s); per post: "
          f"median {statistics.median(latencies) * 1000:.0f} ms, p95 {percentile(latencies, 0.95) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms")
    print(f"Rows stored: {rows} (status {by_status}); staff notified: {notified}")
    print(f'gunicorn log: "database is locked" {locked} time(s), tracebacks {tracebacks}')
    print(f"Rate limit across workers, one address sending 6: {limit_statuses}")

    problems = []
    if rows != options.visitors:
        problems.append(f"{options.visitors - rows} message(s) missing")
    if thanked != options.visitors:
        problems.append(f"{options.visitors - thanked} visitor(s) did not reach the thank-you page")
    if by_status.get("new", 0) != options.visitors:
        problems.append("some messages were held as spam")
    if locked or tracebacks:
        problems.append("errors in the gunicorn log")
    if limit_statuses != [302] * 5 + [429]:
        problems.append("the rate limit did not hold across workers")
    if problems:
        print("FAILED: " + "; ".join(problems))
        return 1
    print(f"OK: exactly {options.visitors} rows, no \"database is locked\".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
