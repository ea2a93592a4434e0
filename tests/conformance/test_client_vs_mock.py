"""Generated clients against the mocks, with requests Schemathesis draws from the specs.

For every operation of the five APIs, positive cases generated from the spec are made through
the generated endpoint function and the overlay's ready client, against the in-process mock
(restarted with the same seed data before each example, and with path ids replaced by ids of
records it holds, so that reads, updates and deletes reach their success path). Each exchange:

- puts on the wire what the case describes (the generated client adds only spec defaults);
- passes every default Schemathesis check on the raw response (``case.validate_response``);
- parses into the generated model the spec documents for its status, losing nothing;
- leaves the mock's own check of its answers (``check_responses``) clean.

The same holds for the documented errors: a wrong token (401) and an unknown record (404).
Then every record created through a client must read back with what was sent, field by field,
except where the spec says the vendor writes a field differently (``READ_BACKS``).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from typing import Any

import pytest
from crm_overlays import specs, wealthbox
from hypothesis import given, settings
from kanbert_client.api.contacts import create_contact as create_kanbert_contact
from kanbert_client.models import ContactCreate as KanbertContactCreate
from kinbox_client.api.contacts import create_contact as create_kinbox_contact
from kinbox_client.models import ContactCreate as KinboxContactCreate
from schemathesis.core import NotSet
from wealthbox_client.api.workflows import create_workflow
from wealthbox_client.models import WorkflowCreate

from tests.clients.support import Operation, is_oauth_endpoint, operations
from tests.conformance.client_cases import (
    Bench,
    GeneratedCase,
    Normaliser,
    ReadBack,
    bench,
    call_arguments,
    differences,
    documented_model,
    generated_query,
    operation,
    parameters,
    point_at_existing_records,
    read_back_differences,
    record_id,
    record_path_parameters,
    resolve,
    unjustified_refusals,
)

APIS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")
#: Generated cases per operation for the success path (69 operations).
EXAMPLES_PER_OPERATION = 5
#: Generated cases per operation for each documented error (401, 404).
ERROR_EXAMPLES = 3
#: Generated create bodies per create -> read pair.
READ_BACK_EXAMPLES = 10
# The same examples on every run (Schemathesis' generation is deterministic too, by
# schemathesis.toml), none stored, and no per-example deadline on two busy cores.
SETTINGS = settings(deadline=None, derandomize=True, database=None)

# The authorization server's endpoints are left out: no generated request holds a code or a
# client secret the mock issued, so none can succeed. tests/oauth drives them end to end.
ALL_OPERATIONS = [op for api in APIS for op in operations(api) if not is_oauth_endpoint(op)]
OPERATIONS = [pytest.param(op, id=f"{op.api}:{op.id}") for op in ALL_OPERATIONS]
ADDRESSING_OPERATIONS = [pytest.param(op, id=f"{op.api}:{op.id}") for op in ALL_OPERATIONS
                         if record_path_parameters(op)]


def _strategy(api: Bench, op: Operation) -> Any:
    return api.schema[op.path][op.method.upper()].as_strategy()


def _same_json(left: Any, right: Any) -> list[str]:
    """Differences between two JSON values in either direction."""
    return differences(left, right) + differences(right, left)


# ------------------------------------------------------------------ checks of one exchange


def _query_text(value: Any) -> str:
    # How httpx (for the client) and Schemathesis both write a query value.
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _spec_defaults(op: Operation) -> dict[str, str]:
    """The operation's query parameters that have a schema default, as query text."""
    document = specs.load(op.api)
    defaults = {}
    for parameter in parameters(op):
        schema = resolve(document, parameter.get("schema") or {})
        if parameter["in"] == "query" and "default" in schema:
            defaults[parameter["name"]] = _query_text(schema["default"])
    return defaults


def assert_sent_as_generated(op: Operation, case: GeneratedCase, request: Any) -> None:
    """The client put the case on the wire: its query and its body, unchanged.

    A parameter the case leaves out may go out with its spec default (the generated functions
    send the defaults of inline schemas, e.g. ``per_page=25``): a server applies it anyway.
    """
    query = generated_query(op, case)
    expected = [(name, _query_text(item)) for name, value in query.items()
                for item in (value if isinstance(value, list) else [value])]
    defaults = _spec_defaults(op)
    sent = [(name, text) for name, text in request.url.params.multi_items()
            if name in query or defaults.get(name) != text]
    assert sorted(sent) == sorted(expected), "the query on the wire is not the generated one"
    if not isinstance(case.body, NotSet):
        changed = _same_json(case.body, json.loads(request.content))
        assert not changed, f"the body on the wire is not the generated one: {changed}"


