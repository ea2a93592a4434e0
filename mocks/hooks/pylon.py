"""Pylon: how write bodies map onto the contact Pylon reads back, lookups, and the search filter.

Writes (the spec's ContactCreate / ContactUpdate descriptions):
- `account_id` / `account_external_id` become the contact's `account` (a `MiniAccount`); an
  update's empty `account_id` removes the contact from its account.
- A create's `email` is the contact's only email; an update's `email` replaces all of them, an
  update's `emails` replaces them too, the one marked `is_primary` (else the first) becoming
  `email`.
- `phone_numbers` without `primary_phone_number` make the first one primary.
- `custom_fields` (a list of `{slug, value | values}`) are merged by slug into the ones the
  contact already has; an entry with neither value unsets that field. `external_ids` replaces
  the list.
- A new contact always carries what Pylon's SDK requires of a contact (`name`, `avatar_url`,
  `portal_role`): without `portal_role` it gets the portal default, `no_access`; without
  `avatar_url`, a default avatar.

Get, update and delete address a contact by its ID or by one of its external IDs.

Lists and searches: the last page carries no `pagination` (the spec's `Pagination`).

Search: the `filter` tree and `search_text` are the spec's `x-query` (mocks/query_engine.py);
the result pages like the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry
from mocks.store import Record

hooks = HookRegistry()

#: The avatar of a contact created without one (a plausible placeholder image).
DEFAULT_AVATAR_URL = "https://cdn.example.com/avatars/default.png"
#: The portal's default role, given to a contact created without a role.
DEFAULT_PORTAL_ROLE = "no_access"


def _apply_write(
    record: dict[str, Any],
    body: Mapping[str, Any],
    previous: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The contact after a write: `record` as the generic write left it, `previous` before it."""
    creating = previous is None
    contact = dict(record)
    if body.get("account_id"):
        contact["account"] = {"id": body["account_id"]}
    elif "account_external_id" in body:
        account = dict(contact.get("account") or {})
        account.setdefault("id", f"acct-{body['account_external_id']}")
        account["external_ids"] = [{"external_id": body["account_external_id"]}]
        contact["account"] = account
    elif creating or "account_id" in body:
        contact["account"] = None
    elif previous is not None:
        contact["account"] = previous.get("account")
    if "emails" in body:
        emails = [entry["email"] for entry in body["emails"]]
        primary = next((e["email"] for e in body["emails"] if e.get("is_primary")), None)
        contact["emails"] = emails
        contact["email"] = primary or (emails[0] if emails else None)
    elif "email" in body:
        contact["emails"] = [body["email"]]
        contact["email"] = body["email"]
    if contact.get("email") is None:
        contact.pop("email", None)
    if creating:
        contact.setdefault("emails", [])
        contact.setdefault("phone_numbers", [])
        contact.setdefault("avatar_url", DEFAULT_AVATAR_URL)
        if "portal_role" not in body:
            contact["portal_role"] = DEFAULT_PORTAL_ROLE
    if body.get("phone_numbers") and "primary_phone_number" not in body:
        contact["primary_phone_number"] = body["phone_numbers"][0]
    fields = dict((previous or {}).get("custom_fields") or {})
    for entry in body.get("custom_fields") or []:
        slug = entry.get("slug")
        if not slug:
            continue
        if "value" in entry or "values" in entry:
            fields[slug] = dict(entry)
        else:
            fields.pop(slug, None)
    if fields or "custom_fields" in body:
        contact["custom_fields"] = fields
    else:
        contact.pop("custom_fields", None)
    return contact


def _addressed(ctx: HookContext) -> Record | None:
    """The contact the path names: by its ID, else by one of its external IDs."""
    wanted = str(ctx.inputs.path.get("id"))
    found = ctx.find(wanted)
    if found is not None:
        return found
    return ctx.find_where(
        lambda record: any(
            isinstance(entry, Mapping) and entry.get("external_id") == wanted
            for entry in record.get("external_ids") or []
        )
    )


@hooks.operation("createContact")
async def create_contact(ctx: HookContext) -> Reply:
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    return await ctx.default(transform=lambda record: _apply_write(record, body, None))


@hooks.operation("updateContact")
async def update_contact(ctx: HookContext) -> Reply:
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    previous = _addressed(ctx)
    if previous is None:
        return ctx.not_found()
    return await ctx.default(
        record_id=previous["id"], transform=lambda record: _apply_write(record, body, previous)
    )


@hooks.operation("getContact", "deleteContact")
async def addressed_contact(ctx: HookContext) -> Reply:
    found = _addressed(ctx)
    if found is None:
        return ctx.not_found()
    return await ctx.default(record_id=found["id"])


def _last_page_bare(reply: Reply) -> Reply:
    """The last page without `pagination`, as Pylon's SDK documents it."""
    body = reply.body
    if not isinstance(body, dict) or not isinstance(body.get("pagination"), Mapping):
        return reply
    if body["pagination"].get("has_next_page") is not False:
        return reply
    bare = {name: value for name, value in body.items() if name != "pagination"}
    return Reply(reply.status, bare, reply.headers)


@hooks.operation("listContacts")
async def list_contacts(ctx: HookContext) -> Reply:
    return _last_page_bare(await ctx.default())


@hooks.operation("searchContacts")
async def search_contacts(ctx: HookContext) -> Reply:
    return _last_page_bare(await ctx.default())
