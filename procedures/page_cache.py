"""Rendered public pages in the shared cache: fast, never stale, never someone else's.

A public page is rendered once into a *skeleton*: the finished HTML in which every
per-visitor value (the CSRF token, the CSP nonce, a signed "form shown at" time) is a
placeholder ("hole"). The skeleton is stored in the "pages" cache, which every gunicorn
worker and every server shares. Each request then costs one small query and one cache
read: the holes are filled with this visitor's own fresh values, so no visitor ever sees
another visitor's token, nonce or form time.

The cache key holds everything the HTML depends on:

- the *content version*: one query that reads MAX(updated_at) and COUNT(*) of every
  content table, and a fingerprint of the many-to-many tables between them. Any save,
  queryset.update() (content querysets stamp updated_at, see procedures.models), delete,
  insert or link change — from the admin, `manage.py shell` or a script — changes it, and
  the very next request on any worker renders the new text. No signal, no save() hook.
- the *release*: a hash of the project's code, templates, translations and static
  manifest, so a deploy never serves pages rendered by old code.
- the language, scheme, host and path. A page that shows whether an office is open now
  keeps the minute it was made in (Skeleton.minute) and is made anew when it has passed.

Only anonymous GET/HEAD requests without a query string, session or messages cookie use
the cache; everyone else (staff previewing, a visitor with a flash message) gets a fresh
render. A render that touches per-visitor state anyway (calls get_token() directly,
reads a cookie, writes the session, generates a nonce) is served to its own visitor but
never stored, and a warning is logged.

Most cached pages never reach the view: procedures.page_cache_middleware answers them
right after WhiteNoise with cached_skeleton(), the same lookup serve() makes.
"""

import hashlib
import importlib.util
import logging
import os
import re
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import connections, router
from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response
from django.utils.crypto import salted_hmac
from django.utils.html import escape

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
PAGE_SECONDS = 60 * 60
PER_MINUTE_PAGE_SECONDS = 2 * 60
RELEASE_SUFFIXES = {".py", ".html", ".txt", ".xml", ".mo", ".json"}


# --- what the pages are made of --------------------------------------------------------

_content = []  # (model, queryset of its visible rows or None for all)


def register_content(*content_models, visible=None):
    """Declare tables whose rows public pages show; `visible` (a queryset) limits them to
    the rows that can appear, e.g. the published ones of a table that also holds private rows.

    Each model needs an auto_now `updated_at` and a queryset class derived from
    procedures.models.ContentQuerySet, whose update() stamps it.
    """
    from procedures.models import ContentQuerySet

    for model in content_models:
        field = next((f for f in model._meta.concrete_fields if f.name == "updated_at"), None)
        if field is None or not getattr(field, "auto_now", False):
            raise ImproperlyConfigured(f"{model.__name__} needs updated_at = DateTimeField(auto_now=True).")
        if not isinstance(model._default_manager.all(), ContentQuerySet):
            raise ImproperlyConfigured(f"{model.__name__}'s queryset must derive from ContentQuerySet.")
        _content.append((model, visible))
    _version_query.cache_clear()


@cache
def _version_query(alias):
    """One SELECT, one scalar subquery per table (portable, and cheap at this size): per
    content table its newest updated_at, row count and sum of ids; per many-to-many
    table between content rows, the count and sums of its links. An empty table gives
    NULL, which no other state gives. Returns (sql, params, label of each column)."""
    quote = connections[alias].ops.quote_name

    def joined(*aggregates):
        return " || ':' || ".join(f"CAST({aggregate} AS TEXT)" for aggregate in aggregates)

    parts, params, labels = [], [], []
    for model, visible in _content:
        table = quote(model._meta.db_table)
        pk, changed = quote(model._meta.pk.column), quote(model._meta.get_field("updated_at").column)
        condition = ""
        if visible is not None:
            ids = visible.order_by().values_list("pk")
            sql, ids_params = ids.query.get_compiler(alias).as_sql()
            condition = f" WHERE {pk} IN ({sql})"
            params.extend(ids_params)
        parts.append(f"(SELECT {joined(f'MAX({changed})', 'COUNT(*)', f'SUM({pk})')} FROM {table}{condition})")
        labels.append(model._meta.label)
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if not through._meta.auto_created:
                continue  # an explicit through model is registered as content itself
            table = quote(through._meta.db_table)
            left, right = quote(field.m2m_column_name()), quote(field.m2m_reverse_name())
            # Together these see every link added, removed, or moved to another row.
            sums = joined("COUNT(*)", f"SUM({left})", f"SUM({right})", f"SUM({left} * {right})")
            parts.append(f"(SELECT {sums} FROM {table})")
            labels.append(model._meta.label)
    return "SELECT " + ", ".join(parts), params, labels


