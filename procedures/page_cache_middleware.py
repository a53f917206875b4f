"""Cached public pages answered early: right after WhiteNoise, before the rest of Django.

Why: a page in the page cache (procedures.page_cache) costs one small query and a few
string joins, yet the normal way to it passes sessions, language, CSRF, authentication,
messages, history, admin lockout and URL routing first. Under load that was half of
each request's time. This middleware answers such pages itself and leaves every other
request to the normal stack, unchanged.

Which requests: exactly those the page cache serves anyway (anonymous GET/HEAD without
a query string, session cookie or messages cookie: page_cache.is_anonymous_page_request)
*and* whose page is already in the cache, current, under the key the view would use
(release, content version, language, scheme, host, path). No URL is resolved and no view
runs: only a view through page_cache.serve() stores a page, so a stored page for this key
is the answer the view would give. Anything else, a first visit after an edit included,
goes through the normal stack, which renders and stores the page.

The answer is the one the normal stack gives, header for header (tests compare the two):
the middlewares after this one are run here for the parts that touch a cached page --
LocaleMiddleware (language from the address, Content-Language, Vary), CsrfViewMiddleware
(the visitor's own CSRF cookie, read and set, so the token in the page is valid for it),
CommonMiddleware (Content-Length) -- and Vary: Cookie is added as SessionMiddleware does
(the normal path looks at the session to see that nobody is signed in). The others do
nothing to an anonymous page without cookies: authentication and history only annotate
the request, messages only act on a messages cookie, the admin lockout only on sign-ins.
A middleware this module does not know about must not be skipped unnoticed, so with one
after it the early path turns itself off and says so in the log (and a test fails).

The outer middlewares (CSP, Permissions-Policy, X-Frame-Options, security headers,
WhiteNoise) run as for every request; CSP is outermost, so the nonce filled into the
page is the one in its header.
"""

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost, MiddlewareNotUsed
from django.middleware.common import CommonMiddleware
from django.middleware.csrf import CsrfViewMiddleware
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import patch_vary_headers

from procedures import page_cache

logger = logging.getLogger(__name__)

THIS = "procedures.page_cache_middleware.CachedPageMiddleware"

# Middlewares that may come after this one, because what they do to a cached anonymous
# page is done here (locale, CSRF, common, sessions' Vary) or is nothing (the rest).
SKIPPABLE_MIDDLEWARE = {
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
}
# Harmless after this one only when also before it: the outer one sets the header.
SKIPPABLE_WHEN_ALSO_OUTER = {"csp.middleware.CSPMiddleware"}


def unknown_inner_middleware(middleware=None):
    """Middlewares after this one whose effect the early path would skip unnoticed."""
    middleware = list(settings.MIDDLEWARE if middleware is None else middleware)
    if THIS not in middleware:
        return []
    outer, inner = middleware[: middleware.index(THIS)], middleware[middleware.index(THIS) + 1 :]
    return [
        name
        for name in inner
        if name not in SKIPPABLE_MIDDLEWARE and not (name in SKIPPABLE_WHEN_ALSO_OUTER and name in outer)
    ]


class CachedPageMiddleware:
    """Answers a request from the page cache when its page is there; see the module."""

    def __init__(self, get_response):
        unknown = unknown_inner_middleware()
        if unknown:
            logger.warning("Cached pages take the normal path: %s would be skipped.", ", ".join(unknown))
            raise MiddlewareNotUsed
        self.get_response = get_response
        # Used for their request and response steps only, never as a chain.
        self.locale = LocaleMiddleware(get_response)
        self.csrf = CsrfViewMiddleware(get_response)
        self.common = CommonMiddleware(get_response)

    def __call__(self, request):
        if page_cache.is_anonymous_page_request(request):
            try:
                response = self.cached_page(request)
            except DisallowedHost:
                response = None  # the normal stack answers 400, as for any page
            if response is not None:
                return response
        return self.get_response(request)

    def cached_page(self, request):
        # The request steps in the normal stack's order. Locale activates the language
        # of the address; Common may answer with a redirect, which the normal stack makes.
        self.locale.process_request(request)
        if self.common.process_request(request) is not None:
            return None
        skeleton = page_cache.cached_skeleton(request)
        if skeleton is None:
            return None
        self.csrf.process_request(request)  # reads the visitor's CSRF cookie, if any
        response = skeleton.respond(request)
        # In the order the normal stack's response steps run (innermost first).
        response = self.csrf.process_response(request, response)
        response = self.common.process_response(request, response)
        response = self.locale.process_response(request, response)
        patch_vary_headers(response, ("Cookie",))  # SessionMiddleware's, as the session was read
        return response
