"""Helpers for bench/load.sh: which URLs to measure, wrk's figures, a page's weight.

    report.py targets BASE STATIC_ROOT   URLs to measure, as "name<TAB>url" lines
    report.py table RUNS_TSV             wrk outputs -> a table with ratios to the static file
    report.py weight BASE PAGE_URL       bytes a phone downloads for the page, and checks

Standard library only: it runs with the project's Python, outside Django.
"""

import json
import os
import re
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

BUDGET_BYTES = 150_000  # 150 KB, counted as 1 KB = 1,000 bytes (the stricter reading)
PHONE_CSS_WIDTH = 412  # a common phone: 412 CSS pixels wide, device pixel ratio 2
PHONE_DPR = 2
STATIC_NAME = "static file"
TARGET_RATIO = 0.6
TARGET_P99_FACTOR = 4


def fetch(url, accept_encoding=None):
    """(status, headers, body bytes as sent on the wire: compressed ones stay compressed)."""
    request = urllib.request.Request(url)
    if os.environ.get("BENCH_PROTO_HEADER"):
        name, _, value = os.environ["BENCH_PROTO_HEADER"].partition(":")
        request.add_header(name.strip(), value.strip())
    if accept_encoding:
        request.add_header("Accept-Encoding", accept_encoding)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers, response.read()


# --- targets ---------------------------------------------------------------------------

def first_link(base, list_path, prefix):
    _, _, body = fetch(base + list_path)
    match = re.search(rf'href="({re.escape(prefix)}[a-z0-9-]+/)"', body.decode())
    if not match:
        raise SystemExit(f"No link starting with {prefix} on {list_path}")
    return base + match.group(1)


def closest_static_file(static_root, size):
    manifest = json.loads((Path(static_root) / "staticfiles.json").read_text())
    best = None
    for hashed in manifest["paths"].values():
        path = Path(static_root) / hashed
        if not path.is_file():
            continue
        distance = abs(path.stat().st_size - size)
        if best is None or distance < best[0]:
            best = (distance, hashed, path.stat().st_size)
    return best[1], best[2]


def targets(base, static_root):
    procedure_url = first_link(base, "/procedures/", "/procedures/")
    office_url = first_link(base, "/offices/", "/offices/")
    _, _, page = fetch(procedure_url)
    static_path, static_size = closest_static_file(static_root, len(page))
    print(
        f"Procedure page HTML is {len(page):,} bytes; static file {static_path} is {static_size:,} bytes.",
        file=sys.stderr,
    )
    pages = [
        ("home", f"{base}/"),
        ("procedure list", f"{base}/procedures/"),
        ("procedure page", procedure_url),
        ("office page", office_url),
    ]
    # The static file before and after every page: each page is compared with the
    # static file measured right around it, under the same load from other processes.
    static = f"{base}/static/{static_path}"
    rows = [(STATIC_NAME, static)]
    for number, page_row in enumerate(pages, start=2):
        rows += [page_row, (f"{STATIC_NAME} {number}", static)]
    for name, url in rows:
        status, _, _ = fetch(url)
        if status != 200:
            raise SystemExit(f"{url} answers {status}, not 200: nothing to measure")
        print(f"{name}\t{url}")


# --- wrk figures -----------------------------------------------------------------------

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def to_ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse_wrk(text):
    """req/s, p50 and p99 in ms, non-2xx/3xx answers and socket errors from `wrk --latency`."""
    figures = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
        "p50": to_ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1)),
        "p99": to_ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1)),
        "requests": int(re.search(r"(\d+) requests in", text).group(1)),
        "bad": 0,
        "socket_errors": 0,
    }
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if bad:
        figures["bad"] = int(bad.group(1))
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if errors:
        figures["socket_errors"] = sum(int(n) for n in errors.groups())
    return figures