class ContentVersions:
    """The content version row of one moment; digests are made only when asked for."""

    def __init__(self, labels, row):
        self.labels, self.row = labels, row
        self.overall = _digest(row)

    def of(self, label):
        return _digest([part for part_label, part in zip(self.labels, self.row) if part_label == label])


def content_versions(request=None):
    """The versions of the registered content, read in one query, once per request when
    `request` is given (serve() reads it for the page's key: a render costs no second query)."""
    known = getattr(request, "_content_versions", None)
    if known is not None:
        return known
    alias = router.db_for_read(_content[0][0])
    sql, params, labels = _version_query(alias)
    versions = ContentVersions(labels, _version_row(connections[alias], sql, params))
    if request is not None:
        request._content_versions = versions
    return versions


def _version_row(connection, sql, params):
    with connection.cursor() as cursor:
        stamp = None
        if connection.vendor == "sqlite":
            # SQLite tells whether the file changed since this connection last looked:
            # data_version moves when another connection commits, total_changes when this
            # one writes. Neither moved: the row is the one read last time.
            cursor.execute("PRAGMA data_version")
            raw = connection.connection
            stamp = (cursor.fetchone()[0], raw.total_changes)
            remembered = connection.__dict__.get("_content_version_row")
            if remembered and remembered[0] is raw and remembered[1] == stamp:
                return remembered[2]
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if stamp is not None:
        connection._content_version_row = (raw, stamp, row)
    return row


def content_version(request=None):
    """Changes whenever any registered content row or link changes."""
    return content_versions(request).overall


def content_version_of(model, request=None):
    """Changes whenever `model`'s visible rows or their links change: a cache of data
    from that one table keys on it, and stays valid while other tables change."""
    return content_versions(request).of(model._meta.label)


def cached_content(request, content_models, name, read, *, otherwise=None, seconds=60 * 60):
    """`read()`, from the shared cache under the version of `content_models` when this
    request already knows the versions (a page the page cache renders, at no extra
    query), so such a page never shows data older than its own key.

    Other requests (search, forms, staff) call `otherwise()` (or `read()`): reading the
    version would cost them as much as reading the data.
    """
    known = getattr(request, "_content_versions", None)
    if known is None:
        return (otherwise or read)()
    version = "-".join(known.of(model._meta.label) for model in content_models)
    key = f"content:{name}:{version}"
    value = caches["default"].get(key)
    if value is None:
        value = read()
        caches["default"].set(key, value, seconds)
    return value


def _digest(value):
    return hashlib.blake2b(repr(value).encode(), digest_size=12).hexdigest()


