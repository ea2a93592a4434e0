"""Drift watch (crm_overlays.drift): what it finds, what it proposes, what it never records.

Deviating servers are httpx MockTransports answering with the spec's own documented examples,
changed one way each. Every test checks the whole path where it can: the watch names the
operation and the pointer, the proposed Overlay applied with oas-patch gives a spec that the
project's speclint passes, and the same traffic replayed against that spec reports nothing.
"""

from __future__ import annotations

import asyncio
import copy
import gzip
import json
import logging
import random
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import oas_patch
import pytest
import yaml
from crm_overlays import RetryPolicy, kanbert, paginate, pylon, repzo, specs, wealthbox
from crm_overlays.drift import DriftReport, DriftWatch, propose
from crm_overlays.drift.__main__ import main as drift_cli
from crm_overlays.drift.schema import ARRAY_ITEMS, ENUM_VALUE_LIMIT, is_vocabulary

from tests.conftest import REDOCLY, ROOT
from tools.speclint.check import check_spec
from tools.speclint.redocly import run_redocly

TOKEN = "tok-DRIFT-7Qx9-unguessable"


# ---------------------------------------------------------------- helpers


def example(api: str, operation_id: str, status: str = "200") -> Any:
    """A deep copy of the first documented example of one response."""
    document = specs.load(api)
    for _method, _path, operation in specs.operations(api):
        if operation.get("operationId") == operation_id:
            response, _ = specs.follow_ref(document, operation["responses"][status])
            media = response["content"]["application/json"]
            for item in (media.get("examples") or {}).values():
                item, _ = specs.follow_ref(document, item)
                return copy.deepcopy(item["value"])
            return copy.deepcopy(media["example"])
    raise LookupError(operation_id)


Reply = Callable[[httpx.Request], httpx.Response]


def server(routes: dict[tuple[str, str], Reply]) -> httpx.MockTransport:
    """A MockTransport answering ``(method, path)`` from ``routes`` (404 for anything else)."""

    def handle(request: httpx.Request) -> httpx.Response:
        reply = routes.get((request.method, request.url.path))
        return reply(request) if reply else httpx.Response(404, json={"message": "no route"})

    return httpx.MockTransport(handle)


def json_reply(status: int, body: Any, **headers: str) -> Reply:
    return lambda request: httpx.Response(status, json=body, headers=headers)


def found(report: DriftReport, api: str) -> set[tuple[str, str, str, str, str, str]]:
    """Every finding as (operation, status, kind, pointer, schema, observed)."""
    return {(op, f["status"], f["kind"], f["pointer"], f["schema"], f["observed"])
            for _api, op, f in report.findings(api)}


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    assert "Validation successful" in oas_patch.validate(overlay, "sh")
    patched: dict[str, Any] = oas_patch.apply_overlay(copy.deepcopy(document), overlay)
    return patched


def lint(api: str, document: dict[str, Any], folder: Path, redocly: bool = False) -> None:
    """The project's speclint (and Redocly, when asked) on ``document`` written as JSON.

    JSON, as ``oas-patch overlay ... -o x.json`` writes it: PyYAML's dump (``-o x.yaml``) leaves
    Wealthbox's ``2015-05-24 10:00 AM -0400`` unquoted, which speclint rightly rejects.
    """
    path = folder / f"{api}.json"
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    extra = run_redocly(str(REDOCLY), [str(path)])[str(path)] if redocly else []
    report = check_spec(str(path), extra=extra)
    assert not report.problems, "\n".join(str(p) for p in report.problems)


def round_trip(
    api: str,
    document: dict[str, Any],
    traffic: Callable[[DriftWatch], None],
    folder: Path,
    redocly: bool = False,
) -> tuple[DriftReport, dict[str, Any]]:
    """Watch ``traffic`` against ``document``, propose, apply, lint, replay: the replay is clean.

    Returns the first report and the overlay.
    """
    watch = DriftWatch(documents={api: document}, worker="thread")
    traffic(watch)
    assert watch.wait()
    report = watch.report
    overlay = propose(report, api, document, extends=f"specs/{api}.yaml")
    assert "x-unresolved" not in overlay, overlay["x-unresolved"]
    patched = apply_overlay(document, overlay)
    lint(api, patched, folder, redocly=redocly)
    replay = DriftWatch(documents={api: patched}, worker="thread")
    traffic(replay)
    assert replay.wait()
    assert replay.report.is_clean(), replay.report.summary()
    assert replay.report.counters(api)["checked"] == report.counters(api)["checked"] > 0
    return report, overlay