def table(runs_tsv):
    rows = []
    for line in Path(runs_tsv).read_text().splitlines():
        name, url, output = line.split("\t")
        rows.append((name, url, parse_wrk(Path(output).read_text())))
    # Each page's reference is the mean of the static file measured just before and just
    # after it, so load from other processes on a shared machine weighs on both sides alike.
    statics = [figures for name, _, figures in rows if name.startswith(STATIC_NAME)]
    static = {key: sum(f[key] for f in statics) / len(statics) for key in ("rps", "p99")}
    header = (
        f"{'URL':<16}{'req/s':>9}{'× static':>10}{'p50 ms':>9}{'p99 ms':>9}{'p99 × static':>14}"
        f"{'non-2xx':>9}{'sock err':>10}"
    )
    print(header)
    print("-" * len(header))
    print(f"{'static (mean)':<16}{static['rps']:>9.0f}{1:>10.2f}{'':>9}{static['p99']:>9.1f}{1:>14.2f}")
    misses = []
    for index, (name, url, f) in enumerate(rows):
        if name.startswith(STATIC_NAME):
            reference = static
        else:
            around = [rows[index - 1][2], rows[index + 1][2]]
            reference = {key: sum(r[key] for r in around) / 2 for key in ("rps", "p99")}
        ratio = f["rps"] / reference["rps"]
        p99_factor = f["p99"] / reference["p99"]
        print(
            f"{name:<16}{f['rps']:>9.0f}{ratio:>10.2f}{f['p50']:>9.1f}{f['p99']:>9.1f}"
            f"{p99_factor:>14.2f}{f['bad']:>9}{f['socket_errors']:>10}"
        )
        if name.startswith(STATIC_NAME):
            continue
        if ratio < TARGET_RATIO:
            misses.append(f"{name}: {ratio:.2f} × the static file's req/s (target ≥ {TARGET_RATIO})")
        if p99_factor > TARGET_P99_FACTOR:
            misses.append(f"{name}: p99 {p99_factor:.1f} × the static p99 (target ≤ {TARGET_P99_FACTOR})")
        if f["bad"] or f["socket_errors"]:
            misses.append(f"{name}: {f['bad']} non-2xx answers, {f['socket_errors']} socket errors (target 0)")
    print()
    for name, url, _ in rows:
        print(f"  {name}: {url}")
    print()
    if misses:
        print("Targets NOT met:")
        for miss in misses:
            print(f"  - {miss}")
    else:
        print(
            f"All targets met: every page ≥ {TARGET_RATIO} × the static req/s, "
            f"p99 ≤ {TARGET_P99_FACTOR} × the static p99, no non-2xx answers."
        )


# --- page weight -----------------------------------------------------------------------

