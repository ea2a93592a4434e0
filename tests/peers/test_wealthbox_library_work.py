"""`wealthbox-cli==2.5.0`'s library (`wealthbox_tools.client.WealthboxClient`) against our mock:
tasks, workflows (templates, steps), events, opportunities and projects.

The client takes `base_url` and `token` in its constructor (`wealthbox_tools/client/base.py`,
`_WealthboxBase.__init__`) and validates every request through its own pydantic models
(`wealthbox_tools/models/`); it returns the answers as dicts. Each test sends through the
client's own API and models, then reads back what the mock stored with our raw client.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from wealthbox_tools.models import (
    EventCreateInput,
    EventListQuery,
    EventUpdateInput,
    OpportunityCreateInput,
    OpportunityListQuery,
    OpportunityUpdateInput,
    ProjectCreateInput,
    ProjectListQuery,
    ProjectUpdateInput,
    TaskCreateInput,
    TaskListQuery,
    TaskUpdateInput,
    WorkflowCreateInput,
    WorkflowListQuery,
    WorkflowStepCompleteInput,
    WorkflowTemplateListQuery,
)

from tests.peers.conftest import MockFactory, ServedMock
from tests.peers.wealthbox_support import VERSION, raw, raw_ids, same_moment, with_client

API = "wealthbox"


@pytest.fixture
def mock(served_mock: MockFactory) -> ServedMock:
    return served_mock(API, seed=30)


def _walk(mock: ServedMock, method: str, key: str, query_type: Any, **filters: Any) -> list[int]:
    """Every id a list method returns, page by page (7 a page), as a user of the client pages."""
    ids: list[int] = []
    page = 1
    while True:
        query = query_type(page=page, per_page=7, **filters)
        body = with_client(mock, lambda c, q=query: getattr(c, method)(q))
        items = body[key]
        ids += [item["id"] for item in items]
        total_pages = (body.get("meta") or {}).get("total_pages")
        if (total_pages is not None and page >= total_pages) or len(items) < 7:
            return ids
        page += 1


def _create_raw(mock: ServedMock, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = mock.http().post(VERSION + path, json=body)
    assert response.status_code == 200, response.text
    return response.json()


# ---------------------------------------------------------------------------- tasks


def test_list_tasks_pages_through_open_tasks(mock: ServedMock) -> None:
    ids = _walk(mock, "list_tasks", "tasks", TaskListQuery)
    assert ids and len(ids) == len(set(ids))
    assert ids == raw_ids(mock, "/tasks", "tasks")
    for task_id in ids:
        assert raw(mock, f"/tasks/{task_id}")["complete"] is False


def test_list_tasks_completed_only(mock: ServedMock) -> None:
    ids = _walk(mock, "list_tasks", "tasks", TaskListQuery, completed=True)
    assert ids
    assert all(raw(mock, f"/tasks/{i}")["complete"] is True for i in ids)


def test_list_tasks_all_statuses_is_every_task(mock: ServedMock) -> None:
    body = with_client(mock, lambda c: c.list_tasks_all_statuses(TaskListQuery(per_page=100)))
    ids = {task["id"] for task in body["tasks"]}
    every = set(raw_ids(mock, "/tasks", "tasks", completed="false")) | set(
        raw_ids(mock, "/tasks", "tasks", completed="true")
    )
    assert ids == every and len(ids) == 30
    assert body["meta"]["total_count"] == 30


def test_fetch_all_pages_walks_every_page(served_mock: MockFactory) -> None:
    mock = served_mock(API, seed=155)  # over 100 completed tasks: two pages of 100
    done = raw_ids(mock, "/tasks", "tasks", completed="true")
    assert len(done) > 100
    body = with_client(mock, lambda c: c.fetch_all_pages("/tasks", {"completed": True}, "tasks"))
    assert [t["id"] for t in body["tasks"]] == done
    assert body["meta"]["total_count"] == len(done)
    body = with_client(mock, lambda c: c.fetch_all_pages("/tasks", {}, "tasks"))
    assert [t["id"] for t in body["tasks"]] == raw_ids(mock, "/tasks", "tasks")


@pytest.mark.parametrize(
    ("sent", "filters", "field"),
    [
        ({"assigned_to": 1}, {"assigned_to": 1}, "assigned_to"),
        ({"assigned_to_team": 10}, {"assigned_to_team": 10}, "assigned_to_team"),
        ({}, {"created_by": 1}, "creator"),  # the mock's token is user 1 (/v1/me)
    ],
)
def test_list_tasks_filters_by_people(
    mock: ServedMock, sent: dict[str, int], filters: dict[str, int], field: str
) -> None:
    created = with_client(mock, lambda c: c.create_task(TaskCreateInput(name="Filter me", frame="today", **sent)))
    query = TaskListQuery(per_page=100, **filters)
    body = with_client(mock, lambda c: c.list_tasks(query))
    ids = [t["id"] for t in body["tasks"]]
    assert created["id"] in ids
    value = next(iter(filters.values()))
    assert all(raw(mock, f"/tasks/{i}").get(field) == value for i in ids)


def test_list_tasks_filters_by_linked_resource_and_type(mock: ServedMock) -> None:
    link = {"id": 424242, "type": "Project"}
    created = with_client(
        mock, lambda c: c.create_task(TaskCreateInput(name="Linked", frame="tomorrow", linked_to=[link]))
    )
    query = TaskListQuery(resource_id=424242, resource_type="Project", task_type="all")
    body = with_client(mock, lambda c: c.list_tasks(query))
    assert [t["id"] for t in body["tasks"]] == [created["id"]]


def test_list_tasks_updated_window(mock: ServedMock) -> None:
    created = with_client(mock, lambda c: c.create_task(TaskCreateInput(name="Recent", frame="today")))
    now = datetime.datetime.now(datetime.UTC)
    since = (now - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    before = (now + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = with_client(
        mock, lambda c: c.list_tasks(TaskListQuery(updated_since=since, updated_before=before))
    )
    assert created["id"] in [t["id"] for t in body["tasks"]]
    body = with_client(mock, lambda c: c.list_tasks(TaskListQuery(updated_before=since)))
    assert created["id"] not in [t["id"] for t in body["tasks"]]


def test_get_task(mock: ServedMock) -> None:
    task_id = raw_ids(mock, "/tasks", "tasks")[0]
    got = with_client(mock, lambda c: c.get_task(task_id))
    assert got == raw(mock, f"/tasks/{task_id}")


def test_create_task_with_iso_due_date(mock: ServedMock) -> None:
    data = TaskCreateInput(
        name="Return Ada's call",
        due_date="2026-04-01T10:00:00-07:00",
        priority="High",
        linked_to=[{"id": 1, "type": "Contact"}],
        assigned_to=1,
        description="Ask about the rollover",
        complete=False,
    )
    created = with_client(mock, lambda c: c.create_task(data))
    stored = raw(mock, f"/tasks/{created['id']}")
    assert stored["name"] == "Return Ada's call" and stored["priority"] == "High"
    assert same_moment(stored["due_date"], "2026-04-01T10:00:00-07:00")
    assert stored["complete"] is False and stored["assigned_to"] == 1
    assert [(link["id"], link["type"]) for link in stored["linked_to"]] == [(1, "Contact")]


def test_create_task_with_frame(mock: ServedMock) -> None:
    created = with_client(mock, lambda c: c.create_task(TaskCreateInput(name="This week", frame="this_week")))
    stored = raw(mock, f"/tasks/{created['id']}")
    assert stored["frame"] == "this_week" and stored["name"] == "This week"


def test_update_task_partially(mock: ServedMock) -> None:
    created = with_client(
        mock,
        lambda c: c.create_task(
            TaskCreateInput(name="Old", due_date="2026-04-01T10:00:00Z", description="Keep me")
        ),
    )
    data = TaskUpdateInput(complete=True, due_date="2026-05-02T09:30:00+02:00")
    with_client(mock, lambda c: c.update_task(created["id"], data))
    stored = raw(mock, f"/tasks/{created['id']}")
    assert stored["complete"] is True and stored["name"] == "Old"
    assert stored["description"] == "Keep me"
    assert same_moment(stored["due_date"], "2026-05-02T09:30:00+02:00")


def test_delete_task(mock: ServedMock) -> None:
    created = with_client(mock, lambda c: c.create_task(TaskCreateInput(name="Bye", frame="future")))
    assert with_client(mock, lambda c: c.delete_task(created["id"])) is None
    assert mock.http().get(f"{VERSION}/tasks/{created['id']}").status_code == 404


# ---------------------------------------------------------------------------- workflows


def _template_id(mock: ServedMock) -> int:
    body = with_client(mock, lambda c: c.list_workflow_templates(WorkflowTemplateListQuery()))
    return body["workflow_templates"][0]["id"]


def _start_workflow(mock: ServedMock, **fields: Any) -> dict[str, Any]:
    data = WorkflowCreateInput(workflow_template=_template_id(mock), **fields)
    return with_client(mock, lambda c: c.create_workflow(data))


def test_list_workflows_pages_through_active(mock: ServedMock) -> None:
    ids = _walk(mock, "list_workflows", "workflows", WorkflowListQuery)
    assert ids == raw_ids(mock, "/workflows", "workflows")
    assert ids and all(not raw(mock, f"/workflows/{i}").get("completed_at") for i in ids)


def test_list_workflows_by_status(mock: ServedMock) -> None:
    for status in ("active", "completed", "scheduled"):
        ids = _walk(mock, "list_workflows", "workflows", WorkflowListQuery, status=status)
        assert ids == raw_ids(mock, "/workflows", "workflows", status=status)


def test_list_workflows_all_statuses(mock: ServedMock) -> None:
    started = _start_workflow(mock, label="Later", starts_at="2099-01-01")
    body = with_client(mock, lambda c: c.list_workflows_all_statuses(WorkflowListQuery(per_page=100)))
    ids = {w["id"] for w in body["workflows"]}
    every = set()
    for status in ("active", "completed", "scheduled"):
        every |= set(raw_ids(mock, "/workflows", "workflows", status=status))
    assert started["id"] in ids and ids == every and len(ids) == 31


def test_list_workflows_filters(mock: ServedMock) -> None:
    started = _start_workflow(mock, linked_to=[{"id": 777, "type": "Project"}])
    query = WorkflowListQuery(resource_id=777, resource_type="Project", updated_since="2000-01-01T00:00:00Z")
    body = with_client(mock, lambda c: c.list_workflows(query))
    assert [w["id"] for w in body["workflows"]] == [started["id"]]


def test_get_workflow(mock: ServedMock) -> None:
    workflow_id = raw_ids(mock, "/workflows", "workflows")[0]
    got = with_client(mock, lambda c: c.get_workflow(workflow_id))
    assert got == raw(mock, f"/workflows/{workflow_id}")
    assert "active_step" in got and "completed_at" in got


def test_create_workflow_linked_to_a_list(mock: ServedMock) -> None:
    started = _start_workflow(
        mock,
        label="Onboard Ada",
        linked_to=[{"id": 1, "type": "Contact"}],
        visible_to="Everyone",
        starts_at="2026-06-01",
    )
    stored = raw(mock, f"/workflows/{started['id']}")
    assert stored["label"] == "Onboard Ada" and stored["visible_to"] == "Everyone"
    links = stored["linked_to"] if isinstance(stored["linked_to"], list) else [stored["linked_to"]]
    assert [(link["id"], link["type"]) for link in links] == [(1, "Contact")]
    assert stored["starts_at"].startswith("2026-06-01")
    assert stored["workflow_template"]["id"] == _template_id(mock)
    assert stored["workflow_steps"] and stored["active_step"]["id"] == stored["workflow_steps"][0]["id"]


def test_complete_and_revert_a_workflow_step(mock: ServedMock) -> None:
    started = _start_workflow(mock, label="Steps")
    step = raw(mock, f"/workflows/{started['id']}")["workflow_steps"][0]
    done = with_client(
        mock,
        lambda c: c.complete_workflow_step(started["id"], step["id"], WorkflowStepCompleteInput()),
    )
    assert done["id"] == step["id"]
    stored = raw(mock, f"/workflows/{started['id']}")["workflow_steps"][0]
    assert stored["completed_at"] and stored.get("completer") == 1
    reverted = with_client(mock, lambda c: c.revert_workflow_step(started["id"], step["id"]))
    assert reverted["id"] == step["id"]
    stored = raw(mock, f"/workflows/{started['id']}")["workflow_steps"][0]
    assert not stored.get("completed_at") and not stored.get("completer")


def test_list_workflow_templates(mock: ServedMock) -> None:
    query = WorkflowTemplateListQuery(resource_type="Contact", per_page=5, page=1)
    body = with_client(mock, lambda c: c.list_workflow_templates(query))
    assert [t["id"] for t in body["workflow_templates"]] == raw_ids(
        mock, "/workflow_templates", "workflow_templates"
    )


# ---------------------------------------------------------------------------- events


def test_list_events_pages(mock: ServedMock) -> None:
    ids = _walk(mock, "list_events", "events", EventListQuery)
    assert len(ids) == 30 and ids == raw_ids(mock, "/events", "events")


def test_list_events_filters(mock: ServedMock) -> None:
    data = EventCreateInput(
        title="Review",
        starts_at="2031-03-04T10:00:00Z",
        ends_at="2031-03-04T11:00:00Z",
        linked_to=[{"id": 31337, "type": "Contact"}],
    )
    created = with_client(mock, lambda c: c.create_event(data))
    query = EventListQuery(
        resource_id=31337,
        resource_type="Contact",
        start_date_min="2031-03-01",
        start_date_max="2031-03-31",
        order="asc",
        updated_since="2000-01-01T00:00:00Z",
    )
    body = with_client(mock, lambda c: c.list_events(query))
    assert [e["id"] for e in body["events"]] == [created["id"]]
    query = EventListQuery(start_date_min="2031-04-01")
    body = with_client(mock, lambda c: c.list_events(query))
    assert created["id"] not in [e["id"] for e in body["events"]]


def test_get_event(mock: ServedMock) -> None:
    event_id = raw_ids(mock, "/events", "events")[0]
    assert with_client(mock, lambda c: c.get_event(event_id)) == raw(mock, f"/events/{event_id}")


def test_create_event_with_iso_times(mock: ServedMock) -> None:
    data = EventCreateInput(
        title="Annual review",
        starts_at="2026-01-15T10:00:00-07:00",
        ends_at="2026-01-15T11:00:00-07:00",
        location="Office",
        state="confirmed",
        linked_to=[{"id": 1, "type": "Contact"}],
        invitees=[{"id": 1, "type": "User"}],
        all_day=False,
    )
    created = with_client(mock, lambda c: c.create_event(data))
    stored = raw(mock, f"/events/{created['id']}")
    assert stored["title"] == "Annual review" and stored["state"] == "confirmed"
    assert stored["location"] == "Office" and stored["all_day"] is False
    assert same_moment(stored["starts_at"], "2026-01-15T10:00:00-07:00")
    assert same_moment(stored["ends_at"], "2026-01-15T11:00:00-07:00")
    assert [(i["id"], i["type"]) for i in stored["invitees"]] == [(1, "User")]


def test_update_event_partially(mock: ServedMock) -> None:
    data = EventCreateInput(
        title="Before", starts_at="2026-01-15T10:00:00Z", ends_at="2026-01-15T11:00:00Z", location="Here"
    )
    created = with_client(mock, lambda c: c.create_event(data))
    with_client(mock, lambda c: c.update_event(created["id"], EventUpdateInput(title="After")))
    stored = raw(mock, f"/events/{created['id']}")
    assert stored["title"] == "After" and stored["location"] == "Here"
    assert same_moment(stored["starts_at"], "2026-01-15T10:00:00Z")


def test_delete_event(mock: ServedMock) -> None:
    event_id = raw_ids(mock, "/events", "events")[-1]
    assert with_client(mock, lambda c: c.delete_event(event_id)) is None
    assert mock.http().get(f"{VERSION}/events/{event_id}").status_code == 404


# ---------------------------------------------------------------------------- opportunities


def test_list_opportunities_pages(mock: ServedMock) -> None:
    ids = _walk(mock, "list_opportunities", "opportunities", OpportunityListQuery)
    assert ids and ids == raw_ids(mock, "/opportunities", "opportunities")


def test_list_opportunities_filters(mock: ServedMock) -> None:
    data = OpportunityCreateInput(
        name="Rollover", target_close="2026-12-31T17:00:00Z", probability=40, stage=1,
        linked_to=[{"id": 5150, "type": "Contact"}],
    )
    created = with_client(mock, lambda c: c.create_opportunity(data))
    query = OpportunityListQuery(
        resource_id=5150, resource_type="Contact", order="recent", include_closed=True,
        updated_before="2999-01-01T00:00:00Z",
    )
    body = with_client(mock, lambda c: c.list_opportunities(query))
    assert [o["id"] for o in body["opportunities"]] == [created["id"]]


def test_get_opportunity(mock: ServedMock) -> None:
    opp_id = raw_ids(mock, "/opportunities", "opportunities")[0]
    assert with_client(mock, lambda c: c.get_opportunity(opp_id)) == raw(mock, f"/opportunities/{opp_id}")


def test_create_opportunity(mock: ServedMock) -> None:
    data = OpportunityCreateInput(
        name="New AUM",
        description="Move the 401k",
        target_close="2026-12-31T17:00:00-05:00",
        probability=70,
        stage=1,
        manager=1,
        amounts=[{"amount": 250000.0, "currency": "$", "kind": "AUM"}],
        linked_to=[{"id": 1, "type": "Contact"}],
        visible_to="Everyone",
    )
    created = with_client(mock, lambda c: c.create_opportunity(data))
    stored = raw(mock, f"/opportunities/{created['id']}")
    assert stored["name"] == "New AUM" and stored["probability"] == 70 and stored["stage"] == 1
    assert same_moment(stored["target_close"], "2026-12-31T17:00:00-05:00")
    assert [(a["amount"], a["kind"]) for a in stored["amounts"]] == [(250000.0, "AUM")]


def test_update_opportunity_partially(mock: ServedMock) -> None:
    data = OpportunityCreateInput(name="Keep", target_close="2026-12-31T17:00:00Z", probability=10, stage=1)
    created = with_client(mock, lambda c: c.create_opportunity(data))
    with_client(mock, lambda c: c.update_opportunity(created["id"], OpportunityUpdateInput(probability=90)))
    stored = raw(mock, f"/opportunities/{created['id']}")
    assert stored["probability"] == 90 and stored["name"] == "Keep"


def test_delete_opportunity(mock: ServedMock) -> None:
    opp_id = raw_ids(mock, "/opportunities", "opportunities")[-1]
    assert with_client(mock, lambda c: c.delete_opportunity(opp_id)) is None
    assert mock.http().get(f"{VERSION}/opportunities/{opp_id}").status_code == 404


# ---------------------------------------------------------------------------- projects


def test_list_projects_pages(mock: ServedMock) -> None:
    ids = _walk(mock, "list_projects", "projects", ProjectListQuery)
    assert len(ids) == 30 and ids == raw_ids(mock, "/projects", "projects")


def test_list_projects_updated_window(mock: ServedMock) -> None:
    created = with_client(mock, lambda c: c.create_project(ProjectCreateInput(name="P", description="D")))
    query = ProjectListQuery(
        updated_since="2000-01-01T00:00:00Z", updated_before="2999-01-01T00:00:00Z", per_page=100
    )
    body = with_client(mock, lambda c: c.list_projects(query))
    assert created["id"] in [p["id"] for p in body["projects"]]
    body = with_client(mock, lambda c: c.list_projects(ProjectListQuery(updated_before="2000-01-01T00:00:00Z")))
    assert body["projects"] == []


def test_get_project(mock: ServedMock) -> None:
    project_id = raw_ids(mock, "/projects", "projects")[0]
    assert with_client(mock, lambda c: c.get_project(project_id)) == raw(mock, f"/projects/{project_id}")


def test_create_project(mock: ServedMock) -> None:
    data = ProjectCreateInput(name="Spring plan", description="Plan it", organizer=1, visible_to="Everyone")
    created = with_client(mock, lambda c: c.create_project(data))
    stored = raw(mock, f"/projects/{created['id']}")
    assert (stored["name"], stored["description"], stored["organizer"]) == ("Spring plan", "Plan it", 1)


def test_update_project_partially(mock: ServedMock) -> None:
    created = with_client(mock, lambda c: c.create_project(ProjectCreateInput(name="Name", description="Desc")))
    with_client(mock, lambda c: c.update_project(created["id"], ProjectUpdateInput(name="Renamed")))
    stored = raw(mock, f"/projects/{created['id']}")
    assert stored["name"] == "Renamed" and stored["description"] == "Desc"