# ---------------------------------------------------------------- a deviating server


def kanbert_deviations() -> dict[tuple[str, str], Reply]:
    contact = example("kanbert", "getContact")
    contact["nickname"] = "Zebulon"  # undocumented, a string
    contact["loyalty"] = {"tier": 3}  # undocumented, an object
    del contact["first_name"]  # required
    contact["telephone"] = 4915112345  # a string in the spec
    contact["id"] = None  # not nullable
    contact["email"] = "not an address"  # format: email
    contact["created_at"] = "yesterday"  # format: date-time
    return {
        ("GET", "/api/v1/contacts/1"): json_reply(200, contact),
        ("GET", "/api/v1/contacts/2"): lambda r: httpx.Response(
            200, text="<html>maintenance</html>", headers={"content-type": "text/html"}),
        ("DELETE", "/api/v1/contacts/1"): json_reply(409, {"message": "locked"}),
        ("GET", "/api/v1/contacts"): json_reply(429, {"message": "slow down"},
                                                **{"retry-after": "1"}),
    }


def kanbert_traffic(watch: DriftWatch) -> None:
    from kanbert_client.api.contacts import get_contact

    client = kanbert.client(TOKEN, transport=server(kanbert_deviations()), retry=None,
                            drift=watch)
    with pytest.raises(KeyError):  # the generated parser fails; the watch has seen the body
        get_contact.sync_detailed(client=client, id="1")
    http = client.get_httpx_client()  # raw calls from here: the parser is not under test
    http.get("/contacts/1")
    http.get("/contacts/1")
    http.get("/contacts/2")
    http.delete("/contacts/1")
    http.get("/contacts")


EXPECTED_KANBERT = {
    ("getContact", "200", "undocumented-property", "/nickname", "/components/schemas/Contact",
     "string"),
    ("getContact", "200", "undocumented-property", "/loyalty", "/components/schemas/Contact",
     "object"),
    ("getContact", "200", "missing-required", "/first_name", "/components/schemas/Contact",
     "absent"),
    ("getContact", "200", "type-mismatch", "/telephone",
     "/components/schemas/Contact/properties/telephone", "integer"),
    ("getContact", "200", "unexpected-null", "/id", "/components/schemas/Contact/properties/id",
     "null"),
    ("getContact", "200", "format-mismatch", "/email",
     "/components/schemas/Contact/properties/email", "string"),
    ("getContact", "200", "format-mismatch", "/created_at",
     "/components/schemas/Contact/properties/created_at", "string"),
    ("getContact", "200", "undocumented-content-type", "",
     "/paths/~1contacts~1{id}/get/responses/200", "text/html"),
    ("deleteContact", "409", "undocumented-status", "", "/paths/~1contacts~1{id}/delete/responses",
     "object"),
    ("listContacts", "429", "undocumented-status", "", "/paths/~1contacts/get/responses",
     "object"),
}


def test_watch_names_operation_and_pointer_under_a_base_path_and_the_overlay_fixes_it(tmp_path):
    document = copy.deepcopy(specs.load("kanbert"))
    report, overlay = round_trip("kanbert", document, kanbert_traffic, tmp_path, redocly=True)
    assert found(report, "kanbert") == EXPECTED_KANBERT
    operations = report.operations("kanbert")
    assert operations["getContact"]["checked"] == 4  # three deviating, one in HTML
    assert operations["getContact"]["path"] == "/contacts/{id}"  # matched below /api/v1
    nickname = next(f for _a, _o, f in report.findings("kanbert") if f["pointer"] == "/nickname")
    assert nickname["count"] == 3 and nickname["first_seen"] <= nickname["last_seen"]
    added = {name: schema for a in overlay["actions"]
             if a["target"] == "$['components']['schemas']['Contact']['properties']"
             for name, schema in a["update"].items()}
    assert added["nickname"]["type"] == "string" and added["loyalty"]["type"] == "object"
    assert added["telephone"]["type"] == ["string", "integer", "null"]
    assert "format" not in added["email"] and "format" not in added["created_at"]
    # A 429 comes with its Retry-After header, as the project's lint wants of every 429.
    (too_many,) = [a["update"]["429"] for a in overlay["actions"]
                   if a["target"] == "$['paths']['/contacts']['get']['responses']"]
    assert "Retry-After" in too_many["headers"]


