"""From a generated endpoint's response to the success model, or to a typed exception.

The generated clients return documented error statuses as parsed error models and raise bare
``KeyError``/``TypeError``/``ValueError`` from inside their parsers when a 2xx body does not
match the spec. This module turns both into the typed exceptions of :mod:`crm_overlays.errors`,
so that a caller writes ``except NotFoundError`` or ``except InvalidResponseError`` instead of
``isinstance`` checks on a union and a ``try`` around generated code.

It also maps a generated endpoint module back to its operation in ``specs/<api>.yaml``: the
error messages name the operation, and :mod:`crm_overlays.pagination` reads the operation's
``x-pagination`` through the same lookup.

The precisely typed entry points (``crm_overlays.unwrap``, ``call``, ``acall``) are overloads
generated into :mod:`crm_overlays._typed_api`; the functions here are their implementations.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from types import ModuleType
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

import httpx

from . import specs
from .errors import error_from_response, error_from_transport, find_schema_violation
from .errors import invalid_response_error as _invalid_response_error
from .exceptions import ApiError, InvalidResponseError

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
T_co = TypeVar("T_co", covariant=True)

#: What the generated parsers raise on a body they cannot take: ``KeyError`` for a missing
#: field, ``TypeError``/``AttributeError`` for a wrong shape, ``ValueError`` for text that is not
#: JSON, invalid UTF-8 (``UnicodeDecodeError``), an integer beyond Python's digit limit, an
#: unknown enum value or a bad date, ``ArithmeticError`` for a number out of range, and
#: ``RecursionError`` for JSON nested deeper than the parser can go.
PARSER_ERRORS: tuple[type[Exception], ...] = (
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)

#: How much of a parser's exception text an InvalidResponseError quotes.
_REASON_LIMIT = 120

# `<api>_client.api.<tag>.<operation>`: the generator's layout of endpoint modules.
_ENDPOINT_MODULE = re.compile(r"^(?P<api>[a-z0-9]+)_client\.api\.[a-z0-9_]+\.(?P<name>[a-z0-9_]+)$")


class Endpoint(Protocol[P, R_co]):
    """A generated endpoint module, e.g. ``wealthbox_client.api.contacts.list_contacts``.

    A module satisfies a protocol when it has the members, so the ParamSpec ``P`` captures
    the module's own parameters: mypy checks every filter name and type a caller passes on,
    and ``R`` (the generated ``Response[...]``) selects the overload that gives the result type.
    """

    def sync_detailed(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...

    async def asyncio_detailed(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...


class GeneratedResponse(Protocol[T_co]):
    """What every generated client's ``types.Response`` offers (each package has its own)."""

    @property
    def status_code(self) -> HTTPStatus: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> MutableMapping[str, str]: ...

    @property
    def parsed(self) -> T_co | None: ...


@dataclass(frozen=True)
class SpecOperation:
    """The spec operation a generated endpoint module was generated from."""

    api: str
    operation_id: str
    method: str
    path: str
    spec: Mapping[str, Any]

    @property
    def label(self) -> str:
        """How messages name the operation: ``wealthbox listContacts (GET /v1/contacts)``."""
        return f"{self.api} {self.operation_id} ({self.method.upper()} {self.path})"


def _squash(name: str) -> str:
    # `listClientContacts` and `list_client_contacts` squash to the same key; comparing the
    # squashed forms avoids re-implementing the generator's snake_case (acronyms, digits).
    return re.sub(r"[^a-z0-9]", "", name.lower())


@functools.cache
def _operations_by_squashed_id(api: str) -> dict[str, SpecOperation]:
    table: dict[str, SpecOperation] = {}
    for method, path, operation in specs.operations(api):
        operation_id = str(operation.get("operationId", ""))
        key = _squash(operation_id)
        if key in table:
            raise ValueError(
                f"specs/{api}.yaml: operationIds {table[key].operation_id!r} and "
                f"{operation_id!r} map to the same generated module name"
            )
        table[key] = SpecOperation(api, operation_id, method, path, operation)
    return table


def spec_operation(endpoint: object) -> SpecOperation:
    """The spec operation of a generated endpoint module, found from the module's name.

    The generator names the module ``<api>_client.api.<tag>.<snake_case(operationId)>``.
    """
    name = getattr(endpoint, "__name__", None)
    if not isinstance(endpoint, ModuleType) or not isinstance(name, str):
        raise TypeError(
            f"expected a generated endpoint module such as "
            f"wealthbox_client.api.contacts.list_contacts, got {type(endpoint).__name__}"
        )
    match = _ENDPOINT_MODULE.match(name)
    if match is None or match["api"] not in specs.APIS:
        raise TypeError(
            f"{name} is not a generated endpoint module (<api>_client.api.<tag>.<operation> "
            f"for one of {', '.join(specs.APIS)})"
        )
    api = match["api"]
    found = _operations_by_squashed_id(api).get(_squash(match["name"]))
    if found is None:
        raise LookupError(f"{name}: no operation of specs/{api}.yaml has this operationId")
    return found


