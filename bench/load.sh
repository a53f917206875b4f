#!/usr/bin/env bash
# Load benchmark: the site's pages against the physical limit of this server, a static
# file of similar size that WhiteNoise serves from the same gunicorn.
#
#   bash bench/load.sh            # 10 s x 32 connections per URL (BENCH_SECONDS, BENCH_CONNECTIONS)
#
# It starts gunicorn (2 workers, production settings: DEBUG off, a throwaway secret key)
# on a temporary copy of the data (SQLite database, media, cache: the dev database is
# not touched), measures each URL with wrk (the static file before and after every page),
# prints req/s, p50/p99 latency, non-2xx answers and each page's ratio to the static file
# measured around it, then the page weight of a procedure page against the 150 KB
# budget. gunicorn is stopped by its pid, on error too.
# These are printed figures, not a test: the machine is shared, so compare ratios
# measured in one run, never absolute numbers across runs.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY="$ROOT/.venv/bin/python"
PORT=${BENCH_PORT:-8109}
SECONDS_PER_URL=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORKERS=${BENCH_WORKERS:-2}
BASE="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk (Debian package)..."
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if [ ! -x "$PY" ]; then
    make .venv/.requirements-installed
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/clinic-bench.XXXXXX")
GUNICORN_PID=""
cleanup() {
    if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
        kill "$GUNICORN_PID"
        wait "$GUNICORN_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Production settings: no DJANGO_DEBUG, a key nobody else has, only the loopback host.
# As behind the TLS-terminating proxy of a real deployment: every request carries
# X-Forwarded-Proto: https (PROTO_HEADER), so HTTPS-only settings stay on.
unset DJANGO_DEBUG DJANGO_HTTPS DJANGO_PAGE_CACHE
export DJANGO_SECRET_KEY="bench-throwaway-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_BEHIND_PROXY=1
export BENCH_PROTO_HEADER="X-Forwarded-Proto: https"
export DATABASE_URL="sqlite:///$WORK/db.sqlite3"
export DJANGO_MEDIA_ROOT="$WORK/media"
export DJANGO_CACHE_DIR="$WORK/cache"

echo "Preparing a temporary database with the clinic's content in $WORK ..."
"$PY" manage.py migrate --noinput >"$WORK/setup.log" 2>&1 || { cat "$WORK/setup.log"; exit 1; }
"$PY" manage.py load_clinic_content >>"$WORK/setup.log" 2>&1 || { cat "$WORK/setup.log"; exit 1; }
"$PY" manage.py collectstatic --noinput >>"$WORK/setup.log" 2>&1 || { cat "$WORK/setup.log"; exit 1; }

"$PY" -m gunicorn clinic_site.wsgi:application \
    --workers "$WORKERS" --bind "127.0.0.1:$PORT" \
    --error-logfile "$WORK/gunicorn.log" --log-level warning &
GUNICORN_PID=$!

for _ in $(seq 1 60); do
    if curl -fsS -o /dev/null -H "$BENCH_PROTO_HEADER" "$BASE/" 2>/dev/null; then break; fi
    if ! kill -0 "$GUNICORN_PID" 2>/dev/null; then
        echo "gunicorn did not start:"; cat "$WORK/gunicorn.log"; exit 1
    fi
    sleep 0.5
done

# Which URLs: one procedure and one office found from the site's own lists, and the
# collected static file whose size is closest to the procedure page's HTML.
"$PY" bench/report.py targets "$BASE" "$ROOT/staticfiles" >"$WORK/targets.tsv"
echo "Warming up (first views make image renditions and fill the cache)..."
while IFS=$'\t' read -r name url; do
    curl -fsS -o /dev/null -H "$BENCH_PROTO_HEADER" "$url"
    curl -fsS -o /dev/null -H "$BENCH_PROTO_HEADER" "$url"
done <"$WORK/targets.tsv"

echo "wrk: ${SECONDS_PER_URL}s x $CONNECTIONS connections per URL, $WORKERS gunicorn workers"
index=0
while IFS=$'\t' read -r name url; do
    index=$((index + 1))
    # A 10 s timeout, so slow answers count in the latencies instead of vanishing as errors.
    wrk --threads 2 --connections "$CONNECTIONS" --duration "${SECONDS_PER_URL}s" --latency \
        --timeout 10s --header "$BENCH_PROTO_HEADER" "$url" >"$WORK/wrk-$index.txt" </dev/null
    # Let gunicorn finish what wrk left queued before the next URL is measured.
    curl -fsS -o /dev/null --max-time 120 -H "$BENCH_PROTO_HEADER" "$url"
    printf '%s\t%s\t%s\n' "$name" "$url" "$WORK/wrk-$index.txt" >>"$WORK/runs.tsv"
done <"$WORK/targets.tsv"

"$PY" bench/report.py table "$WORK/runs.tsv"
echo
# The same URLs inside one process: the app's own cost, steadier than wrk on a busy machine.
"$PY" bench/inprocess.py "$WORK/targets.tsv"
echo
"$PY" bench/report.py weight "$BASE" "$(sed -n 's/^procedure page\t//p' "$WORK/targets.tsv")"