def test_unmatched_paths_are_counted_without_the_path(tmp_path):
    watch = DriftWatch(worker="thread")
    client = kanbert.client(TOKEN, transport=server({}), retry=None, drift=watch)
    client.get_httpx_client().get("/contacts-secret-area/42")
    assert watch.wait()
    assert watch.report.counters("kanbert")["unmatched"] == 1
    assert "contacts-secret-area" not in json.dumps(watch.report.to_dict())


def test_wealthbox_enum_pattern_and_allof_async(tmp_path):
    contact = example("wealthbox", "getContact")
    contact["status"] = "Dormant"  # ContactStatus has no such value
    contact["birth_date"] = "24/08/1975"  # WealthboxDate's pattern
    contact["favourite_colour"] = "teal"  # Contact is an allOf: goes to its inline member
    routes = {("GET", "/v1/contacts/1"): json_reply(200, contact)}

    def traffic(watch: DriftWatch) -> None:
        from wealthbox_client.api.contacts import get_contact

        async def run() -> None:
            client = wealthbox.client(TOKEN, transport=server(routes), retry=None,
                                      rate_limit=False, drift=watch)
            await get_contact.asyncio_detailed(client=client, id=1)

        asyncio.run(run())

    report, _ = round_trip("wealthbox", copy.deepcopy(specs.load("wealthbox")), traffic,
                           tmp_path)
    document = specs.load("wealthbox")
    date_at = specs.follow_ref(document, {"$ref": "#/components/schemas/WealthboxDate"})[1]
    assert found(report, "wealthbox") == {
        ("getContact", "200", "enum-mismatch", "/status", "/components/schemas/ContactStatus",
         "string"),
        ("getContact", "200", "pattern-mismatch", "/birth_date", date_at, "string"),
        ("getContact", "200", "undocumented-property", "/favourite_colour",
         "/components/schemas/Contact/allOf/2", "string"),
    }
    enum = next(f for _a, _o, f in report.findings("wealthbox") if f["kind"] == "enum-mismatch")
    assert enum["value"] == "Dormant"


# ---------------------------------------------------------------- issue 11's deviations


def pylon_sdk_last_page(document: dict[str, Any]) -> Callable[[DriftWatch], None]:
    page = example("pylon", "listContacts")
    page.pop("pagination", None)  # the SDK: "Absent when there are no more results"
    routes = {("GET", "/contacts"): json_reply(200, page)}

    def traffic(watch: DriftWatch) -> None:
        from pylon_client.api.contacts import list_contacts

        client = pylon.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                              drift=watch)
        assert list(paginate(list_contacts, client=client))

    return traffic


def test_issue_11_pylon_last_page_without_pagination(tmp_path):
    narrowed = copy.deepcopy(specs.load("pylon"))
    narrowed["components"]["schemas"]["ContactList"]["required"] = ["data", "pagination"]
    report, _ = round_trip("pylon", narrowed, pylon_sdk_last_page(narrowed), tmp_path)
    assert found(report, "pylon") == {
        ("listContacts", "200", "missing-required", "/pagination",
         "/components/schemas/ContactList", "absent"),
    }