def assert_answer_documented_and_parsed(api: Bench, op: Operation, case: GeneratedCase,
                                        response: Any) -> None:
    """The raw answer passes every Schemathesis check, and the generated ``Response`` holds
    the model the spec documents for its status, with all of the body in it."""
    raw = api.recorder.last()
    case.validate_response(raw)
    model = documented_model(op, response.status_code)
    parsed: Any = response.parsed
    assert isinstance(parsed, model), (
        f"{response.status_code} parsed as {type(parsed).__name__}, documented {model}")
    lost = _same_json(parsed.to_dict(), raw.json())
    assert not lost, f"the parsed model and the body differ: {lost}"
    assert not api.server.violations, api.server.violations


# ------------------------------------------------------------------ every operation


@pytest.mark.parametrize("op", OPERATIONS)
def test_generated_request_is_answered_as_documented_and_parses(op: Operation) -> None:
    api = bench(op.api)
    statuses: Counter[int] = Counter()

    @given(case=_strategy(api, op))
    @settings(SETTINGS, max_examples=EXAMPLES_PER_OPERATION)
    def exchange(case: GeneratedCase) -> None:
        api.restart()
        point_at_existing_records(api, op, case)
        response = op.module().sync_detailed(**call_arguments(op, case, api.client))
        assert_sent_as_generated(op, case, api.recorder.last().request)
        assert_answer_documented_and_parsed(api, op, case, response)
        statuses[response.status_code] += 1

    exchange()
    # Ids of existing records are what makes a success reachable; a run without a 2xx would
    # only have exercised error answers.
    assert any(200 <= status < 300 for status in statuses), dict(statuses)


@pytest.mark.parametrize("op", OPERATIONS)
def test_wrong_token_gets_the_documented_401_as_its_error_model(op: Operation) -> None:
    api = bench(op.api)

    @given(case=_strategy(api, op))
    @settings(SETTINGS, max_examples=ERROR_EXAMPLES)
    def refused(case: GeneratedCase) -> None:
        api.restart()
        point_at_existing_records(api, op, case)  # so that only the token is wrong
        response = op.module().sync_detailed(
            **call_arguments(op, case, api.client_with_wrong_token))
        assert response.status_code == 401, response.content[:300]
        assert_answer_documented_and_parsed(api, op, case, response)

    refused()


@pytest.mark.parametrize("op", ADDRESSING_OPERATIONS)
def test_unknown_record_gets_a_documented_error_model(op: Operation) -> None:
    api = bench(op.api)
    statuses: Counter[int] = Counter()

    @given(case=_strategy(api, op))
    @settings(SETTINGS, max_examples=ERROR_EXAMPLES)
    def missing(case: GeneratedCase) -> None:
        api.restart()  # the generated path ids are kept: they name no record
        response = op.module().sync_detailed(**call_arguments(op, case, api.client))
        assert_answer_documented_and_parsed(api, op, case, response)
        statuses[response.status_code] += 1

    missing()
    # A generated integer id may name one of the few seeded records; most name none.
    assert statuses[404] > 0, dict(statuses)


# ------------------------------------------------------------------ create -> read back


def is_calendar_date(text: str) -> bool:
    """Whether ``YYYY-MM-DD`` names a day that exists (Kanbert's pattern admits ``2019-13-45``)."""
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def birthday_as_date(sent: Any, read: Any) -> tuple[Any, Any]:
    """Kanbert reads a birthday back as a date: the Decision on ``birthday`` says the body takes
    a date or an RFC 3339 date-time and the contact carries a plain date. That date is the
    calendar day written in the value (a birthday has no time zone to convert to)."""
    return (sent[:10] if isinstance(sent, str) else sent), read


