#!/usr/bin/env bash
# Lighthouse (mobile) against the site served as in production: gunicorn via `make serve`,
# production settings, collected static files, a throwaway SQLite database with the
# clinic's shipped content. Prints the four category scores for the home page, a
# procedure page and an office page, and every audit that did not pass.
#
#   bench/lighthouse.sh              # port 8104, 3 runs per page
#   LIGHTHOUSE_PORT=8200 LIGHTHOUSE_RUNS=5 bench/lighthouse.sh
#
# The performance score moves with the machine's free CPU (other jobs, a `wrk` run): each
# page is measured LIGHTHOUSE_RUNS times and the run with the median performance score is
# reported, with every run's performance score beside it, the commit and the load average.
#
# Needs node/npm (lighthouse@12.2.3 is installed under bench/.lighthouse on first run)
# and Chromium at /usr/bin/chromium (or CHROME_PATH). JSON reports go to
# bench/lighthouse-reports/.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=12.2.3
PORT="${LIGHTHOUSE_PORT:-8104}"
RUNS="${LIGHTHOUSE_RUNS:-3}"
BASE="http://127.0.0.1:${PORT}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
TOOL_DIR=bench/.lighthouse
REPORTS=bench/lighthouse-reports
PAGES=(
  "home /"
  "procedure /procedures/epidural-steroid-injection/"
  "office /offices/central-west-end/"
)

if [ ! -x "$TOOL_DIR/node_modules/.bin/lighthouse" ] \
   || [ "$("$TOOL_DIR/node_modules/.bin/lighthouse" --version)" != "$LIGHTHOUSE_VERSION" ]; then
  echo "Installing lighthouse@$LIGHTHOUSE_VERSION under $TOOL_DIR ..."
  npm install --prefix "$TOOL_DIR" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
make --silent .venv/.requirements-installed

if curl --silent --output /dev/null "$BASE/"; then
  echo "Something already answers on $BASE: stop it or set LIGHTHOUSE_PORT." >&2
  exit 1
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill -- "-$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Production settings on plain HTTP on this machine only (DJANGO_HTTPS=0, see settings.py).
export DJANGO_SECRET_KEY="lighthouse-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(40))')"
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_HTTPS=0
export DATABASE_URL="sqlite:///$WORK/bench.sqlite3"
export DJANGO_MEDIA_ROOT="$WORK/media"
export DJANGO_CACHE_DIR="$WORK/cache"
unset DJANGO_DEBUG

.venv/bin/python manage.py migrate --noinput --verbosity 0
.venv/bin/python manage.py load_clinic_content >/dev/null
# Its own process group, so the cleanup stops make, gunicorn and its workers together.
setsid make --silent serve BIND="127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl --silent --fail --output /dev/null "$BASE/healthz" && break
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/server.log"; echo "The server did not start."; exit 1; fi
  sleep 0.5
done
curl --silent --fail --output /dev/null "$BASE/healthz" || { cat "$WORK/server.log"; echo "No answer on $BASE"; exit 1; }
# Warm up: the first view of a page makes its image renditions.
for entry in "${PAGES[@]}"; do curl --silent --output /dev/null "$BASE${entry#* }"; done

mkdir -p "$REPORTS"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $RUNS run(s) per page"
if pgrep -x wrk >/dev/null; then echo "Note: wrk is running; the performance score depends on free CPU." >&2; fi
printf '%-10s %12s %14s %15s %5s   %s\n' page performance accessibility best-practices seo "performance of each run"
for entry in "${PAGES[@]}"; do
  name="${entry%% *}"
  path="${entry#* }"
  for run in $(seq 1 "$RUNS"); do
    # A busy machine sometimes spoils the trace (NO_NAVSTART, NO_FCP): try up to three times.
    for attempt in 1 2 3; do
      if "$TOOL_DIR/node_modules/.bin/lighthouse" "$BASE$path" \
          --quiet --output=json --output-path="$REPORTS/$name-$run.json" \
          --only-categories=performance,accessibility,best-practices,seo \
          --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
          >/dev/null 2>"$WORK/lighthouse.err" \
        && ! grep -q '"runtimeError"' "$REPORTS/$name-$run.json"; then
        break
      fi
      if [ "$attempt" = 3 ]; then cat "$WORK/lighthouse.err" >&2; echo "Lighthouse failed on $path" >&2; exit 1; fi
    done
  done
  # The run with the median performance score stands for the page (Lighthouse's own advice
  # for scores that move with the machine's load); its report is kept as $name.json.
  .venv/bin/python - "$REPORTS" "$name" "$RUNS" <<'PY'
import json
import shutil
import sys

folder, name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
reports = []
for run in range(1, runs + 1):
    path = f"{folder}/{name}-{run}.json"
    reports.append((json.load(open(path))["categories"]["performance"]["score"], path))
ordered = sorted(reports, key=lambda item: item[0])
median_path = ordered[(len(ordered) - 1) // 2][1]
shutil.copyfile(median_path, f"{folder}/{name}.json")
report = json.load(open(median_path))
scores = {key: round(category["score"] * 100) for key, category in report["categories"].items()}
each = " ".join(str(round(score * 100)) for score, _ in reports)
print(f"{name:<10} {scores['performance']:>12} {scores['accessibility']:>14} "
      f"{scores['best-practices']:>15} {scores['seo']:>5}   {each}")
for key, category in report["categories"].items():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            value = audit.get("displayValue", "")
            print(f"    {key}: {audit['id']} ({audit['score']:.2f}) {audit['title']} {value}")
PY
done