def test_issue_11_wealthbox_contact_without_name_and_workflow_with_active_step(tmp_path):
    narrowed = copy.deepcopy(specs.load("wealthbox"))
    schemas = narrowed["components"]["schemas"]
    schemas["ContactAttributes"]["required"] = ["name"]
    del schemas["Workflow"]["allOf"][2]["properties"]["active_step"]
    contact = example("wealthbox", "getContact")
    contact.pop("name", None)  # wealthbox-cli: a contact read back without `name`
    workflow = example("wealthbox", "getWorkflow")
    step = workflow["workflow_steps"][0] if workflow.get("workflow_steps") else {"id": 1}
    routes = {
        ("GET", "/v1/contacts/1"): json_reply(200, contact),
        ("GET", "/v1/workflows/1"): json_reply(200, {**workflow, "active_step": step}),
        ("GET", "/v1/workflows/2"): json_reply(200, {**workflow, "active_step": None}),
    }

    def traffic(watch: DriftWatch) -> None:
        from wealthbox_client.api.contacts import get_contact
        from wealthbox_client.api.workflows import get_workflow

        client = wealthbox.client(TOKEN, transport=server(routes), retry=None,
                                  rate_limit=False, drift=watch)
        get_contact.sync_detailed(client=client, id=1)
        get_workflow.sync_detailed(client=client, id=1)
        get_workflow.sync_detailed(client=client, id=2)

    report, overlay = round_trip("wealthbox", narrowed, traffic, tmp_path)
    assert found(report, "wealthbox") == {
        ("getContact", "200", "missing-required", "/name",
         "/components/schemas/ContactAttributes", "absent"),
        ("getWorkflow", "200", "undocumented-property", "/active_step",
         "/components/schemas/Workflow/allOf/2", "object"),
        ("getWorkflow", "200", "undocumented-property", "/active_step",
         "/components/schemas/Workflow/allOf/2", "null"),
    }
    restored = apply_overlay(narrowed, overlay)
    active = restored["components"]["schemas"]["Workflow"]["allOf"][2]["properties"]["active_step"]
    assert active["type"] == ["object", "null"]
    assert "required" not in restored["components"]["schemas"]["ContactAttributes"]


def test_issue_11_repzo_bare_record_instead_of_the_envelope(tmp_path):
    narrowed = copy.deepcopy(specs.load("repzo"))
    schemas = narrowed["components"]["schemas"]
    schemas["ClientContactResult"] = {"$ref": "#/components/schemas/ClientContactResponse"}
    schemas["ClientContactResponse"]["required"] = ["success", "data"]
    record = example("repzo", "getClientContact")["data"]  # the SDK returns the bare record
    routes = {("GET", "/client-contact/abc"): json_reply(200, record)}

    def traffic(watch: DriftWatch) -> None:
        from repzo_client.api.client_contacts import get_client_contact

        client = repzo.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                              drift=watch)
        get_client_contact.sync_detailed(client=client, id="abc")

    report, _ = round_trip("repzo", narrowed, traffic, tmp_path)
    findings = found(report, "repzo")
    envelope = "/components/schemas/ClientContactResponse"
    assert ("getClientContact", "200", "missing-required", "/success", envelope,
            "absent") in findings
    assert ("getClientContact", "200", "missing-required", "/data", envelope,
            "absent") in findings
    extras = {f[3] for f in findings if f[2] == "undocumented-property"}
    assert extras == {f"/{name}" for name in record}
    assert all(f[4] == envelope for f in findings)


# ---------------------------------------------------------------- rejected requests


def test_a_rejected_request_names_the_field_and_stays_out_of_the_overlay(tmp_path, capsys):
    error = example("kanbert", "createContact", "422")  # {"errors": {"email": [...]}}
    routes = {("POST", "/api/v1/contacts"): json_reply(422, error)}
    watch = DriftWatch(worker="thread")
    client = kanbert.client(TOKEN, transport=server(routes), retry=None, drift=watch)
    response = client.get_httpx_client().post(
        "/contacts", json={"first_name": "Zebulon", "email": "zeb@quixote.example"})
    assert response.status_code == 422
    assert watch.wait()
    rejected = [f for _a, _o, f in watch.report.findings("kanbert")]
    assert [(f["kind"], f["pointer"], f["observed"]) for f in rejected] == [
        ("rejected-request", "/email", "string")]
    assert rejected[0]["schema"].startswith("/components/schemas/")
    overlay = propose(watch.report, "kanbert")
    assert overlay["actions"] == []
    assert len(overlay["x-unresolved"]) == 1 and "/email" in overlay["x-unresolved"][0]
    assert "zeb@quixote" not in json.dumps(overlay) + json.dumps(watch.report.to_dict())
    # The command line writes no overlay without an action (Overlay 1.0 needs one).
    watch.save(tmp_path / "rejected.json")
    target = tmp_path / "rejected.overlay.yaml"
    assert drift_cli(["propose", str(tmp_path / "rejected.json"), "--api", "kanbert",
                      "-o", str(target)]) == 1
    assert not target.exists()
    assert "unresolved: createContact 422 rejected-request /email" in capsys.readouterr().err