def custom_fields_by_slug(sent: Any, read: Any) -> tuple[Any, Any]:
    """Pylon takes custom fields as a list of ``{slug, value | values}`` and reads them back as
    an object keyed by slug (``Contact.custom_fields``). In list order, an entry with a value
    sets its field and one with neither ``value`` nor ``values`` unsets it (``CustomFieldValue``:
    "leaving both out unsets the field"). An entry whose slug is missing or empty names no
    field, so nothing of it can be read back."""
    if not isinstance(sent, list):
        return sent, read
    by_slug: dict[str, Any] = {}
    for entry in sent:
        slug = entry.get("slug") if isinstance(entry, dict) else None
        if not slug:
            continue
        if "value" in entry or "values" in entry:
            by_slug[slug] = entry
        else:
            by_slug.pop(slug, None)
    return by_slug, read


def custom_field_values(sent: Any, read: Any) -> tuple[Any, Any]:
    """Kinbox reads each custom field back as ``{"value": ...}`` (``ContactCustomFields``; the
    write shape is undocumented and any object is accepted): a written ``{"value": v}`` keeps
    its ``value``, any other written value ``v`` becomes ``{"value": v}``."""
    if not isinstance(sent, dict):
        return sent, read
    wrapped = {key: ({"value": value["value"]} if "value" in value else {})
               if isinstance(value, dict) else {"value": value}
               for key, value in sent.items()}
    return wrapped, read


def tag_names(sent: Any, read: Any) -> tuple[Any, Any]:
    """Wealthbox writes tags as names and reads them back as ``{id, name}`` objects
    (``ContactCreate``, ``NoteCreate``: "Tags are written as names ... read back as objects")."""
    if isinstance(read, list):
        read = [tag.get("name") if isinstance(tag, dict) else tag for tag in read]
    return sent, read


def template_id(sent: Any, read: Any) -> tuple[Any, Any]:
    """Wealthbox sends a workflow's template as its id and reads back the template object
    (``WorkflowCreate``: "The template is written as its id ... and read back as a
    ``WorkflowTemplate`` object")."""
    return sent, (read.get("id") if isinstance(read, dict) else read)


def sent_wealthbox_time(text: str) -> datetime:
    """A time as a client may send it (`AnyDateTime`, `DateOrDateTime`, `Iso8601DateTime`), read
    with the overlay's ``parse_datetime``, which reads every form those schemas admit."""
    return wealthbox.parse_datetime(text)


def wealthbox_time(sent: Any, read: Any) -> tuple[Any, Any]:
    """A Wealthbox time sent as ``2019-02-25 3:00pm`` reads back as ``2019-02-25 03:00 PM
    +0000``. Both are read with the overlay's ``wealthbox.parse_datetime``. A time sent without
    an offset is in the account's own time zone, which the API does not state, so it is
    compared with the read time's wall clock; one sent with an offset as an instant."""
    if not isinstance(sent, str) or not isinstance(read, str):
        return sent, read
    mine, theirs = sent_wealthbox_time(sent), wealthbox.parse_datetime(read)
    # The Wealthbox form keeps minutes: an RFC 3339 time's seconds do not read back.
    mine = mine.replace(second=0, microsecond=0)
    return mine, (theirs.replace(tzinfo=None) if mine.tzinfo is None else theirs)


def no_wealthbox_time(text: Any) -> bool:
    """Whether the sent ``text`` names no real time, so that the read form cannot hold it. The
    write patterns admit none such, so a refusal for one only passes if a pattern is loosened
    again (and the mock then refuses rather than loses it)."""
    try:
        sent_wealthbox_time(text)
    except (TypeError, ValueError):
        return True
    return False


def milestone_times(sent: Any, read: Any) -> tuple[Any, Any]:
    """`wealthbox_time` for the `milestone_date` of each milestone, item by item: a milestone
    date written in either form of `DateOrDateTime` reads back in the Wealthbox form."""
    if not isinstance(sent, list) or not isinstance(read, list):
        return sent, read
    sent, read = [dict(m) if isinstance(m, dict) else m for m in sent], list(read)
    for index, (mine, theirs) in enumerate(zip(sent, read, strict=False)):
        if isinstance(mine, dict) and isinstance(theirs, dict) and "milestone_date" in mine:
            read[index] = theirs = dict(theirs)
            mine["milestone_date"], theirs["milestone_date"] = wealthbox_time(
                mine["milestone_date"], theirs.get("milestone_date"))
    return sent, read


