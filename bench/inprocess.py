"""The cost of each URL inside one process: Django's WSGI handler called directly.

    python bench/inprocess.py TARGETS_TSV     (bench/load.sh runs it, same settings and data)

wrk's figures on a shared 2-core machine move with whatever else runs on it. This
measures what a request costs the app itself, with no network and no gunicorn: each URL
is asked for in 40 short rounds of 50 requests, and the fastest round counts (a round
that other processes slowed down is not the app's cost). As a visitor without cookies,
like wrk.

Each page's "× static" is the static file's time divided by the page's: the throughput
ratio if the app's own work were all there is. gunicorn's share (accepting the connection,
parsing, writing) is the same for both and comes on top, so wrk's ratios on a quiet
machine are higher than these.
"""

import io
import os
import sys
import time
from urllib.parse import urlsplit

ROUNDS = 40
PER_ROUND = 50


def main(targets_tsv):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic_site.settings")
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler

    app = WSGIHandler()
    proto = os.environ.get("BENCH_PROTO_HEADER", "").partition(":")[2].strip()

    def ask(url):
        parts = urlsplit(url)
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": parts.path,
            "QUERY_STRING": "",
            "SERVER_NAME": parts.hostname,
            "SERVER_PORT": str(parts.port or 80),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": parts.hostname,
            "wsgi.url_scheme": parts.scheme,
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": sys.stderr,
            "wsgi.version": (1, 0),
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }
        if proto:
            environ["HTTP_X_FORWARDED_PROTO"] = proto
        status = []
        body = b"".join(app(environ, lambda line, headers, exc_info=None: status.append(line)))
        if not status[0].startswith("200"):
            raise SystemExit(f"{url} answers {status[0]}, not 200")
        return body

    urls = {}
    for line in open(targets_tsv).read().splitlines():
        name, url = line.split("\t")
        urls.setdefault(url, name.rstrip(" 0123456789") if name.startswith("static file") else name)
    best = {}
    for url in urls:
        ask(url)  # the first request of a URL may fill this process's own memory
    for _ in range(ROUNDS):
        for url in urls:
            started = time.perf_counter()
            for _ in range(PER_ROUND):
                ask(url)
            elapsed = (time.perf_counter() - started) / PER_ROUND
            best[url] = min(best.get(url, elapsed), elapsed)
    static = next(best[url] for url, name in urls.items() if name.startswith("static file"))
    print(f"In one process, fastest of {ROUNDS} rounds of {PER_ROUND} requests (no gunicorn, no network):")
    print(f"{'URL':<16}{'µs/request':>12}{'× static':>10}")
    for url, name in urls.items():
        print(f"{name:<16}{best[url] * 1e6:>12.0f}{static / best[url]:>10.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
