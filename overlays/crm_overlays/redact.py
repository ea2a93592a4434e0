"""Keep credentials out of logs, reprs and exception messages.

Every place in the overlay that turns a request or a response into text (the DEBUG request log
of :mod:`.transports.http_log`,
the retry log, the typed errors) goes through the helpers here, so there is one list of what
counts as a secret. The CRM vendors put their tokens in headers (``Authorization``, ``api-key``,
``ACCESS_TOKEN``), but a user can always append ``?access_token=`` to a URL, so URLs are
scrubbed too.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import httpx

REDACTED = "[REDACTED]"

#: Header names (lower case) whose values are credentials. Vendors in this repository use
#: ``Authorization`` (Kanbert, Kinbox, Pylon), ``api-key`` (Repzo) and ``ACCESS_TOKEN``
#: (Wealthbox); the rest are the usual suspects of any HTTP stack.
SENSITIVE_HEADERS: frozenset[str] = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "api-key",
        "access_token",
        "x-api-key",
        "cookie",
        "set-cookie",
    }
)

#: Query parameter names (lower case, ``-`` read as ``_``) that carry credentials.
SENSITIVE_QUERY_PARAMS: frozenset[str] = frozenset(
    {
        "access_token",
        "api_key",
        "apikey",
        "auth",
        "client_secret",
        "code",
        "key",
        "password",
        "refresh_token",
        "secret",
        "sig",
        "signature",
        "token",
    }
)

#: Fragments that make any query parameter name sensitive (``x_auth_token``, ``my_secret``).
_SENSITIVE_NAME_FRAGMENTS = ("token", "secret", "password", "api_key", "apikey")

HeadersLike = httpx.Headers | Mapping[str, str] | Iterable[tuple[str, str]]



# ------------------------------------------------------------------ known secrets

#: Shorter secrets are not scrubbed by value: replacing them would mangle ordinary words
#: without protecting anything.
MIN_SECRET_LENGTH = 4

#: Shorter tokens are not remembered: a remembered secret is scrubbed from everything, so a
#: test token like ``"test"`` would otherwise disappear from every message of the process.
MIN_REMEMBERED_LENGTH = 8

_known_secrets: dict[str, None] = {}  # an ordered set
_known_lock = threading.Lock()


def remember_secret(secret: str) -> None:
    """Scrub ``secret`` by value from now on, wherever the overlay turns data into text.

    The transport stacks remember their token: a server may echo it in a response header or
    body, under any name, and only its value can find it there. One entry per distinct token
    used in this process.
    """
    if isinstance(secret, str) and len(secret) >= MIN_REMEMBERED_LENGTH:
        with _known_lock:
            _known_secrets[secret] = None


def known_secrets() -> tuple[str, ...]:
    """The secrets remembered by :func:`remember_secret`."""
    with _known_lock:
        return tuple(_known_secrets)


def _variants(secrets: Iterable[str]) -> list[str]:
    """Each secret as it may be written: as is, percent-encoded (a URL, a ``Location``) and
    JSON-escaped (a body); longest first, so no part of a secret is left behind."""
    found: set[str] = set()
    for secret in (*secrets, *known_secrets()):
        if not isinstance(secret, str) or len(secret) < MIN_SECRET_LENGTH:
            continue
        found.update((secret, quote(secret, safe=""), json.dumps(secret)[1:-1]))
    return sorted(found, key=len, reverse=True)


def contains_secret(data: str | bytes, secrets: Iterable[str] = ()) -> bool:
    """Whether ``data`` holds one of ``secrets`` or of the remembered secrets, in any form."""
    variants = _variants(secrets)
    if isinstance(data, bytes):
        return any(variant.encode("utf-8", "surrogatepass") in data for variant in variants)
    return any(variant in data for variant in variants)


# ------------------------------------------------------------------------ by name


def is_sensitive_header(name: str) -> bool:
    """Whether the header ``name`` carries a credential (case-insensitive)."""
    return name.strip().lower() in SENSITIVE_HEADERS


def is_sensitive_query_param(name: str) -> bool:
    """Whether the query parameter ``name`` looks like it carries a credential."""
    normalised = name.strip().lower().replace("-", "_")
    if normalised in SENSITIVE_QUERY_PARAMS:
        return True
    return any(fragment in normalised for fragment in _SENSITIVE_NAME_FRAGMENTS)


def redact_headers(headers: HeadersLike, secrets: Iterable[str] = ()) -> dict[str, str]:
    """A plain dict of ``headers`` with every credential value replaced by ``[REDACTED]``.

    By name (the credential headers) and by value: ``secrets`` and the remembered secrets are
    scrubbed from every other value, so a token a server echoes in ``X-Debug-Token`` does not
    survive either. Names come back lower case (HTTP header names are case-insensitive, and
    one spelling makes the dict predictable); repeated headers are joined with ``, `` as HTTP
    allows.
    """
    variants = _variants(secrets)
    pairs: Iterable[tuple[str, str]]
    if isinstance(headers, httpx.Headers):
        pairs = headers.multi_items()
    elif isinstance(headers, Mapping):
        pairs = headers.items()
    else:
        pairs = headers
    redacted: dict[str, str] = {}
    for name, value in pairs:
        key = _replace(name.lower(), variants)
        shown = REDACTED if is_sensitive_header(key) else _replace(value, variants)
        redacted[key] = f"{redacted[key]}, {shown}" if key in redacted else shown
    return redacted


def redact_url(url: httpx.URL | str, secrets: Iterable[str] = ()) -> str:
    """``url`` as text, with credential query values and any userinfo password replaced.

    The raw text of every other part is kept, so the result still reads like the URL that was
    requested (percent-escapes included), except for ``secrets`` and the remembered secrets,
    scrubbed by value wherever they are (a token passed as an id, say).
    """
    parts = urlsplit(str(url))
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{REDACTED}@{hostport}" if ":" in userinfo else f"{REDACTED}@{hostport}"
    query = (
        "&".join(_redact_query_pair(pair) for pair in parts.query.split("&")) if parts.query else ""
    )
    text = urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    return _replace(text, _variants(secrets))


def _redact_query_pair(pair: str) -> str:
    name, separator, _value = pair.partition("=")
    if separator and is_sensitive_query_param(unquote(name.replace("+", " "))):
        return f"{name}={REDACTED}"
    return pair


def token_fingerprint(token: str) -> str:
    """The SHA-256 hex digest of ``token``: a stable key that is useless to a reader of logs."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def secret_repr(secret: str | None) -> str:
    """What a repr should show instead of a credential: whether one is set, nothing more."""
    return "None" if secret is None else f"'{REDACTED}'"


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every occurrence of each secret, and of each remembered one, replaced.

    A server may echo a credential in an error body; messages built from such text go through
    this as a last line of defence. Secrets shorter than :data:`MIN_SECRET_LENGTH` are ignored.
    """
    return _replace(text, _variants(secrets))


def scrub_json(value: Any, secrets: Iterable[str] = ()) -> tuple[Any, bool]:
    """Parsed JSON ``value`` with the secrets scrubbed from every string and key, and whether
    anything was scrubbed.

    Works on the parsed form, so any escaping the server chose (``\\/``, ``\\u0074``) is
    already undone. Lists and dicts are changed in place (pass a value you own, such as a fresh
    ``json.loads`` result); the walk is iterative, so any depth the parser accepted is fine.
    """
    variants = _variants(secrets)
    if not variants:
        return value, False
    changed = False
    root = [value]
    pending: list[tuple[Any, Any]] = [(root, 0)]
    while pending:
        container, key = pending.pop()
        item = container[key]
        if isinstance(item, str):
            scrubbed = _replace(item, variants)
            if scrubbed != item:
                container[key] = scrubbed
                changed = True
        elif isinstance(item, list):
            pending.extend((item, index) for index in range(len(item)))
        elif isinstance(item, dict):
            renamed = {_replace(name, variants): child for name, child in item.items()}
            if list(renamed) != list(item):
                changed = True
                item.clear()
                item.update(renamed)
            pending.extend((item, name) for name in item)
    return root[0], changed


def _replace(text: str, variants: list[str]) -> str:
    for variant in variants:
        if variant in text:
            text = text.replace(variant, REDACTED)
    return text


def credential_values(headers: httpx.Headers) -> list[str]:
    """The credential values among ``headers``, with and without an auth scheme prefix."""
    values: list[str] = []
    for name, value in headers.multi_items():
        if is_sensitive_header(name):
            values.append(value)
            scheme, _, credential = value.partition(" ")
            if credential and scheme.isalpha():
                values.append(credential.strip())
    return values