# ---------------------------------------------------------------- never in the way


def test_calls_are_unchanged_by_the_watch_even_when_it_breaks():
    body = example("pylon", "listContacts")
    raw = gzip.compress(json.dumps(body).encode())
    routes = {("GET", "/contacts"): lambda r: httpx.Response(
        200, content=raw, headers={"content-encoding": "gzip",
                                   "content-type": "application/json"})}
    broken = DriftWatch(documents={"pylon": {"paths": {"/contacts": {"get": 7}}}},
                        worker="thread")
    results = []
    for watch in (None, DriftWatch(worker="thread"), broken):
        client = pylon.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                              drift=watch)
        response = client.get_httpx_client().get("/contacts")
        results.append((response.status_code, response.content, dict(response.headers)))
    assert results[0] == results[1] == results[2]
    assert results[0][1] == json.dumps(body).encode()
    assert broken.wait()
    assert broken.report.counters("pylon")["watch_errors"] == 1
    assert not any(True for _ in broken.report.findings())


def test_the_default_worker_is_a_process_and_serves_sync_and_async():
    page = example("pylon", "listContacts")
    page["data"][0]["nickname"] = "Zed"
    routes = {("GET", "/contacts"): json_reply(200, page)}
    watch = DriftWatch()
    assert watch.worker == "process"
    client = pylon.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                          drift=watch)
    try:
        client.get_httpx_client().get("/contacts")

        async def run() -> None:
            await client.get_async_httpx_client().get("/contacts")

        asyncio.run(run())
        assert watch.wait()
        assert watch.report.counters("pylon")["checked"] == 2
        assert found(watch.report, "pylon") == {
            ("listContacts", "200", "undocumented-property", "/data/*/nickname",
             "/components/schemas/Contact", "string")}
    finally:
        watch.close()


# ---------------------------------------------------------------- sampling


def test_sampling_is_decided_per_call_and_repeatable():
    routes = {("GET", "/contacts"): json_reply(200, example("pylon", "listContacts"))}
    checked = {}
    for sample in (0.0, 0.1, 1.0):
        watch = DriftWatch(sample=sample, seed=3, worker="thread")
        client = pylon.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                              drift=watch)
        for _ in range(1000):
            client.get_httpx_client().get("/contacts")
        assert watch.wait()
        checked[sample] = watch.report.counters("pylon").get("checked", 0)
    draw = random.Random(3).random
    expected_tenth = sum(draw() < 0.1 for _ in range(1000))
    assert checked == {0.0: 0, 0.1: expected_tenth, 1.0: 1000}
    assert 70 <= expected_tenth <= 130