@cache
def release():
    """A hash of what renders pages in this deploy: code, templates, translations, static names."""
    base = Path(settings.BASE_DIR).resolve()
    roots = {Path(app.path) for app in apps.get_app_configs() if Path(app.path).resolve().is_relative_to(base)}
    roots.update(Path(d) for engine in settings.TEMPLATES for d in engine.get("DIRS", []))
    roots.update(Path(d) for d in getattr(settings, "LOCALE_PATHS", []))
    # The project package (settings, root URLs): found through ROOT_URLCONF, not imported.
    roots.add(Path(importlib.util.find_spec(settings.ROOT_URLCONF).origin).parent)
    files = set()
    for root in roots:
        files.update(p for p in root.rglob("*") if p.suffix in RELEASE_SUFFIXES and p.is_file())
    manifest = Path(settings.STATIC_ROOT or base / "-") / "staticfiles.json"
    if manifest.is_file():
        files.add(manifest)
    digest = hashlib.blake2b(digest_size=12)
    for path in sorted(files):
        digest.update(str(path.relative_to(base) if path.is_relative_to(base) else path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


# --- per-visitor holes -----------------------------------------------------------------

@dataclass(frozen=True)
class Hole:
    """A per-visitor value: a placeholder in the cached skeleton, filled on every request."""

    name: str
    fill: callable  # request -> str

    @property
    def placeholder(self):
        return _placeholder(self.name)


@cache
def _placeholder(name):
    # Derived from SECRET_KEY, so nobody can type one into a message or a page.
    return f"pagehole-{name}-{salted_hmac('procedures.page_cache', name).hexdigest()[:24]}"


# Django's masking adds the positions of a secret's and a mask's characters, modulo.
_CSRF_MASKED = {
    (secret_char, mask_char): CSRF_ALLOWED_CHARS[(secret_index + mask_index) % len(CSRF_ALLOWED_CHARS)]
    for secret_index, secret_char in enumerate(CSRF_ALLOWED_CHARS)
    for mask_index, mask_char in enumerate(CSRF_ALLOWED_CHARS)
}
# Random bytes become characters byte % len(CSRF_ALLOWED_CHARS); bytes at or above the
# largest multiple of that length are dropped, so each character is exactly as likely
# as with secrets.choice.
_CSRF_UNBIASED_BELOW = 256 - 256 % len(CSRF_ALLOWED_CHARS)
_CSRF_BYTE_TO_CHAR = bytes(
    ord(CSRF_ALLOWED_CHARS[byte % len(CSRF_ALLOWED_CHARS)]) if byte < _CSRF_UNBIASED_BELOW else 0 for byte in range(256)
)
_CSRF_DROPPED_BYTES = bytes(range(_CSRF_UNBIASED_BELOW, 256))


def _random_csrf_string():
    """CSRF_SECRET_LENGTH characters, uniform over CSRF_ALLOWED_CHARS like Django's own,
    from one os.urandom call (Django makes one per character, 64 per page view)."""
    chars = b""
    while len(chars) < CSRF_SECRET_LENGTH:
        chars += os.urandom(48).translate(_CSRF_BYTE_TO_CHAR, _CSRF_DROPPED_BYTES)
    return chars[:CSRF_SECRET_LENGTH].decode("ascii")


def _fill_csrf(request):
    """What django.middleware.csrf.get_token(request) returns and does: this visitor's
    secret (from their cookie, else a new one that CsrfViewMiddleware then sets as the
    cookie), masked afresh for this response. Written out here only for speed: Django
    draws the random characters one system call each, a quarter of a cached page's time.
    tests/test_procedures_page_cache_early.py checks the tokens with Django's own unmasking."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = request.META["CSRF_COOKIE"] = _random_csrf_string()
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # renews the cookie, as get_token does
    mask = _random_csrf_string()
    return mask + "".join(map(_CSRF_MASKED.__getitem__, zip(secret, mask)))


def _fill_csp_nonce(request):
    return str(getattr(request, "csp_nonce", ""))


CSRF_HOLE = Hole("csrf", _fill_csrf)
CSP_NONCE_HOLE = Hole("csp-nonce", _fill_csp_nonce)
_holes = {hole.name: hole for hole in (CSRF_HOLE, CSP_NONCE_HOLE)}


def register_hole(name, fill):
    """Declare a per-visitor value other apps put on public pages; returns the Hole.

    `fill(request)` may run before sessions and authentication do (cached pages are
    answered by procedures.page_cache_middleware): it may read request.META, COOKIES and
    csp_nonce, never request.session or request.user (a cached page is anonymous anyway).
    """
    hole = Hole(name, fill)
    _holes[name] = hole
    return hole


def visitor_value(request, name):
    """The value of hole `name` for this request: its placeholder while a skeleton is
    rendered, the real value otherwise. Per-visitor values on public pages go through here."""
    hole = _holes[name]
    if getattr(request, "_page_cache_skeleton", False):
        return hole.placeholder
    return hole.fill(request)


# --- which requests and responses ------------------------------------------------------

def is_enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def is_anonymous_page_request(request):
    """The rules for a cached page that can be checked before sessions and authentication
    run: without a session cookie nobody is signed in (sessions are the only way to sign
    in here), so this is all procedures.page_cache_middleware needs to decide early."""
    return (
        is_enabled()
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def is_cacheable_request(request):
    return is_anonymous_page_request(request) and not request.user.is_authenticated


def page_key(request, *, version):
    """The key of this address's page in this release, content version and language.
    A page that shows what is true *now* carries its minute inside (Skeleton.minute),
    so the key is the same for every page and the early middleware needs no view."""
    parts = [
        release(),
        version,
        translation.get_language() or "",
        request.scheme,
        request.get_host(),
        request.path,
    ]
    return "page:" + hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


def _this_minute():
    return timezone.now().strftime("%Y%m%d%H%M")


def _is_storable(response):
    return (
        response.status_code == 200
        and hasattr(response, "render")
        and not response.is_rendered
        and not response.cookies
        and not response.has_header("Vary")
        and not response.has_header("Cache-Control")
    )


class _ReadRecordingCookies(dict):
    """request.COOKIES that remembers which cookies the page looked at."""

    def __init__(self, cookies):
        super().__init__(cookies)
        self.read = set()

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def __iter__(self):
        self.read.add("*")
        return super().__iter__()

    def items(self):
        self.read.add("*")
        return super().items()


@contextmanager
def _skeleton_mode(request, taints):
    """Render with placeholders for per-visitor values, and note what leaked in anyway."""
    csrf_used_before = request.META.get("CSRF_COOKIE_NEEDS_UPDATE", False)
    nonce_before = request.__dict__.get("_csp_nonce")
    had_nonce_attr = "csp_nonce" in request.__dict__
    saved_nonce = request.__dict__.get("csp_nonce")
    cookies = request.COOKIES
    recording = _ReadRecordingCookies(cookies)
    request.COOKIES = recording
    request._page_cache_skeleton = True
    request.csp_nonce = CSP_NONCE_HOLE.placeholder
    session = getattr(request, "session", None)
    session_modified_before = getattr(session, "modified", False)
    try:
        yield
    finally:
        request.COOKIES = cookies
        request._page_cache_skeleton = False
        if had_nonce_attr:
            request.csp_nonce = saved_nonce
        else:
            del request.csp_nonce
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE", False) and not csrf_used_before:
            taints.append("called get_token() itself")
        if request.__dict__.get("_csp_nonce") != nonce_before:
            taints.append("made a CSP nonce itself")
        if getattr(session, "modified", False) and not session_modified_before:
            taints.append("wrote to the session")
        unexpected = recording.read - {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}
        if unexpected:
            taints.append(f"read cookies {sorted(unexpected)}")


# --- skeletons -------------------------------------------------------------------------

@dataclass
class Skeleton:
    """A rendered page with holes, as stored in the shared cache.

    `parts` is the page's bytes cut at the holes: text, hole name, text, ..., text. A
    request joins them with its own values, once per hole name, instead of searching
    the whole page for each placeholder.
    """

    parts: tuple
    content_type: str
    headers: list
    holes: list  # names of the holes present in the page
    etag: str | None  # only for pages without holes: the same bytes for everyone
    minute: str | None  # for pages that show what is true now: the minute they were made in

    def is_current(self):
        return self.minute is None or self.minute == _this_minute()

    def respond(self, request):
        if self.etag and "HTTP_IF_NONE_MATCH" in request.META:
            not_modified = get_conditional_response(request, etag=self.etag)
            if not_modified is not None:
                not_modified["Cache-Control"] = "no-cache"
                return not_modified
        if self.holes:
            values = {name: escape(_holes[name].fill(request)).encode() for name in self.holes}
            content = b"".join(part if index % 2 == 0 else values[part] for index, part in enumerate(self.parts))
        else:
            content = self.parts[0]
        response = HttpResponse(content, content_type=self.content_type)
        for header, value in self.headers:
            response[header] = value
        if self.etag:
            response["ETag"] = self.etag
            # Browsers keep the page but ask each time, so an edit shows at once.
            response["Cache-Control"] = "no-cache"
        else:
            # This visitor's own tokens: for their browser only, asked for afresh.
            response["Cache-Control"] = "private, no-cache"
        return response


def _cut_at_holes(html, holes, charset):
    """html as (text, hole name, text, ..., text), the texts encoded for the response."""
    if not holes:
        return (html.encode(charset),)
    by_placeholder = {_holes[name].placeholder: name for name in holes}
    pieces = re.split("(" + "|".join(map(re.escape, by_placeholder)) + ")", html)
    return tuple(
        piece.encode(charset) if index % 2 == 0 else by_placeholder[piece] for index, piece in enumerate(pieces)
    )


def render_skeleton(request, response, *, per_minute=False):
    """Render a TemplateResponse as a skeleton. Returns (skeleton, reasons it is not shareable)."""
    taints = []
    response.context_data = {
        **(response.context_data or {}),
        "csrf_token": CSRF_HOLE.placeholder,
        "CSP_NONCE": CSP_NONCE_HOLE.placeholder,
    }
    minute = _this_minute() if per_minute else None
    with _skeleton_mode(request, taints):
        response.render()
    html = response.content.decode(response.charset)
    holes = [name for name, hole in _holes.items() if hole.placeholder in html]
    etag = None
    if not holes:
        etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
    headers = [(k, v) for k, v in response.items() if k.lower() not in {"content-type", "content-length"}]
    parts = _cut_at_holes(html, holes, response.charset)
    return Skeleton(parts, response["Content-Type"], headers, holes, etag, minute), taints


class _RecentSkeletons:
    """This worker's last few skeletons, by key.

    Not a cache that can go stale: a key names one release, one content version, one
    language and one address, so the skeleton stored under it never changes. It only
    saves reading the same bytes back from the shared cache on every request.
    """

    def __init__(self, size):
        self.size = size
        self.items = OrderedDict()

    def get(self, key):
        skeleton = self.items.get(key)
        if skeleton is not None:
            self.items.move_to_end(key)
        return skeleton

    def put(self, key, skeleton):
        self.items[key] = skeleton
        self.items.move_to_end(key)
        while len(self.items) > self.size:
            self.items.popitem(last=False)


def cached_skeleton(request):
    """The current skeleton of this request's page, or None. Reads this worker's memory,
    then the shared cache; the caller has checked that the request may have one."""
    key = page_key(request, version=content_version(request))
    pages = caches[CACHE_ALIAS]
    # Kept with the cache backend, so new cache settings (as in tests) start it empty.
    recent = pages.__dict__.setdefault("_recent_skeletons", _RecentSkeletons(size=200))
    skeleton = recent.get(key)
    if skeleton is None or not skeleton.is_current():
        # Another worker may have made this minute's page already.
        skeleton = pages.get(key)
        if skeleton is not None:
            recent.put(key, skeleton)
    if skeleton is None or not skeleton.is_current():
        return None
    return skeleton


def serve(request, render, *, per_minute=False):
    """The page for this request: from the shared cache when it may be, else rendered."""
    if not is_cacheable_request(request):
        return render()
    skeleton = cached_skeleton(request)
    if skeleton is not None:
        return skeleton.respond(request)
    response = render()
    if not _is_storable(response):
        return response
    skeleton, taints = render_skeleton(request, response, per_minute=per_minute)
    if taints:
        # This visitor's own values are in it: fine for them, never for anyone else.
        logger.warning("Not caching %s: the page %s.", request.path, "; ".join(taints))
    else:
        key = page_key(request, version=content_version(request))
        caches[CACHE_ALIAS].set(key, skeleton, PER_MINUTE_PAGE_SECONDS if per_minute else PAGE_SECONDS)
        caches[CACHE_ALIAS].__dict__["_recent_skeletons"].put(key, skeleton)
    return skeleton.respond(request)


class CachedPageMixin:
    """For public views: serve the page through the shared page cache.

    Set `page_cache_per_minute = True` on views that show what is true *now* (an
    office's open status), so their cached copy lasts at most until the minute turns.
    """

    page_cache_per_minute = False

    def dispatch(self, request, *args, **kwargs):
        return serve(
            request,
            lambda: super(CachedPageMixin, self).dispatch(request, *args, **kwargs),
            per_minute=self.page_cache_per_minute,
        )
