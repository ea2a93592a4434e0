"""Schemathesis cases as calls of the generated clients, against a mock restarted per example.

``test_client_vs_mock.py`` draws requests from a spec with Schemathesis, makes each one through
the generated endpoint function and the overlay's ready client, and checks the mock's answer.
This module holds the machinery; the test module holds what is expected:

- ``MockServer`` and ``Bench``: per API, one stable ASGI address for a mock restarted with the
  same seed data before every example, the ready clients on it, the Schemathesis schema, and a
  recorder of raw httpx responses (``case.validate_response`` needs the raw response; the
  generated ``Response`` keeps only status, headers and bytes).
- ``call_arguments``: a case's JSON values as the keywords of ``sync_detailed``, named the way
  the generator names them and converted to the generated types.
- ``point_at_existing_records``: path ids that name records the mock holds, so that reads,
  updates and deletes reach their success path instead of only ever answering 404.
- ``documented_model``: the generated class the spec documents for a status.
- ``ReadBack`` and ``read_back_differences``: what of a create body must read back, and where
  it does not.
"""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import httpx
import schemathesis
import yaml
from crm_overlays import specs
from crm_overlays.clients import spec_base_url
from crm_overlays.spec_extensions import pagination_rule
from openapi_python_client.strings import ClassName, PythonIdentifier
from schemathesis.config import SchemathesisConfig
from schemathesis.core import NotSet
from schemathesis.generation.case import Case
from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from mocks import create_app
from tests.clients.support import Operation, _model_from, operations
from tests.conftest import ROOT

#: The mock's default credential, which schemathesis.toml also gives Schemathesis.
TOKEN = "test-token"
#: A credential the mock refuses (any string other than ``TOKEN``).
WRONG_TOKEN = "not-the-mock-token"
#: Records the mock seeds per top-level collection.
SEED_RECORDS = 3
SEED_RANDOM = 11
#: Server-set timestamps (and Repzo's time-based ObjectIds) are then the same in every example.
FROZEN_NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
#: The generator's default ``field_prefix`` (openapi-python-client 0.29), which it puts in front
#: of names that are no identifiers (``_id`` -> ``field_id``).
FIELD_PREFIX = "field_"
#: Query parameters left out of the generated cases (none today: Repzo's ``sortBy``, once
#: written as Python repr text, is declared as JSON text and the generated client sends it as
#: given).
LEFT_OUT_QUERY: Mapping[tuple[str, str], frozenset[str]] = {}
#: How Schemathesis (and httpx) write booleans in a query string.
QUERY_BOOLEANS: Mapping[str, bool] = {"true": True, "false": False}

#: A generated case (Schemathesis' ``Case`` is generic in its operation type).
GeneratedCase = Case[Any]


# ------------------------------------------------------------------ the mock and the clients


def _frozen_clock() -> datetime:
    return FROZEN_NOW


class MockServer:
    """One ASGI address for a mock that is restarted with the same seed data per example.

    Hypothesis replays and shrinks examples, so every example must find the mock as the one
    before found it; a fresh app (a few milliseconds) is cheaper and surer than undoing a
    delete. The ready clients and Schemathesis' auth probes all hold this object, so all reach
    the app of the current example.
    """

    def __init__(self, api: str) -> None:
        self.api = api
        self.app: Starlette = self._start()

    def _start(self) -> Starlette:
        # check_responses: the mock also validates its own answers, a second opinion.
        return create_app(self.api, seed=SEED_RECORDS, seed_random=SEED_RANDOM,
                          rate_limit=False, clock=_frozen_clock, check_responses=True)

    def restart(self) -> None:
        self.app = self._start()

    @property
    def violations(self) -> list[Any]:
        """Answers the mock itself found not to match the spec."""
        return list(self.app.state.engine.violations)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            # Schemathesis runs an app's lifespan once per process; an in-memory mock has
            # nothing to start or stop, and the app behind this address changes per example.
            while True:
                kind = (await receive())["type"].rsplit(".", 1)[-1]
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        await self.app(scope, receive, send)