def test_long_arrays_are_checked_at_a_bounded_spread_that_visits_every_item():
    """A page of 100 contacts costs the check of ARRAY_ITEMS of them; over 100 / ARRAY_ITEMS
    responses each position is checked exactly once, so a deviation in one item is found once,
    and one in every item is found in every response (a count is of responses, not items)."""
    assert ARRAY_ITEMS == 10  # the arithmetic below
    page = example("pylon", "listContacts")
    contact = page["data"][0]
    everywhere, one = copy.deepcopy(page), copy.deepcopy(page)
    everywhere["data"] = [dict(contact, shoe_size=41) for _ in range(100)]
    one["data"] = [dict(contact) for _ in range(100)]
    one["data"][57]["shoe_size"] = 41
    counts = {}
    for name, body in (("everywhere", everywhere), ("one", one)):
        watch = DriftWatch(sample=1.0, worker="thread")
        client = pylon.client(TOKEN, transport=server({("GET", "/contacts"): json_reply(200, body)}),
                              retry=None, rate_limit=False, drift=watch)
        for _ in range(100 // ARRAY_ITEMS):
            client.get_httpx_client().get("/contacts")
        assert watch.wait()
        counts[name] = [(f["kind"], f["pointer"], f["count"])
                        for _api, _op, f in watch.report.findings("pylon")]
    assert counts == {
        "everywhere": [("undocumented-property", "/data/*/shoe_size", 100 // ARRAY_ITEMS)],
        "one": [("undocumented-property", "/data/*/shoe_size", 1)],
    }


def test_sample_must_be_a_share():
    with pytest.raises(ValueError, match="between 0 and 1"):
        DriftWatch(sample=10)


# ---------------------------------------------------------------- redaction


DISTINCTIVE = ("Zebulon-Quixote", "zebulon.quixote@drift.example", "+49 151 99887766",
               "Quixotic Zebulon Holdings and Partners International", "zq-77815-secret-id")


def test_no_token_and_no_field_value_reaches_a_report_log_or_overlay(tmp_path, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    contact = example("wealthbox", "getContact")
    contact.update(first_name=DISTINCTIVE[0], id=None, company_name=7,
                   job_title=DISTINCTIVE[2], status=DISTINCTIVE[3],  # data in an enum field
                   gender=TOKEN, favourite=DISTINCTIVE[1])  # the token in an enum field
    contact[DISTINCTIVE[4]] = DISTINCTIVE[1]  # a key that is data, not a name
    routes = {("GET", "/v1/contacts/1"): json_reply(200, contact),
              ("POST", "/v1/contacts"): json_reply(422, {"errors": {"first_name": [
                  f"{DISTINCTIVE[0]} is taken"]}})}
    path = tmp_path / "drift" / "wealthbox.json"
    watch = DriftWatch(path=path, worker="thread")
    client = wealthbox.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                              drift=watch)
    # Raw calls: the generated parser would reject the unknown enum value before the test ends.
    client.get_httpx_client().get("/v1/contacts/1")
    client.get_httpx_client().post("/v1/contacts", json={"first_name": DISTINCTIVE[0]})
    broken = DriftWatch(documents={"wealthbox": {"paths": {"/v1/contacts/{id}": {"get": 1}}}},
                        worker="thread")
    wealthbox.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                     drift=broken).get_httpx_client().get("/v1/contacts/1")
    assert broken.wait() and broken.report.counters("wealthbox")["watch_errors"] == 1
    # The watch's own exceptions are logged by class name only, never by their text.
    assert "drift watch could not check a wealthbox response: AttributeError" in caplog.text
    watch.save()
    overlay = propose(DriftReport.load(path), "wealthbox")
    assert drift_cli(["summary", str(path)]) == 0
    assert drift_cli(["propose", str(path), "--api", "wealthbox"]) == 0
    kinds = {f["kind"] for _a, _o, f in DriftReport.load(path).findings()}
    assert {"unexpected-null", "type-mismatch", "enum-mismatch", "undocumented-property",
            "rejected-request"} <= kinds
    texts = {
        "report": path.read_text(encoding="utf-8"),
        "summary": DriftReport.load(path).summary(),
        "overlay": yaml.safe_dump(overlay),
        "cli": capsys.readouterr().out,
        "logs": caplog.text,
        "repr": repr(watch) + repr(broken) + repr(client),
    }
    leaked = {(name, secret) for name, text in texts.items()
              for secret in (TOKEN, "DRIFT-7Qx9", *DISTINCTIVE) if secret in text}
    assert not leaked
    # ...while what is vocabulary or shape is there:
    assert "favourite" in texts["report"] and "/first_name" in texts["report"]


def test_enum_values_that_look_like_data_are_not_recorded():
    assert is_vocabulary("Dormant") and is_vocabulary("Long Term") and is_vocabulary(7)
    assert not is_vocabulary("x" * (ENUM_VALUE_LIMIT + 1))
    assert not is_vocabulary("zebulon.quixote@drift.example")
    assert not is_vocabulary("5f0b3d2e-8c1a-4e7b-9a6d-2c4f1e8b7a90")
    assert not is_vocabulary("Customer since 2019-08-24")
    assert not is_vocabulary("member", secrets=["Bearer member-token"])
    assert not is_vocabulary(123456) and not is_vocabulary(1.5)


# ---------------------------------------------------------------- the report


def test_reports_merge_across_processes_and_runs(tmp_path, monkeypatch):
    routes = {("GET", "/contacts"): json_reply(200, {"data": [{"id": "1", "mood": "ok"}]})}
    path = tmp_path / "shared.json"
    for _run in range(2):
        watch = DriftWatch(worker="thread")
        client = pylon.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                              drift=watch)
        client.get_httpx_client().get("/contacts")
        client.get_httpx_client().get("/contacts")
        watch.save(path)
        watch.save(path)  # nothing new: counted once
    merged = DriftReport.load(path)
    (finding,) = [f for _a, _o, f in merged.findings()]
    assert finding["count"] == 4 and merged.counters("pylon")["checked"] == 4
    other = tmp_path / "other.json"
    DriftReport().merge(merged).write(other)
    out = tmp_path / "all.json"
    assert drift_cli(["merge", str(path), str(other), "-o", str(out)]) == 0
    assert [f["count"] for _a, _o, f in DriftReport.load(out).findings()] == [8]
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temporary file
    # A relative path is fixed when the watch is made: the exit may run in another folder.
    monkeypatch.chdir(tmp_path)
    assert DriftWatch(path="relative.json", worker="thread").path == tmp_path / "relative.json"


def test_bad_report_files_are_named(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    assert drift_cli(["summary", str(bad)]) == 2
    assert f"{bad}: not a drift report" in capsys.readouterr().err
    bad.write_text("{", encoding="utf-8")
    assert drift_cli(["report", str(bad)]) == 2
    assert "not JSON" in capsys.readouterr().err


# ---------------------------------------------------------------- the README's worked example


def _readme_block(name: str, language: str) -> str:
    text = (ROOT / "overlays" / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- drift-example:{name} -->\n```{language}\n(.*?)```", text,
                      re.DOTALL)
    assert match, f"overlays/README.md has no drift-example:{name} block"
    return match.group(1)


def test_the_readme_worked_example_runs_from_capture_to_a_spec_that_lints(tmp_path, monkeypatch):
    for name in ("specs", "tools", "node_modules", ".venv", "redocly.yaml"):
        (tmp_path / name).symlink_to(ROOT / name)
    capture = _readme_block("capture", "python")
    (tmp_path / "capture.py").write_text(capture, encoding="utf-8")
    outputs = []
    for line in _readme_block("commands", "sh").splitlines():
        done = subprocess.run(line, shell=True, cwd=tmp_path, capture_output=True, text=True,
                              check=False)
        assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
        outputs.append(done.stdout)
    summary = outputs[1]
    assert "200 undocumented-property /data/*/timezone: string x1" in summary
    assert "200 unexpected-null /data/*/emails: null, spec: array x1" in summary
    assert "pylon.patched  6" in outputs[-1] and outputs[-1].rstrip().endswith("ok")
    # The same traffic, watched against the patched spec, shows no drift.
    patched = json.loads((tmp_path / "drift" / "pylon.patched.json").read_text(encoding="utf-8"))
    original = 'DriftWatch(path="drift/pylon.json")'
    assert original in capture
    replay_code = capture.replace(
        original, 'DriftWatch(path="drift/replay.json", documents=PATCHED, worker="thread")')
    monkeypatch.chdir(tmp_path)
    exec(compile(replay_code, "capture.py", "exec"), {"PATCHED": {"pylon": patched},  # noqa: S102
                                                      "__name__": "replay"})
    replay = DriftReport.load(tmp_path / "drift" / "replay.json")
    assert replay.counters("pylon")["checked"] == 1
    assert replay.is_clean(), replay.summary()


def test_a_oneof_behind_a_ref_checks_the_branch_the_body_fits():
    # Repzo's ClientContactResult admits the envelope and the bare record (issue 11); an
    # extra field is reported on the branch the body is, not on the other.
    envelope = example("repzo", "getClientContact")
    bare = {**envelope["data"], "loyalty_tier": 2}
    wrapped = {**envelope, "trace": "t-1"}
    routes = {("GET", "/client-contact/a"): json_reply(200, bare),
              ("GET", "/client-contact/b"): json_reply(200, wrapped)}
    watch = DriftWatch(worker="thread")
    client = repzo.client(TOKEN, transport=server(routes), retry=None, rate_limit=False,
                          drift=watch)
    client.get_httpx_client().get("/client-contact/a")
    client.get_httpx_client().get("/client-contact/b")
    assert watch.wait()
    assert found(watch.report, "repzo") == {
        ("getClientContact", "200", "undocumented-property", "/loyalty_tier",
         "/components/schemas/ClientContact", "integer"),
        ("getClientContact", "200", "undocumented-property", "/trace",
         "/components/schemas/ClientContactResponse", "string"),
    }


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that arrives in pieces, unread until the client reads it."""

    def __init__(self, data: bytes, size: int = 7) -> None:
        self.pieces = [data[i:i + size] for i in range(0, len(data), size)]

    def __iter__(self):
        yield from self.pieces

    async def __aiter__(self):
        for piece in self.pieces:
            yield piece


def test_streamed_bodies_are_copied_as_read_and_checked_once_complete():
    page = example("pylon", "listContacts")
    page["data"][0]["nickname"] = "Zed"
    raw = gzip.compress(json.dumps(page).encode())
    headers = {"content-type": "application/json", "content-encoding": "gzip"}
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers=headers, stream=Chunks(raw)))
    watch = DriftWatch(worker="thread")
    client = pylon.client(TOKEN, transport=transport, retry=None, rate_limit=False,
                          drift=watch)
    assert client.get_httpx_client().get("/contacts").json() == page

    async def run() -> Any:
        return (await client.get_async_httpx_client().get("/contacts")).json()

    assert asyncio.run(run()) == page
    with client.get_httpx_client().stream("GET", "/contacts") as response:
        next(response.iter_raw())  # closed after one piece: not the whole body, not checked
    assert watch.wait()
    assert watch.report.counters("pylon")["checked"] == 2
    ((_api, _op, finding),) = watch.report.findings()
    assert (finding["pointer"], finding["count"]) == ("/data/*/nickname", 2)


def test_a_watch_with_a_path_saves_at_exit(tmp_path):
    script = tmp_path / "job.py"
    script.write_text(
        "import httpx\n"
        "from crm_overlays import pylon\n"
        "from crm_overlays.drift import DriftWatch\n"
        f"watch = DriftWatch(path={str(tmp_path / 'exit.json')!r})\n"
        "reply = httpx.Response(200, json={'data': [{'id': 'c1', 'mood': 'ok'}]})\n"
        "client = pylon.client('t', transport=httpx.MockTransport(lambda r: reply),\n"
        "                      retry=None, drift=watch)\n"
        "client.get_httpx_client().get('/contacts')\n",  # no save(): the exit does it
        encoding="utf-8",
    )
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), str(script)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report = DriftReport.load(tmp_path / "exit.json")
    assert report.counters("pylon")["checked"] == 1
    assert [f["pointer"] for _a, _o, f in report.findings()] == ["/data/*/mood"]


def test_the_watch_sees_the_response_the_caller_gets_once_per_call():
    # Below the watch, the retry layer turns a 503 (undocumented for Pylon) into the 200 after
    # it; the watch checks that one answer, as the caller sees it.
    answers = iter([httpx.Response(503, json={"errors": ["busy"]}, headers={"retry-after": "0"}),
                    httpx.Response(200, json=example("pylon", "listContacts"))])
    watch = DriftWatch(worker="thread")
    client = pylon.client(TOKEN, transport=httpx.MockTransport(lambda r: next(answers)),
                          retry=RetryPolicy(backoff_base=0.0, backoff_max=0.0),
                          rate_limit=False, drift=watch)
    assert client.get_httpx_client().get("/contacts").status_code == 200
    assert watch.wait()
    assert watch.report.counters("pylon")["checked"] == 1
    assert watch.report.is_clean(), watch.report.summary()


def test_without_a_child_process_the_worker_checks_on_its_own_thread(monkeypatch):
    import crm_overlays.drift.watch as watch_module

    def no_processes(*args: Any, **kwargs: Any) -> Any:
        raise OSError("no fork here")

    monkeypatch.setattr(watch_module.subprocess, "Popen", no_processes)
    page = example("pylon", "listContacts")
    page["data"][0]["nickname"] = "Zed"
    watch = DriftWatch()  # worker="process"
    client = pylon.client(TOKEN, transport=server({("GET", "/contacts"): json_reply(200, page)}),
                          retry=None, rate_limit=False, drift=watch)
    client.get_httpx_client().get("/contacts")
    assert watch.wait()
    assert [f["pointer"] for _a, _o, f in watch.report.findings()] == ["/data/*/nickname"]
    watch.close()