def endpoint_label(endpoint: object) -> str:
    """The operation's label for messages, or the module name when the spec lacks it."""
    try:
        return spec_operation(endpoint).label
    except (TypeError, LookupError):
        return str(getattr(endpoint, "__name__", endpoint))


# --------------------------------------------------------------------------- unwrap


def unwrap_response(response: GeneratedResponse[Any]) -> Any:
    """``response.parsed`` when it is the success model, else raise the typed error.

    A generated ``Response`` does not keep its request, so the error cannot name the method
    and URL; :func:`call_endpoint` and the paginators keep the raw response and do.
    """
    raw = httpx.Response(
        int(response.status_code), headers=dict(response.headers), content=response.content
    )
    return _unwrap(response, raw)


def _unwrap(response: GeneratedResponse[Any], raw: httpx.Response) -> Any:
    if 200 <= int(response.status_code) < 300 and response.parsed is not None:
        return response.parsed
    raise error_from_response(raw, model=response.parsed)


# ----------------------------------------------------------------------------- call


class _HttpxRecorder:
    """Stands in for the generated client during one call and keeps the raw httpx response.

    The generated ``sync_detailed`` reads only ``client.get_httpx_client().request(...)`` and
    ``client.raise_on_unexpected_status``; everything is delegated, so nothing in the caller's
    client changes and concurrent calls on one client do not interfere.
    """

    def __init__(self, client: Any) -> None:
        self._client = client
        self.response: httpx.Response | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def get_httpx_client(self) -> _RecordingClient:
        return _RecordingClient(self._client.get_httpx_client(), self)

    def get_async_httpx_client(self) -> _RecordingAsyncClient:
        return _RecordingAsyncClient(self._client.get_async_httpx_client(), self)


class _RecordingClient:
    def __init__(self, inner: httpx.Client, recorder: _HttpxRecorder) -> None:
        self._inner = inner
        self._recorder = recorder

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        response = self._inner.request(*args, **kwargs)
        self._recorder.response = response
        return response


class _RecordingAsyncClient:
    def __init__(self, inner: httpx.AsyncClient, recorder: _HttpxRecorder) -> None:
        self._inner = inner
        self._recorder = recorder

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        response = await self._inner.request(*args, **kwargs)
        self._recorder.response = response
        return response


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """A successful call: the success model and both forms of the response."""

    model: R
    response: GeneratedResponse[Any]
    raw: httpx.Response


def _recorder_for(endpoint: object, kwargs: Mapping[str, Any]) -> _HttpxRecorder:
    if "client" not in kwargs:
        raise TypeError(f"{endpoint_label(endpoint)}: pass the client as client=...")
    return _HttpxRecorder(kwargs["client"])