@dataclass
class ResponseRecorder:
    """The raw httpx responses the ready clients received (an httpx ``response`` hook)."""

    responses: list[httpx.Response] = field(default_factory=list)

    def __call__(self, response: httpx.Response) -> None:
        self.responses.append(response)

    def last(self) -> httpx.Response:
        if not self.responses:
            raise AssertionError("the generated client sent no request")
        return self.responses[-1]


@dataclass
class Bench:
    """What one API is tested with."""

    api: str
    server: MockServer
    client: Any  # the ready generated AuthenticatedClient
    client_with_wrong_token: Any  # the same, with a token the mock refuses
    schema: Any  # Schemathesis' schema of specs/<api>.yaml, configured by schemathesis.toml
    recorder: ResponseRecorder

    def restart(self) -> None:
        self.server.restart()
        self.recorder.responses.clear()

    def http(self) -> httpx.Client:
        """The ready client's httpx client, for plain requests that prepare an example."""
        return typing.cast(httpx.Client, self.client.get_httpx_client())


def mock_base_url(api: str) -> str:
    """Where the ready client finds the mock: the spec's base path on a made-up host."""
    return "http://mock" + httpx.URL(spec_base_url(api)).path.rstrip("/")


def _ready_client(api: str, token: str, server: MockServer, recorder: ResponseRecorder) -> Any:
    """The overlay's client for ``api`` on the mock, without retries (a retry would hide the
    answer under test) and without rate limiting (the mock does not limit either)."""
    vendor = importlib.import_module(f"crm_overlays.{api}")
    client = vendor.client(token, base_url=mock_base_url(api), retry=None, rate_limit=False,
                           transport=httpx.ASGITransport(server))
    client.get_httpx_client().event_hooks["response"].append(recorder)
    return client


@functools.cache
def bench(api: str) -> Bench:
    server = MockServer(api)
    recorder = ResponseRecorder()
    config = SchemathesisConfig.from_path(ROOT / "schemathesis.toml")
    # A copy: the overlay's parsed spec is cached and shared, and must stay as it was read.
    schema = schemathesis.openapi.from_dict(copy.deepcopy(specs.load(api)), config=config)
    schema.app = server  # Schemathesis' own requests (auth probes) reach the same mock
    return Bench(api, server, _ready_client(api, TOKEN, server, recorder),
                 _ready_client(api, WRONG_TOKEN, server, recorder), schema, recorder)


def operation(api: str, operation_id: str) -> Operation:
    return next(op for op in operations(api) if op.id == operation_id)


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """The object at the end of ``node``'s ``$ref`` chain (the spec layer's resolver)."""
    return specs.resolve(document, node)[0]


def parameters(op: Operation) -> list[Mapping[str, Any]]:
    """The operation's parameters, those of its path item included, ``$ref``s resolved."""
    document = specs.load(op.api)
    item = document["paths"][op.path]
    listed = [*(item.get("parameters") or []), *(op.spec.get("parameters") or [])]
    return [resolve(document, parameter) for parameter in listed]


# ------------------------------------------------------------------ case -> generated keywords


def keyword_for(function: Callable[..., Any], name: str) -> str:
    """The keyword the generator gave the spec parameter ``name`` in ``function``."""
    keyword = str(PythonIdentifier(name, prefix=FIELD_PREFIX))
    signature = inspect.signature(function).parameters
    if keyword not in signature:
        raise LookupError(f"{function.__module__}.{function.__name__} has no keyword for the "
                          f"spec parameter {name!r} (expected {keyword!r})")
    return keyword


def _is_unset(member: Any) -> bool:
    return (inspect.isclass(member) and member.__name__ == "Unset"
            and member.__module__.endswith(".types"))


def _is_query_boolean(value: Any) -> bool:
    return isinstance(value, str) and value in QUERY_BOOLEANS


def _fits(member: Any, value: Any) -> bool:
    """Whether a JSON ``value`` has the shape of the union member ``member``."""
    if typing.get_origin(member) is list:
        return isinstance(value, list)
    if inspect.isclass(member) and issubclass(member, Enum):
        return any(item.value == value for item in member)
    if inspect.isclass(member) and hasattr(member, "from_dict"):
        return isinstance(value, dict)
    if member is bool:
        return isinstance(value, bool) or _is_query_boolean(value)
    if member in (int, float):
        numbers = (int,) if member is int else (int, float)
        return isinstance(value, numbers) and not isinstance(value, bool)
    if member is str:
        return isinstance(value, str)
    return member is typing.Any


