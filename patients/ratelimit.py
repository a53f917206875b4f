"""How many messages (or pain diaries) one address may send: a sliding window kept in
the shared cache.

The default cache is one every gunicorn worker shares (a file cache, or Redis when
configured), so the count holds across workers. Cache reads and writes are not one
atomic step, so two requests from the same address at the very same moment may both
pass: the limit can be exceeded by a request or two, never by hundreds.
"""

import datetime
import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import TextChoices


class Bucket(TextChoices):
    """What is counted. Each kind has its own count, so writing to the clinic is never
    blocked by starting diaries, nor the other way round."""

    MESSAGES = "messages"
    # Starting a pain diary and sending one to the clinic (which e-mails the staff).
    DIARY = "diary"


def rate_limit(bucket=Bucket.MESSAGES):
    """(submissions, seconds): how many one address may make in the window.

    settings.MESSAGES_RATE_LIMIT_* for messages, DIARY_RATE_LIMIT_* for the diary
    (falling back to the messages' figures).
    """
    count = getattr(settings, "MESSAGES_RATE_LIMIT_COUNT", 5)
    seconds = getattr(settings, "MESSAGES_RATE_LIMIT_SECONDS", 10 * 60)
    if bucket == Bucket.DIARY:
        count = getattr(settings, "DIARY_RATE_LIMIT_COUNT", count)
        seconds = getattr(settings, "DIARY_RATE_LIMIT_SECONDS", seconds)
    return count, seconds


def client_ip(request):
    """The visitor's address.

    REMOTE_ADDR unless settings.TRUSTED_PROXY_COUNT says how many proxies of our own
    stand in front of the site; then the address the outermost of them saw, taken from
    the right of X-Forwarded-For (entries further left are whatever the client sent,
    and anyone can send anything there).
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:100]
    return request.META.get("REMOTE_ADDR", "")[:100]


@dataclass(frozen=True)
class RateLimitDecision:
    allowed: bool
    retry_at: datetime.datetime | None = None

    @property
    def retry_after_seconds(self):
        if self.retry_at is None:
            return 0
        remaining = (self.retry_at - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
        return max(1, int(remaining + 0.999))


def _cache_key(client, bucket):
    # Hashed, so no visitor address is written to disk in the clear.
    return f"{bucket}:rate:" + hashlib.sha256(client.encode("utf-8", "replace")).hexdigest()


def register_submission(*, client, bucket=Bucket.MESSAGES, now=None):
    """Count one submission of kind `bucket` from `client`, unless it is already over the limit."""
    now = time.time() if now is None else now
    limit, window = rate_limit(bucket)
    key = _cache_key(client, Bucket(bucket).value)
    recent = [moment for moment in cache.get(key, []) if moment > now - window]
    if len(recent) >= limit:
        retry_at = min(recent) + window
        return RateLimitDecision(
            allowed=False,
            retry_at=datetime.datetime.fromtimestamp(retry_at, tz=datetime.timezone.utc),
        )
    recent.append(now)
    cache.set(key, recent, timeout=window)
    return RateLimitDecision(allowed=True)