def invoke(endpoint: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Outcome[Any]:
    """Run ``endpoint.sync_detailed`` and return the success :class:`Outcome` or raise."""
    recorder = _recorder_for(endpoint, kwargs)
    try:
        response = endpoint.sync_detailed(*args, **{**kwargs, "client": recorder})
    except Exception as exc:
        converted = _convert_failure(endpoint, recorder, exc)
        if converted is exc:
            raise
        raise converted from exc
    return _outcome(recorder, response)


async def ainvoke(endpoint: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Outcome[Any]:
    """Run ``endpoint.asyncio_detailed`` and return the success :class:`Outcome` or raise."""
    recorder = _recorder_for(endpoint, kwargs)
    try:
        response = await endpoint.asyncio_detailed(*args, **{**kwargs, "client": recorder})
    except Exception as exc:
        converted = _convert_failure(endpoint, recorder, exc)
        if converted is exc:
            raise
        raise converted from exc
    return _outcome(recorder, response)


def call_endpoint(endpoint: Any, *args: Any, **kwargs: Any) -> Any:
    """Call ``endpoint.sync_detailed(*args, **kwargs)`` and return the success model."""
    return invoke(endpoint, args, kwargs).model


async def acall_endpoint(endpoint: Any, *args: Any, **kwargs: Any) -> Any:
    """Await ``endpoint.asyncio_detailed(*args, **kwargs)`` and return the success model."""
    return (await ainvoke(endpoint, args, kwargs)).model


def _outcome(recorder: _HttpxRecorder, response: GeneratedResponse[Any]) -> Outcome[Any]:
    raw = recorder.response if recorder.response is not None else _rebuild(response)
    return Outcome(_unwrap(response, raw), response, raw)


def _rebuild(response: GeneratedResponse[Any]) -> httpx.Response:
    return httpx.Response(
        int(response.status_code), headers=dict(response.headers), content=response.content
    )


def _convert_failure(endpoint: object, recorder: _HttpxRecorder, exc: Exception) -> Exception:
    """The typed exception for what the generated code raised, or ``exc`` itself.

    A network failure becomes :class:`TransportFailure`. Parser failures are converted only
    when a response arrived: a ``TypeError`` before that is the caller's (a wrong keyword).
    """
    if isinstance(exc, httpx.TransportError):
        # The network failed and retries (if any) gave up: the typed error says whether a
        # write may have reached the server, and names the request without its token.
        try:
            return error_from_transport(exc, exc.request)
        except RuntimeError:  # an httpx error raised without its request: nothing to add
            return exc
    raw = recorder.response
    if raw is None or isinstance(exc, ApiError):
        return exc
    if type(exc).__name__ == "UnexpectedStatus":
        # `raise_on_unexpected_status=True` makes the generated code raise its own
        # `errors.UnexpectedStatus`; the typed error says the same with the request line.
        return error_from_response(raw)
    # Once the response has arrived, the generated code only parses it: whatever it raises
    # (PARSER_ERRORS, or anything else) is the parser failing on this body.
    if not 200 <= raw.status_code < 300:
        # An error body that does not parse into the error model is still that error.
        return error_from_response(raw)
    label = endpoint_label(endpoint)
    field_path, expected, found = _describe_bad_body(endpoint, raw, exc)
    error = _invalid_response_error(raw, field_path=field_path, expected=expected, found=found)
    error.message = f"{label}: {error.message}"
    error.args = (error.message,)
    return error


def _describe_bad_body(
    endpoint: object, raw: httpx.Response, exc: Exception
) -> tuple[str, str, str | None]:
    """Where the body went wrong, as ``(field_path, expected, found)``.

    The generated parser only says *that* it failed (a bare KeyError or TypeError); validating
    the body against the operation's response schema says *where* and *why*.
    """
    try:
        body = json.loads(raw.content)
    except RecursionError:
        return "$", "a JSON body", "JSON nested deeper than the parser can read"
    except UnicodeDecodeError as error:
        return "$", "a JSON body", f"bytes that are not {error.encoding} (at byte {error.start})"
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        return "$", "a JSON body", f"text that is not JSON ({error.msg} at {where})"
    except ValueError as error:  # e.g. an integer longer than Python's int-string limit
        return "$", "a JSON body", _reason(error)
    schema = _success_schema(endpoint, raw.status_code)
    if schema is not None:
        try:
            document = specs.load(spec_operation(endpoint).api)
            violation = find_schema_violation(document, schema, body)
        except RecursionError:  # parsed, but too deep for the validator
            violation = None
        if violation is not None:
            return violation
    if isinstance(exc, KeyError) and exc.args:
        # The generated `from_dict` pops required keys: a KeyError names the missing one.
        return str(exc.args[0]), "a value (required)", "nothing"
    return "$", "a body the generated model accepts", _reason(exc)


def _reason(exc: BaseException) -> str:
    reason = " ".join(str(exc).split())
    found = f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__
    return found[:_REASON_LIMIT]


def _success_schema(endpoint: object, status: int) -> dict[str, Any] | None:
    try:
        operation = spec_operation(endpoint)
    except (TypeError, LookupError):
        return None
    document = specs.load(operation.api)
    responses = operation.spec.get("responses", {})
    declared = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
    declared, _ = specs.follow_ref(document, declared)
    if not isinstance(declared, dict):
        return None
    media = declared.get("content", {}).get("application/json", {})
    schema = media.get("schema") if isinstance(media, dict) else None
    return schema if isinstance(schema, dict) else None


__all__ = [
    "PARSER_ERRORS",
    "ApiError",
    "Endpoint",
    "GeneratedResponse",
    "InvalidResponseError",
    "Outcome",
    "SpecOperation",
    "acall_endpoint",
    "ainvoke",
    "call_endpoint",
    "endpoint_label",
    "invoke",
    "spec_operation",
    "unwrap_response",
]