def to_argument(annotation: Any, value: Any) -> Any:
    """A case's JSON ``value`` as the generated type ``annotation`` (model, enum, list...).

    ``_model_from`` (tests/clients/support.py) builds models, enums and scalars; unions and
    lists are resolved here by the value's own JSON shape, so ``"a"`` for ``list[str] | str``
    stays a string and the items of a list are converted too. Schemathesis writes a boolean
    query parameter as the text it sends (``"true"``); a ``bool`` keyword gets the boolean.
    """
    if annotation is bool and _is_query_boolean(value):
        return QUERY_BOOLEANS[value]
    if value is None:
        return None  # the generated functions leave a None parameter out of the request
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [member for member in typing.get_args(annotation)
                   if member is not type(None) and not _is_unset(member)]
        fitting = [member for member in members if _fits(member, value)]
        if not fitting:
            raise TypeError(f"no member of {annotation} fits the generated value {value!r}")
        return to_argument(fitting[0], value)
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return [to_argument(item, element) for element in value]
    return _model_from(annotation, value)


def generated_query(op: Operation, case: GeneratedCase) -> dict[str, Any]:
    """The case's query without the parameters left out of this test (``LEFT_OUT_QUERY``)."""
    left_out = LEFT_OUT_QUERY.get((op.api, op.id), frozenset())
    return {name: value for name, value in (case.query or {}).items() if name not in left_out}


def call_arguments(op: Operation, case: GeneratedCase, client: Any) -> dict[str, Any]:
    """The keywords of ``sync_detailed`` that send what ``case`` describes.

    The case's headers are its credentials, which the ready client sends itself; no spec
    declares a header or cookie parameter, and one would stop this with a clear error rather
    than be left out unnoticed.
    """
    unsupported = [f"{parameter['in']} {parameter['name']}" for parameter in parameters(op)
                   if parameter["in"] not in ("path", "query")]
    if unsupported:
        raise NotImplementedError(f"{op.api} {op.id}: cannot pass {', '.join(unsupported)}")
    function = op.module().sync_detailed
    hints = typing.get_type_hints(function)
    kwargs: dict[str, Any] = {"client": client}
    for name, value in [*(case.path_parameters or {}).items(),
                        *generated_query(op, case).items()]:
        keyword = keyword_for(function, name)
        kwargs[keyword] = to_argument(hints[keyword], value)
    if not isinstance(case.body, NotSet):
        kwargs["body"] = to_argument(hints["body"], case.body)
    return kwargs


# ------------------------------------------------------------------ documented models


@functools.cache
def _class_overrides(api: str) -> dict[str, str]:
    """``class_overrides`` of codegen/<api>.yaml: schema name -> generated class name."""
    config = yaml.safe_load((ROOT / "codegen" / f"{api}.yaml").read_text(encoding="utf-8"))
    return {name: entry["class_name"]
            for name, entry in (config.get("class_overrides") or {}).items()}


def documented_model(op: Operation, status: int) -> type[Any] | tuple[type[Any], ...]:
    """The generated class of the schema the spec documents for ``status`` (or its ``NXX``);
    the classes of its branches when that schema is a ``oneOf`` of components (a response
    whose shape the vendor's sources disagree about)."""
    responses = op.spec.get("responses") or {}
    key = next((key for key in (str(status), f"{str(status)[0]}XX") if key in responses), None)
    if key is None:
        raise AssertionError(f"{op.api} {op.id}: status {status} is not documented")
    document = specs.load(op.api)
    schema = resolve(document, responses[key])["content"]["application/json"]["schema"]
    name = str(specs.ref_name(schema))
    branches = resolve(document, schema).get("oneOf") or []
    names = [str(specs.ref_name(branch)) for branch in branches] or [name]
    models_package = importlib.import_module(f"{op.package}.models")
    found = tuple(
        getattr(models_package, _class_overrides(op.api).get(n) or str(ClassName(n, FIELD_PREFIX)))
        for n in names
    )
    return found[0] if len(found) == 1 else found