def wealthbox_times(*names: str) -> dict[str, Normaliser]:
    """`wealthbox_time` for each named member: a time written in either form the write schema
    admits (`AnyDateTime`, `DateOrDateTime`) reads back in the Wealthbox form."""
    return dict.fromkeys(names, wealthbox_time)


DESTROY_FLAG = ("a request flag (\"whether or not to destroy the ... being updated\"): an "
                "instruction to an update, not an attribute of the entry")

#: Every create -> read-by-id pair of the specs (and Kinbox's create, whose answer is the only
#: read it has), with each member the spec does not echo as sent and why.
READ_BACKS = (
    ReadBack(
        "kanbert", "createContact", "getContact",
        skipped={
            "address_country": "Kanbert looks the country up from the value and reads back a "
                               "`Country` object (the space's default for an invalid one)",
            "address_country_id": "the id of a country record; the read shows `address_country`",
            "client_id": "the id of a client record; the read shows `client`, which the mock "
                         "cannot make up for an id it does not know",
            "owner_id": "the id of a user; the read shows `owner` (the same reason)",
        },
        normalisers={"birthday": birthday_as_date},
        refusable={"birthday": lambda birthday: isinstance(birthday, str)
                   and not is_calendar_date(birthday[:10])},
    ),
    ReadBack(
        "pylon", "createContact", "getContact", envelope="data",
        skipped={
            "account_id": "the id of an account; the read shows `account` (a `MiniAccount`)",
            "account_external_id": "the external id of an account; the read shows `account`",
        },
        normalisers={"custom_fields": custom_fields_by_slug},
    ),
    ReadBack("repzo", "createClientContact", "getClientContact", envelope="data"),
    ReadBack(
        "wealthbox", "createContact", "getContact",
        skipped={
            "company": "a write-side name the spec accepts next to `company_name` (Decision on "
                       "`ContactCreate`); the read shape has no `company`",
            "visible_to": "the user group allowed to see the contact; the read shape has none",
            "street_addresses/*/destroy": DESTROY_FLAG,
            "email_addresses/*/destroy": DESTROY_FLAG,
            "phone_numbers/*/destroy": DESTROY_FLAG,
            "websites/*/destroy": DESTROY_FLAG,
        },
        normalisers={"tags": tag_names},
    ),
    ReadBack("wealthbox", "createTask", "getTask", normalisers=wealthbox_times("due_date"),
             refusable={"due_date": no_wealthbox_time}),
    ReadBack("wealthbox", "createEvent", "getEvent",
             normalisers=wealthbox_times("starts_at", "ends_at"),
             refusable={"starts_at": no_wealthbox_time, "ends_at": no_wealthbox_time}),
    ReadBack("wealthbox", "createOpportunity", "getOpportunity",
             normalisers=wealthbox_times("target_close"),
             refusable={"target_close": no_wealthbox_time}),
    ReadBack("wealthbox", "createProject", "getProject"),
    ReadBack("wealthbox", "createNote", "getNote", normalisers={"tags": tag_names}),
    ReadBack(
        "wealthbox", "createWorkflow", "getWorkflow",
        skipped={"workflow_milestones/*/id": "names the template's milestone (a string such as "
                                             "`abcdef`); the read shows the workflow "
                                             "milestone's own integer id"},
        normalisers={"workflow_template": template_id, "starts_at": wealthbox_time,
                     "workflow_milestones": milestone_times},
        refusable={"starts_at": no_wealthbox_time,
                   "workflow_milestones/*/milestone_date": no_wealthbox_time},
    ),
    ReadBack(
        "kinbox", "createContact", None,
        normalisers={"customFields": custom_field_values},
    ),
)


@pytest.mark.parametrize("rule", [pytest.param(rule, id=rule.id) for rule in READ_BACKS])
def test_created_record_reads_back_as_sent(rule: ReadBack) -> None:
    api = bench(rule.api)
    create = operation(rule.api, rule.create)
    read = operation(rule.api, rule.read) if rule.read else None

    @given(case=_strategy(api, create))
    @settings(SETTINGS, max_examples=READ_BACK_EXAMPLES)
    def create_then_read(case: GeneratedCase) -> None:
        api.restart()
        created = create.module().sync_detailed(**call_arguments(create, case, api.client))
        body = {} if isinstance(case.body, NotSet) else case.body
        if created.status_code == 422 and rule.refusable:
            # Refused rather than lost: only for values the read shape cannot hold.
            unjustified = unjustified_refusals(rule, body, json.loads(created.content))
            assert not unjustified, f"{rule.id}: refused for {unjustified}"
            return
        assert 200 <= created.status_code < 300, created.content[:300]
        record = rule.record(created.parsed)
        if read is not None:
            found = read.module().sync_detailed(client=api.client,
                                                id=record_id(record.to_dict(), "id"))
            assert found.status_code == 200, found.content[:300]
            record = rule.record(found.parsed)
        unechoed = read_back_differences(rule, body, record.to_dict())
        assert not unechoed, f"{rule.id}: sent (expected) vs read (found): {unechoed}"

    create_then_read()