# Elements and attributes that make a browser download something on page load.
FETCHING_ATTRIBUTES = {
    "script": ["src"],
    "img": ["src", "srcset"],
    "source": ["src", "srcset"],
    "iframe": ["src"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "input": ["src"],
}
FETCHING_LINK_RELS = {
    "stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload", "prefetch",
    "preconnect", "dns-prefetch", "manifest",
}
NON_EXECUTED_SCRIPT_TYPES = {"application/ld+json", "application/json"}


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.fetched = []  # (tag, url)
        self.stylesheets = []
        self.scripts = []
        self.blocking_scripts = []
        self.eager_images = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            rels = set((attrs.get("rel") or "").lower().split())
            if rels & FETCHING_LINK_RELS and attrs.get("href"):
                self.fetched.append((tag, attrs["href"]))
            if "stylesheet" in rels and attrs.get("href"):
                self.stylesheets.append(attrs["href"])
        for attribute in FETCHING_ATTRIBUTES.get(tag, []):
            value = attrs.get(attribute)
            if not value:
                continue
            urls = [part.strip().split()[0] for part in value.split(",") if part.strip()] if attribute == "srcset" else [value]
            self.fetched.extend((tag, url) for url in urls)
        if tag == "script":
            script_type = (attrs.get("type") or "").lower()
            if script_type in NON_EXECUTED_SCRIPT_TYPES:
                return
            if attrs.get("src"):
                self.scripts.append(attrs["src"])
            if not attrs.get("src"):
                self.blocking_scripts.append("an inline <script> block")
            elif "defer" not in attrs and "async" not in attrs and script_type != "module":
                self.blocking_scripts.append(f"<script src={attrs['src']}> without defer/async")
        if tag == "img" and (attrs.get("loading") or "").lower() != "lazy":
            self.eager_images.append(attrs)


def slot_width(sizes):
    """The CSS width `sizes` gives on the phone (only min/max-width conditions)."""
    for entry in (sizes or "100vw").split(","):
        entry = entry.strip()
        condition, _, length = entry.rpartition(" ") if entry.startswith("(") else ("", "", entry)
        matches = True
        for kind, px in re.findall(r"\((min|max)-width:\s*(\d+)px\)", condition):
            matches &= PHONE_CSS_WIDTH >= int(px) if kind == "min" else PHONE_CSS_WIDTH <= int(px)
        if matches:
            if length.endswith("vw"):
                return PHONE_CSS_WIDTH * float(length[:-2]) / 100
            return float(length.removesuffix("px"))
    return PHONE_CSS_WIDTH


def phone_candidate(img):
    """The srcset candidate a phone picks: the smallest at least as wide as its slot."""
    candidates = []
    for part in (img.get("srcset") or "").split(","):
        bits = part.split()
        if len(bits) == 2 and bits[1].endswith("w"):
            candidates.append((int(bits[1][:-1]), bits[0]))
    if not candidates:
        return img.get("src")
    needed = slot_width(img.get("sizes")) * PHONE_DPR
    wide_enough = sorted(c for c in candidates if c[0] >= needed)
    return (wide_enough[0] if wide_enough else max(candidates))[1]


def weight(base, page_url):
    origin = urlsplit(base).netloc
    status, headers, body = fetch(page_url, "br, gzip")
    html_encoding = headers.get("Content-Encoding", "none")
    _, _, plain = fetch(page_url)
    parser = PageParser()
    parser.feed(plain.decode())

    problems = []
    for tag, url in parser.fetched:
        absolute = urljoin(page_url, url)
        if urlsplit(absolute).scheme in {"http", "https"} and urlsplit(absolute).netloc != origin:
            problems.append(f"third-party request: <{tag}> {absolute}")
    problems.extend(f"render-blocking JavaScript: {what}" for what in parser.blocking_scripts)

    lines = [(f"HTML ({html_encoding}, {len(plain):,} bytes uncompressed)", len(body))]
    for href in parser.stylesheets + parser.scripts:
        _, css_headers, css = fetch(urljoin(page_url, href), "br, gzip")
        lines.append((f"{href} ({css_headers.get('Content-Encoding', 'none')})", len(css)))
        if href in parser.stylesheets:
            _, _, plain_css = fetch(urljoin(page_url, href))
            for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", plain_css.decode("utf-8", "replace")):
                absolute = urljoin(urljoin(page_url, href), ref)
                if urlsplit(absolute).scheme in {"http", "https"} and urlsplit(absolute).netloc != origin:
                    problems.append(f"third-party request from CSS: {absolute}")
    for img in parser.eager_images:
        src = phone_candidate(img)
        _, _, data = fetch(urljoin(page_url, src))
        lines.append((f"image above the fold, as a {PHONE_CSS_WIDTH}-px DPR-{PHONE_DPR} phone picks it: {src}", len(data)))

    total = sum(size for _, size in lines)
    print(f"Page weight of {page_url} (bodies as sent with Accept-Encoding: br, gzip):")
    for label, size in lines:
        print(f"  {size / 1000:>7.1f} KB  {label}")
    verdict = "within" if total <= BUDGET_BYTES else "OVER"
    print(f"  {total / 1000:>7.1f} KB  total: {verdict} the {BUDGET_BYTES // 1000} KB budget")
    if problems:
        print("FAILED checks:")
        for problem in problems:
            print(f"  - {problem}")
        raise SystemExit(1)
    print("No third-party requests, no render-blocking JavaScript.")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"targets": targets, "table": table, "weight": weight}[command](*args)