# ------------------------------------------------------------------ path ids of real records


def _answer(response: httpx.Response, what: str) -> Any:
    if not response.is_success:
        raise AssertionError(f"preparing {what}: the mock answered {response.status_code} "
                             f"{response.text[:300]}")
    return response.json()


def first_listed(bench: Bench, template: str) -> Mapping[str, Any]:
    """The first record the paginated GET at ``template`` lists (its ``x-pagination.items``)."""
    listing = (specs.load(bench.api)["paths"].get(template) or {}).get("get") or {}
    rule = pagination_rule(listing, f"{bench.api}: GET {template}")
    if rule is None:
        raise LookupError(f"{bench.api}: no paginated GET {template} to find a record in")
    items: Any = specs.node_at(
        _answer(bench.http().get(template.lstrip("/")), f"GET {template}"), rule.items
    )
    if not items:
        raise AssertionError(f"{bench.api}: GET {template} lists no record to address")
    first: Mapping[str, Any] = items[0]
    return first


def record_id(record: Mapping[str, Any], name: str) -> Any:
    """The record's value for the path parameter ``name``: the member of that name, or the
    MongoDB-style ``_<name>`` (Repzo's ``{id}`` addresses ``_id``)."""
    for member in (name, f"_{name}"):
        if member in record:
            return record[member]
    raise LookupError(f"the record has neither {name!r} nor '_{name}': {sorted(record)}")


def documented_request_example(api: str, operation_id: str) -> Any:
    """The operation's first documented request body (the vendor's idea of a real one)."""
    document = specs.load(api)
    request = resolve(document, operation(api, operation_id).spec["requestBody"])
    for example in (request["content"]["application/json"].get("examples") or {}).values():
        return copy.deepcopy(resolve(document, example)["value"])
    raise LookupError(f"{api} {operation_id} documents no request example")


def _workflow_with_steps(bench: Bench, case: GeneratedCase) -> dict[str, Any]:
    """A workflow with steps, started from the first template with the documented request
    example: no listing shows steps, and a workflow made here does not depend on what the
    seeder happens to make."""
    template = first_listed(bench, "/v1/workflow_templates")
    body = {**documented_request_example("wealthbox", "createWorkflow"),
            "workflow_template": template["id"]}
    workflow = _answer(bench.http().post("v1/workflows", json=body), "a workflow")
    if not workflow.get("workflow_steps"):
        raise AssertionError(f"a workflow from template {template['id']} has no steps")
    return {"workflow_id": workflow["id"], "id": workflow["workflow_steps"][0]["id"]}


def _household(bench: Bench, case: GeneratedCase) -> dict[str, Any]:
    """A household and its founding member, from the documented create example (which has a
    ``household``): no listing shows households. A contact to add to it is another, existing
    one, so the body's contact ``id`` is replaced as well."""
    founder = _answer(
        bench.http().post("v1/contacts",
                          json=documented_request_example("wealthbox", "createContact")),
        "a household")
    if isinstance(case.body, dict) and "id" in case.body:
        case.body["id"] = first_listed(bench, "/v1/contacts")["id"]
    return {"household_id": founder["household"]["id"], "id": founder["id"]}


#: How to make records for the path parameters no listing can provide, by (API, path).
PREPARATIONS: Mapping[tuple[str, str], Callable[[Bench, GeneratedCase], dict[str, Any]]] = {
    ("wealthbox", "/v1/workflows/{workflow_id}/steps/{id}"): _workflow_with_steps,
    ("wealthbox", "/v1/households/{household_id}/members"): _household,
    ("wealthbox", "/v1/households/{household_id}/members/{id}"): _household,
}


def record_path_parameters(op: Operation) -> list[str]:
    """The path parameters that name a record (not an enum such as Wealthbox's ``{type}``,
    whose every member names something that exists)."""
    document = specs.load(op.api)
    return [parameter["name"] for parameter in parameters(op) if parameter["in"] == "path"
            and "enum" not in resolve(document, parameter.get("schema") or {})]