# ------------------------------------------------------------------ values no read can hold
# A written value the read shape cannot hold is refused (422, naming the field) rather than
# stored without it. The write patterns admit only real dates and times, so these are refused
# by the body's validation; tests/mocks/test_written_values.py covers the mock's own check.


def stored(api: Bench, collection: str) -> list[Any]:
    """The records the mock behind ``api`` holds in ``collection`` (seeded ones included)."""
    return list(api.server.app.state.engine.store.scan(collection)[1])


def test_kanbert_birthday_that_is_no_calendar_date_is_refused() -> None:
    api = bench("kanbert")
    api.restart()
    before = stored(api, "/contacts")
    body = KanbertContactCreate.from_dict({"first_name": "Ada", "birthday": "2019-02-30"})
    created = create_kanbert_contact.sync_detailed(client=api.client, body=body)
    # Laravel's `date` rule refuses it with 422 in its `errors` envelope.
    assert created.status_code == 422, created.content[:300]
    assert list(json.loads(created.content)["errors"]) == ["birthday"]
    assert stored(api, "/contacts") == before


def test_wealthbox_start_time_that_is_no_real_time_is_refused() -> None:
    api = bench("wealthbox")
    api.restart()
    before = stored(api, "/v1/workflows")
    body = WorkflowCreate.from_dict({
        "workflow_template": 1, "starts_at": "2019-02-25 13:00pm",
        "workflow_milestones": [{"milestone": "abcdef", "milestone_date": "2019-02-25"},
                                {"milestone": "ghijkl", "milestone_date": "2019-02-29"}],
    })
    created = create_workflow.sync_detailed(client=api.client, body=body)
    # 422 is documented ("unprocessable entity"); both values are named, the real date is not.
    assert created.status_code == 422, created.content[:300]
    named = json.loads(created.content)["errors"]
    assert sorted(named) == ["starts_at", "workflow_milestones.1.milestone_date"], named
    assert stored(api, "/v1/workflows") == before


def test_a_refusal_counts_only_for_the_fields_it_names_that_hold_such_values() -> None:
    rule = next(rule for rule in READ_BACKS if rule.create == "createWorkflow")
    body = {"workflow_template": 1, "starts_at": "2019-02-25 13:00pm",
            "workflow_milestones": [{"milestone": "a", "milestone_date": "2019-02-25"},
                                    {"milestone": "b", "milestone_date": "2019-02-31"}]}
    justified = {"errors": {"starts_at": ["x"], "workflow_milestones.1.milestone_date": ["x"]}}
    assert unjustified_refusals(rule, body, justified) == []
    wrong_item = {"errors": {"workflow_milestones.0.milestone_date": ["x"]}}
    assert unjustified_refusals(rule, body, wrong_item) == [
        "workflow_milestones.0.milestone_date: '2019-02-25'"]
    not_refusable = {"errors": {"workflow_template": ["x"]}}
    assert unjustified_refusals(rule, body, not_refusable) == ["workflow_template: 1"]
    assert unjustified_refusals(rule, body, {"errors": {}}) != []
    assert unjustified_refusals(rule, body, {"message": "no"}) != []


def test_kinbox_custom_field_with_a_list_value_reads_back() -> None:
    api = bench("kinbox")
    api.restart()
    body = KinboxContactCreate.from_dict({"name": "Ada",
                                          "customFields": {"interests": ["a", "b"]}})
    created = create_kinbox_contact.sync_detailed(client=api.client, body=body)
    assert created.status_code == 201, created.content[:300]
    fields = json.loads(created.content).get("customFields")
    assert fields == {"interests": {"value": ["a", "b"]}}, fields
