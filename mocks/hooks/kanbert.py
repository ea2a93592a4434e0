"""Kanbert: what its Laravel server does that the spec states only in prose.

- Cursors: "Laravel's cursor paginator treats [a cursor it cannot decode] as no cursor", so a
  cursor the mock did not issue gives the first page (`page[cursor]` in specs/kanbert.yaml).
- Addressing: every `/contacts/{id}` operation takes `find_by=external_id` (with `origin`, by
  default the integration's slug, here `INTEGRATION_SLUG`). A contact created with an
  `external_id` and no `external_origin` gets that slug as its origin.
- Soft delete: DELETE sets `deleted_at`; a deleted contact answers 404 and is left out of the
  list (the spec's `archived` filter field, `without` by default), and
  `POST /contacts/{id}/restore` brings it back (restoring a live contact is a no-op).
- Companies: attach / detach keep the contact's `companies` (with the pivot's `position`); they
  are shown with `include=companies` only (the spec's `x-includes`).
- `me.id` in a filter is the integration's user (`INTEGRATION_USER`).
- Webhooks: with a webhook URL, `contact:create`, `contact:update` and `contact:delete` events
  are delivered (`ContactWebhookEvent`), triggered by the integration's user.

The filter, sort and include of the list are the spec's `x-query` (mocks/query_engine.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry, VendorPolicy
from mocks.query_engine import QueryError
from mocks.roles import Collection
from mocks.store import Record

if TYPE_CHECKING:
    from mocks.engine import MockEngine

hooks = HookRegistry(VendorPolicy(invalid_cursor="first-page"))

INTEGRATION_SLUG = "crm-api-kit"
INTEGRATION_USER = {
    "id": "integration",
    "first_name": "API",
    "last_name": "Integration",
    "email": "integration@example.com",
    "type": "integration",
    "space": {"id": "space", "name": "Mock space"},
}
EVENTS = {"created": "contact:create", "updated": "contact:update", "deleted": "contact:delete"}
_NOWHERE = object()


def is_live(record: Record) -> bool:
    return record.get("deleted_at") is None


def _addressed(ctx: HookContext) -> Any:
    """The stored id of the contact the path names: by id, or by external id and origin."""
    if ctx.inputs.query.get("find_by", "id") != "external_id":
        return ctx.inputs.path["id"]
    external_id = ctx.inputs.path["id"]
    origin = ctx.inputs.query.get("origin", INTEGRATION_SLUG)
    found = ctx.find_where(
        lambda r: r.get("external_id") == external_id and r.get("external_origin") == origin
    )
    return found["id"] if found is not None else _NOWHERE


def _without_companies(record: Any) -> Any:
    if isinstance(record, Mapping) and "companies" in record:
        return {key: value for key, value in record.items() if key != "companies"}
    return record


def _shown(ctx: HookContext, reply: Reply) -> Reply:
    """A contact shows what its request includes only (lists: the generic handler does it)."""
    if not isinstance(reply.body, Mapping) or "id" not in reply.body:
        return reply
    hidden = ctx.engine.handlers.hidden(ctx.operation, ctx.inputs.query)
    reply.body = {key: value for key, value in reply.body.items() if key not in hidden}
    return reply


@hooks.operation("listContacts")
async def list_contacts(ctx: HookContext) -> Reply:
    return await ctx.default(me=INTEGRATION_USER["id"])


@hooks.operation("createContact")
async def create_contact(ctx: HookContext) -> Reply:
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    if body.get("external_id") is not None and not body.get("external_origin"):
        body = {**body, "external_origin": INTEGRATION_SLUG}
    return _shown(ctx, await ctx.default(body=body))


@hooks.operation("getContact", "updateContact")
async def live_contact(ctx: HookContext) -> Reply:
    try:
        ctx.engine.handlers.hidden(ctx.operation, ctx.inputs.query)
    except QueryError as problem:  # an unknown include, before anything is looked up
        return ctx.engine.handlers.bad_query(ctx.operation, None, problem)
    return _shown(ctx, await ctx.default(record_id=_addressed(ctx), select=is_live))


@hooks.operation("updateContactExternalIdentifier")
async def set_external_identifier(ctx: HookContext) -> Reply:
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    if "external_id" in body and not body.get("external_origin"):
        body = {**body, "external_origin": INTEGRATION_SLUG}
    return _shown(ctx, await ctx.default(record_id=_addressed(ctx), select=is_live, body=body))


@hooks.operation("deleteContact")
async def delete_contact(ctx: HookContext) -> Reply:
    record = ctx.find(_addressed(ctx))
    if record is None or not is_live(record):
        return ctx.not_found()
    deleted = ctx.save({**record, "deleted_at": ctx.now("deleted_at")})
    ctx.emit("deleted", deleted)
    return ctx.plain_reply()


@hooks.operation("restoreContact")
async def restore_contact(ctx: HookContext) -> Reply:
    record = ctx.find(_addressed(ctx))
    if record is None:
        return ctx.not_found()
    if not is_live(record):
        record = ctx.save({**record, "deleted_at": None, "updated_at": ctx.now("updated_at")})
        ctx.emit("updated", record)
    return _shown(ctx, ctx.record_reply(record))


@hooks.operation("attachContactToCompany", "detachContactFromCompany")
async def company_link(ctx: HookContext) -> Reply:
    record = ctx.find(_addressed(ctx))
    if record is None or not is_live(record):
        return ctx.not_found()
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    company_id = body["company_id"]
    companies = [c for c in record.get("companies") or [] if c.get("id") != company_id]
    if ctx.operation.operation_id == "attachContactToCompany":
        companies.append({"id": company_id, "contact_company": {"position": body.get("position")}})
    ctx.save({**record, "companies": companies})
    return ctx.plain_reply()


@hooks.on_event
def deliver_webhook(event: str, collection: Collection, record: Record, engine: MockEngine) -> None:
    name = EVENTS.get(event)
    if engine.webhooks is None or name is None or collection.template != "/contacts":
        return
    engine.webhooks.send(
        {
            "event": name,
            "resource": {"type": "contact", "id": record["id"]},
            "triggered_by": INTEGRATION_USER,
            "data": _without_companies(record),
        }
    )