def _by_external_id(case: GeneratedCase, record: Mapping[str, Any]) -> Any:
    """Kanbert's ``find_by=external_id``: the path holds the external id, and ``origin`` must
    be the record's (it defaults to the integration's slug, not to the record's origin)."""
    if record.get("external_id") is None:
        raise AssertionError(f"the record to address has no external id: {record}")
    case.query = {**(case.query or {}), "origin": record["external_origin"]}
    return record["external_id"]


def point_at_existing_records(bench: Bench, op: Operation, case: GeneratedCase) -> None:
    """Replace the case's generated path ids with ids of records the mock holds.

    A random id only ever exercises 404. An id comes from the first record of the listing at
    the path before it (``/contacts`` for ``/contacts/{id}``), or from ``PREPARATIONS``.
    """
    names = record_path_parameters(op)
    preparation = PREPARATIONS.get((op.api, op.path))
    if preparation is not None:
        prepared = preparation(bench, case)
        case.path_parameters = {**(case.path_parameters or {}),
                                **{name: prepared[name] for name in names}}
        return
    chosen: dict[str, Any] = {}
    for name in names:
        collection = op.path.split("/{" + name + "}", 1)[0]
        for earlier, value in chosen.items():
            collection = collection.replace("{" + earlier + "}", str(value))
        record = first_listed(bench, collection)
        if (case.query or {}).get("find_by") == "external_id":
            chosen[name] = _by_external_id(case, record)
        else:
            chosen[name] = record_id(record, name)
    case.path_parameters = {**(case.path_parameters or {}), **chosen}


# ------------------------------------------------------------------ comparing JSON


def _instant(text: str) -> datetime | None:
    """An RFC 3339 date-time as an aware datetime; None for any other text."""
    if "T" not in text.upper() or ":" not in text:
        return None
    try:
        parsed = datetime.fromisoformat(text.upper())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def differences(expected: Any, found: Any, at: str = "") -> list[str]:
    """Where ``found`` does not hold ``expected``: each member of ``expected`` must be in
    ``found`` and equal; members only ``found`` has (ids, timestamps a server adds) are fine.

    Two spellings of one RFC 3339 instant are equal: the generated models hold datetimes and
    write them back with ``isoformat()`` (``Z`` becomes ``+00:00``).
    """
    if isinstance(expected, dict):
        if not isinstance(found, dict):
            return [f"{at or '/'}: expected an object, found {found!r:.80}"]
        return [problem for key, item in expected.items()
                for problem in (differences(item, found[key], f"{at}/{key}") if key in found
                                else [f"{at}/{key}: missing"])]
    if isinstance(expected, list):
        if not isinstance(found, list) or len(found) != len(expected):
            return [f"{at or '/'}: expected {len(expected)} items, found {found!r:.80}"]
        return [problem for index, (mine, theirs) in enumerate(zip(expected, found, strict=True))
                for problem in differences(mine, theirs, f"{at}/{index}")]
    if isinstance(expected, str) and isinstance(found, str) and expected != found:
        instant = _instant(expected)
        if instant is not None and instant == _instant(found):
            return []
    if expected != found or type(expected) is not type(found):
        return [f"{at or '/'}: expected {expected!r:.80}, found {found!r:.80}"]
    return []


def _admits(document: Mapping[str, Any], schema: Any, value: Any) -> bool:
    """Whether ``schema``'s declared type (not its other keywords) admits ``value``."""
    schema = resolve(document, schema)
    if not isinstance(schema, Mapping):
        return True
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return any(_admits(document, branch, value) for branch in schema[key])
    declared = schema.get("type")
    if declared is None:
        return True
    kinds = {declared} if isinstance(declared, str) else set(declared)
    kind = specs.json_type(value)
    return kind in kinds or (kind == "integer" and "number" in kinds)


