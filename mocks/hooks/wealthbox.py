"""Wealthbox: list filters, deleted contacts, households and workflow steps.

- List filters and `order` are the spec's `x-filter`s and `x-query`s (mocks/query_engine.py);
  the engine's generic equality filter handles `id`, `type` and `external_unique_id`. Here:
  `active` (a contact without a status is active), a plain `tags` keeping its last value,
  `resource_id` / `resource_type` together on one link, tasks' `completed` default and
  workflows' computed `status`. `deleted=true` lists the deleted contacts, each as
  `{id, deleted_at}`, as the spec documents.
- A person's `name` is its first and last name unless one is written.
- A note's linked contacts sent without a name carry the contacts' names.
- An update changes a contact's email addresses, phone numbers, street addresses and websites
  entry by entry: an entry with the `id` of one changes it (`destroy` removes it), one
  without an `id` is added.
- `resource_id` / `resource_type` keep the records linked to that resource (tasks, events,
  opportunities, notes, workflows). Tasks: `completed` is a two-way switch (absent or false:
  open tasks; true: completed ones), `created_by` matches `creator`, and a task's `completer` is
  the login profile's user while it is complete, null otherwise. Workflows: `status`
  (default `active`):
  completed once `completed_at` is set, scheduled while `starts_at` is in the future.
- Households are contacts of type `Household`: a contact created with a `household` joins the
  household contact of that name, or founds one; `POST .../members` adds a
  contact with its title and `DELETE .../members/{id}` removes one. Each answers the household
  (`{id, members}`) and keeps the members' `household` in step.
- Workflows: a workflow started from a known template carries the template, its name and a
  copy of its steps; `PUT /v1/workflows/{workflow_id}/steps/{id}` completes (`complete`) or
  reverts (`revert`) a step, recording the login profile's user (`/v1/me`, id 1) as
  `completer` and the time as `completed_at` (both cleared by a revert). `active_step` is the
  first step not completed (the last step once all are, as the live API keeps it), and the
  workflow's `completed_at` is set when its last step is completed (`""` before).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry
from mocks.store import Record
from mocks.values import parse_timestamp

hooks = HookRegistry()

CONTACTS = "/v1/contacts"
DELETED_CONTACTS = "deleted:/v1/contacts"
HOUSEHOLDS = "wealthbox:households"
TEMPLATES = "/v1/workflow_templates"
WORKFLOWS = "/v1/workflows"
# The user behind the mock's token: the login profile example's `current_user`.
CURRENT_USER_ID = 1


def _fold(value: Any) -> str:
    return str(value).casefold()


def _contact_tests(query: Mapping[str, Any]) -> list[Callable[[Record], bool]]:
    """`active` (the other contact filters are the spec's `x-filter`s): a contact is active
    unless its status says Inactive, so a contact without a status counts as active."""
    if "active" not in query:
        return []
    active = bool(query["active"])
    return [lambda r: (r.get("status") != "Inactive") == active]


def _linked_tests(query: Mapping[str, Any]) -> list[Callable[[Record], bool]]:
    """`resource_id` / `resource_type`: records whose `linked_to` names that resource."""
    resource_id, resource_type = query.get("resource_id"), query.get("resource_type")
    if resource_id is None and resource_type is None:
        return []

    def linked(record: Record) -> bool:
        links = record.get("linked_to") or []
        links = [links] if isinstance(links, Mapping) else links
        return any(
            (resource_id is None or link.get("id") == resource_id)
            and (resource_type is None or _fold(link.get("type")) == _fold(resource_type))
            for link in links
        )

    return [linked]


def _all(tests: list[Callable[[Record], bool]]) -> Callable[[Record], bool] | None:
    return (lambda record: all(test(record) for test in tests)) if tests else None


def _moment(value: Any) -> datetime.datetime | None:
    return parse_timestamp(value) if isinstance(value, str) and value else None


@hooks.operation("listContacts")
async def list_contacts(ctx: HookContext) -> Reply:
    query = ctx.inputs.query
    if query.get("deleted") is True:
        return await ctx.default(source=DELETED_CONTACTS)
    sent = ctx.call.request.query_params
    if "tags" in sent and "tags[]" not in sent:
        # A repeated plain key keeps only its last value on the real server (FACTS.md); the
        # spec reads plain `tags` as an alias of `tags[]` (`x-aliases`).
        query["tags[]"] = [sent.getlist("tags")[-1]]
    return await ctx.default(select=_all(_contact_tests(query)))


@hooks.operation("listNotes", "listEvents", "listOpportunities", "listProjects")
async def list_linked(ctx: HookContext) -> Reply:
    return await ctx.default(select=_all(_linked_tests(ctx.inputs.query)))


@hooks.operation("listTasks")
async def list_tasks(ctx: HookContext) -> Reply:
    query = ctx.inputs.query
    tests = _linked_tests(query)
    completed = bool(query.get("completed", False))
    tests.append(lambda r: bool(r.get("complete")) == completed)
    return await ctx.default(select=_all(tests))


def _created_by_me(record: dict[str, Any]) -> dict[str, Any]:
    """The server records the token's user as `creator` of what it creates."""
    return {"creator": CURRENT_USER_ID, **record}


def _task_completer(record: dict[str, Any]) -> dict[str, Any]:
    return {**record, "completer": CURRENT_USER_ID if record.get("complete") else None}


@hooks.operation("createTask")
async def create_task(ctx: HookContext) -> Reply:
    return await ctx.default(transform=lambda r: _task_completer(_created_by_me(r)))


@hooks.operation("updateTask")
async def update_task(ctx: HookContext) -> Reply:
    return await ctx.default(transform=_task_completer)


@hooks.operation("createEvent", "createOpportunity", "createProject")
async def create_own(ctx: HookContext) -> Reply:
    return await ctx.default(transform=_created_by_me)


@hooks.operation("deleteContact")
async def delete_contact(ctx: HookContext) -> Reply:
    reply = await ctx.default()
    if reply.status == 200:
        contact_id = ctx.inputs.path["id"]
        ctx.store.put(
            DELETED_CONTACTS,
            str(contact_id),
            {"id": contact_id, "deleted_at": ctx.now("updated_at")},
        )
    return reply


@hooks.operation("createNote", "updateNote")
async def write_note(ctx: HookContext) -> Reply:
    return await ctx.default(transform=lambda record: _named_links(ctx, record))


def _named_links(ctx: HookContext, record: dict[str, Any]) -> dict[str, Any]:
    """A linked contact sent without a name carries the contact's own name."""
    links = record.get("linked_to")
    if not isinstance(links, list):
        return record
    named = []
    for link in links:
        contact = (
            ctx.store.get(CONTACTS, str(link.get("id")))
            if isinstance(link, Mapping) and link.get("type") == "Contact"
            else None
        )
        if contact is not None and contact.get("name") and not link.get("name"):
            link = {**link, "name": contact["name"]}
        named.append(link)
    return {**record, "linked_to": named}


# ---------------------------------------------------------------------- households


def _member(contact: Record, title: Any) -> dict[str, Any]:
    member = {"id": contact["id"], "type": contact.get("type", "Person")}
    if title is not None:
        member["title"] = title
    for name in ("first_name", "last_name"):
        if name in contact:
            member[name] = contact[name]
    return member


def _sync_members(ctx: HookContext, household: Mapping[str, Any]) -> None:
    """Write the household, as each member sees it, into the members' contacts."""
    for member in household["members"]:
        contact = ctx.store.get(CONTACTS, str(member["id"]))
        if contact is not None:
            seen = {
                "name": household.get("name"),
                "title": member.get("title"),
                "id": household["id"],
            }
            seen["members"] = household["members"]
            household_view = {k: v for k, v in seen.items() if v is not None}
            ctx.save({**contact, "household": household_view}, ctx.engine.api.collections[CONTACTS])


def _with_name(record: dict[str, Any], written: Mapping[str, Any]) -> dict[str, Any]:
    """A person's `name` follows its first and last name unless a name was written."""
    if record.get("type", "Person") == "Person" and not written.get("name"):
        full = " ".join(
            str(record[part]) for part in ("first_name", "last_name") if record.get(part)
        )
        if full:
            return {**record, "name": full}
    return record


def _household_of(ctx: HookContext, household_id: Any) -> dict[str, Any] | None:
    """The membership of a household contact (none yet for a new one)."""
    household = ctx.store.get(HOUSEHOLDS, str(household_id))
    if household is not None:
        return dict(household)
    contact = ctx.store.get(CONTACTS, str(household_id))
    if contact is None or contact.get("type") != "Household":
        return None
    return {"id": contact["id"], "name": contact.get("name"), "members": []}


def _household_named(ctx: HookContext, name: Any) -> dict[str, Any]:
    """The household contact called `name`, created when there is none."""
    contacts = ctx.engine.api.collections[CONTACTS]
    found = next(
        (
            c
            for c in ctx.records(contacts)
            if c.get("type") == "Household" and name and c.get("name") == name
        ),
        None,
    )
    if found is None:
        # A name as written, "" included (it reads back as sent); none at all: "Household".
        fields = {"type": "Household", "name": name if isinstance(name, str) else "Household"}
        found = ctx.save(ctx.engine.records.create(contacts, fields, None), contacts)
    return _household_of(ctx, found["id"]) or {"id": found["id"], "name": name, "members": []}


# The contact's lists of sub-records that an update changes entry by entry (`id`, `destroy`).
NESTED = ("email_addresses", "phone_numbers", "street_addresses", "websites")


def _nested_update(current: Any, written: list[Any]) -> list[Any]:
    """An entry with a known `id` changes that entry (`destroy` removes it); others are added."""
    entries = [dict(entry) for entry in current or [] if isinstance(entry, Mapping)]
    for item in written:
        if not isinstance(item, Mapping):
            continue
        change = {k: v for k, v in item.items() if k != "destroy"}
        index = next(
            (i for i, e in enumerate(entries) if "id" in item and e.get("id") == item["id"]), None
        )
        if index is None:
            if not item.get("destroy") and change.get("address", change.get("street_line_1")):
                entries.append({k: v for k, v in change.items() if k != "id"})
        elif item.get("destroy"):
            del entries[index]
        else:
            entries[index] = {**entries[index], **change}
    return entries


@hooks.operation("createContact", "updateContact")
async def write_contact(ctx: HookContext) -> Reply:
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    options: dict[str, Any] = {}
    if ctx.operation.operation_id == "updateContact" and any(k in body for k in NESTED):
        current = ctx.find(ctx.inputs.path["id"]) or {}
        options["body"] = {
            **body,
            **{
                k: _nested_update(current.get(k), body[k])
                for k in NESTED
                if isinstance(body.get(k), list)
            },
        }
    reply = await ctx.default(transform=lambda record: _with_name(record, body), **options)
    if (
        ctx.operation.operation_id == "createContact"
        and reply.status == 200
        and isinstance(reply.body, Mapping)
        and isinstance(body.get("household"), Mapping)
    ):
        contact = reply.body
        joined = body["household"]
        household = _household_named(ctx, joined.get("name"))
        members = [m for m in household["members"] if m["id"] != contact["id"]]
        household["members"] = members + [_member(contact, joined.get("title"))]
        ctx.store.put(HOUSEHOLDS, str(household["id"]), household)
        _sync_members(ctx, household)
        reply.body = ctx.store.get(CONTACTS, str(contact["id"])) or contact
    return reply


def _household_body(household: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": household["id"], "members": household["members"]}


@hooks.operation("addHouseholdMember")
async def add_household_member(ctx: HookContext) -> Reply:
    household = _household_of(ctx, ctx.inputs.path["household_id"])
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    contact = ctx.store.get(CONTACTS, str(body.get("id")))
    if household is None or contact is None:
        return ctx.error(404, "Record not found")
    members = [m for m in household["members"] if m["id"] != contact["id"]]
    updated = {**household, "members": members + [_member(contact, body.get("title"))]}
    ctx.store.put(HOUSEHOLDS, str(updated["id"]), updated)
    _sync_members(ctx, updated)
    return ctx.reply(_household_body(updated))


@hooks.operation("deleteHouseholdMember")
async def delete_household_member(ctx: HookContext) -> Reply:
    household = _household_of(ctx, ctx.inputs.path["household_id"])
    member_id = ctx.inputs.path["id"]
    if household is None or all(m["id"] != member_id for m in household["members"]):
        return ctx.error(404, "Record not found")
    updated = {**household, "members": [m for m in household["members"] if m["id"] != member_id]}
    ctx.store.put(HOUSEHOLDS, str(updated["id"]), updated)
    contact = ctx.store.get(CONTACTS, str(member_id))
    if contact is not None:
        ctx.save(
            {k: v for k, v in contact.items() if k != "household"},
            ctx.engine.api.collections[CONTACTS],
        )
    _sync_members(ctx, updated)
    return ctx.reply(_household_body(updated))


# ---------------------------------------------------------------------- workflows


def _presented(workflow: Record) -> dict[str, Any]:
    """The workflow as served: each step's `completed_at` ("" while open), `active_step` (the
    first open step; the last step once all are done, as the live API keeps it) and the
    workflow's `completed_at` (the last step's, once every step is done; "" before)."""
    steps = [
        {**step, "completed_at": step.get("completed_at") or ""}
        if isinstance(step, Mapping)
        else step
        for step in workflow.get("workflow_steps") or []
    ]
    steps = [step for step in steps if isinstance(step, Mapping)]
    pending = [step for step in steps if not step["completed_at"]]
    if pending or not steps:
        active, completed_at = (pending[0] if pending else None), ""
    else:
        active, completed_at = steps[-1], steps[-1]["completed_at"]
    shown = {**workflow, "active_step": active, "completed_at": completed_at}
    if "workflow_steps" in workflow:
        shown["workflow_steps"] = steps
    return shown


def _workflow_status(ctx: HookContext, workflow: Record) -> str:
    if _presented(workflow)["completed_at"]:
        return "completed"
    starts = _moment(workflow.get("starts_at"))
    if starts is not None and starts > ctx.engine.timestamps.clock():
        return "scheduled"
    return "active"


def _present_reply(reply: Reply) -> Reply:
    body = reply.body
    if reply.status == 200 and isinstance(body, Mapping):
        if isinstance(body.get("workflows"), list):
            reply.body = {**body, "workflows": [_presented(w) for w in body["workflows"]]}
        elif "id" in body:
            reply.body = _presented(body)
    return reply


@hooks.operation("listWorkflows")
async def list_workflows(ctx: HookContext) -> Reply:
    query = ctx.inputs.query
    status = query.get("status", "active")
    tests = _linked_tests(query)
    tests.append(lambda r: _workflow_status(ctx, r) == status)
    return _present_reply(await ctx.default(select=_all(tests)))


@hooks.operation("getWorkflow")
async def get_workflow(ctx: HookContext) -> Reply:
    return _present_reply(await ctx.default())


@hooks.operation("createWorkflow")
async def create_workflow(ctx: HookContext) -> Reply:
    templates = ctx.engine.api.collections[TEMPLATES]
    template_id = ctx.body.get("workflow_template") if isinstance(ctx.body, Mapping) else None
    template = next((t for t in ctx.records(templates) if t.get("id") == template_id), None)
    if template is None:
        return _present_reply(await ctx.default(transform=_created_by_me))

    def from_template(record: dict[str, Any]) -> dict[str, Any]:
        steps = []
        for step in template.get("workflow_steps") or []:
            # The template step's id is left out: shaping numbers the workflow's steps from
            # the step schema's counter, the one seeded workflows' steps are numbered from
            # too, so no two workflows share a step id.
            copied = {k: v for k, v in step.items() if k not in ("completer", "id")}
            copied["workflow"] = record["id"]
            steps.append(copied)
        name = str(template.get("name") or "")
        named = {"name": name[:1] + name[1:].lower()} if name else {}
        workflow = {**named, **record, "workflow_template": template, "workflow_steps": steps}
        return _created_by_me(workflow)

    return _present_reply(await ctx.default(transform=from_template))


@hooks.operation("updateWorkflowStep")
async def update_workflow_step(ctx: HookContext) -> Reply:
    workflow = ctx.store.get(WORKFLOWS, str(ctx.inputs.path["workflow_id"]))
    steps = list((workflow or {}).get("workflow_steps") or [])
    index = next(
        (i for i, step in enumerate(steps) if step.get("id") == ctx.inputs.path["id"]), None
    )
    if workflow is None or index is None:
        return ctx.error(404, "Record not found")
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    step = dict(steps[index])
    now = ctx.now("updated_at", ctx.engine.api.collections[WORKFLOWS])
    if body.get("revert"):
        step["completer"] = None
        step["completed_at"] = ""
    elif body.get("complete"):
        step["completer"] = CURRENT_USER_ID
        step["completed_at"] = now
        if body.get("due_date_set") and body.get("due_date"):
            step["due_date"] = body["due_date"]
    steps[index] = step
    saved = ctx.save({**workflow, "workflow_steps": steps}, ctx.engine.api.collections[WORKFLOWS])
    stored = [s for s in saved.get("workflow_steps") or [] if s.get("id") == step.get("id")]
    return ctx.reply(stored[0] if stored else step)