def _properties(document: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        found.update(_properties(document, resolve(document, part)))
    return found


def declared_part(document: Mapping[str, Any], schema: Any, value: Any) -> Any:
    """``value`` without the members its schema does not declare.

    A request may carry undeclared members (no request schema forbids them), and a server
    that ignores them, as the mocks do, is right to: what a client can expect to read back is
    only what the schema declares. A map (``additionalProperties`` with a schema) keeps every
    key; a union uses the first branch whose type admits the value.
    """
    schema = resolve(document, schema)
    if not isinstance(schema, Mapping):
        return value
    for key in ("oneOf", "anyOf"):
        branches = [branch for branch in schema.get(key) or []
                    if _admits(document, branch, value)]
        if branches:
            return declared_part(document, branches[0], value)
    if isinstance(value, list) and "items" in schema:
        return [declared_part(document, schema["items"], item) for item in value]
    if not isinstance(value, dict):
        return value
    properties = _properties(document, schema)
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping):
        return {key: declared_part(document, properties.get(key, extra), item)
                for key, item in value.items()}
    if not properties:
        return value  # a free-form object: all of it is its content
    return {key: declared_part(document, properties[key], item)
            for key, item in value.items() if key in properties}


# ------------------------------------------------------------------ create -> read back


#: Turns the sent and the read value of one member into the same spelling.
Normaliser = Callable[[Any, Any], tuple[Any, Any]]


@dataclass(frozen=True)
class ReadBack:
    """How a record created through one API's client must read back.

    Every member of the create body the spec declares must read back equal, except the
    ``skipped`` ones (member path -> why it is not an echo; ``*`` stands for every item of a
    list). A ``normalisers`` entry first writes the sent and the read value of a member the
    same way, as the spec says the vendor does.
    """

    api: str
    create: str
    read: str | None  # None: the API has no read by id; the create's answer is the read
    envelope: str | None = None  # the member of an answer that holds the record
    skipped: Mapping[str, str] = field(default_factory=dict)
    normalisers: Mapping[str, Normaliser] = field(default_factory=dict)
    #: Sent values the read shape cannot hold, so that the mock refuses the create (422)
    #: rather than lose them: member path (``*`` for every item of a list) -> which values.
    #: A refusal passes only if every field it names is such a path holding such a value.
    refusable: Mapping[str, Callable[[Any], bool]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.api}:{self.create}->{self.read or 'its own answer'}"

    def record(self, parsed: Any) -> Any:
        """The record model inside a parsed answer."""
        return getattr(parsed, self.envelope) if self.envelope else parsed


def without(value: Any, path: list[str]) -> Any:
    """``value`` without the member at ``path`` (``*`` matches every item of a list)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if head == "*" and isinstance(value, list):
        return [without(item, rest) for item in value]
    if isinstance(value, dict) and head in value:
        if not rest:
            return {key: item for key, item in value.items() if key != head}
        return {**value, head: without(value[head], rest)}
    return value


def unjustified_refusals(rule: ReadBack, body: Any, refusal: Any) -> list[str]:
    """The fields a 422 ``refusal`` names (its ``errors`` member, keyed by dotted path) that
    do not hold a value the read shape cannot hold (``ReadBack.refusable``); every one of
    them when it names none."""
    named = refusal.get("errors") if isinstance(refusal, Mapping) else None
    if not isinstance(named, Mapping) or not named:
        return [f"the refusal names no field: {refusal!r}"[:300]]
    unjustified = []
    for path in named:
        parts = str(path).split(".")
        pattern = "/".join("*" if part.isdigit() else part for part in parts)
        value: Any = body
        for part in parts:
            if isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            elif isinstance(value, Mapping) and part in value:
                value = value[part]
            else:
                value = MISSING_VALUE
                break
        holds = rule.refusable.get(pattern)
        if value is MISSING_VALUE or holds is None or not holds(value):
            unjustified.append(f"{path}: {value!r}")
    return unjustified


MISSING_VALUE = object()


def read_back_differences(rule: ReadBack, body: Any, read: Mapping[str, Any]) -> list[str]:
    """Where the read record does not hold what the create ``body`` sent (see ``ReadBack``)."""
    document = specs.load(rule.api)
    request = resolve(document, operation(rule.api, rule.create).spec["requestBody"])
    sent = declared_part(document, request["content"]["application/json"]["schema"], body)
    for path in rule.skipped:
        sent = without(sent, path.split("/"))
    read = dict(read)
    for name, normalise in rule.normalisers.items():
        if isinstance(sent, dict) and name in sent:
            sent[name], read[name] = normalise(sent[name], read.get(name))
    return differences(sent, read)
