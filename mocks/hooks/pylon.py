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

Search: `filter` conditions on `id`, `email`, `name`, `account_id` or a custom field slug,
combined with `and` / `or` (operators as `FilterOperator` describes), and `search_text` over the
name, emails and phone numbers; both are optional. The result pages like the list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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


def _values(record: Record, field: str) -> list[str]:
    """The text values a filter tests for one field of a contact."""
    if field == "id":
        return [str(record["id"])]
    if field == "name":
        return [str(record["name"])] if record.get("name") is not None else []
    if field == "email":
        emails = list(record.get("emails") or [])
        return emails or ([record["email"]] if record.get("email") else [])
    if field == "account_id":
        account = record.get("account")
        return [str(account["id"])] if isinstance(account, Mapping) and "id" in account else []
    custom = (record.get("custom_fields") or {}).get(field)
    if not isinstance(custom, Mapping):
        return []
    if custom.get("values") is not None:
        return [str(value) for value in custom["values"]]
    return [str(custom["value"])] if custom.get("value") is not None else []


def _number(text: Any) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


_COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    "greater_than": lambda a, b: a > b,
    "less_than": lambda a, b: a < b,
    "greater_than_or_equals": lambda a, b: a >= b,
    "less_than_or_equals": lambda a, b: a <= b,
    "time_is_after": lambda a, b: a > b,
    "time_is_before": lambda a, b: a < b,
}


def matches(record: Record, condition: Mapping[str, Any]) -> bool:
    """Whether a contact satisfies a `ContactFilter` (see the spec's FilterOperator)."""
    operator = condition["operator"]
    if operator in ("and", "or"):
        results = (matches(record, sub) for sub in condition.get("subfilters") or [])
        return all(results) if operator == "and" else any(results)
    values = _values(record, str(condition.get("field")))
    raw = condition.get("value")
    value = "" if raw is None else str(raw)
    wanted = [str(item) for item in condition.get("values") or []]
    folded = [item.lower() for item in values]
    tests: dict[str, Callable[[], bool]] = {
        "equals": lambda: value in values,
        "not_equals": lambda: value not in values,
        "in": lambda: any(item in wanted for item in values),
        "not_in": lambda: not any(item in wanted for item in values),
        "contains": lambda: any(item in values for item in wanted or [value]),
        "does_not_contain": lambda: not any(item in values for item in wanted or [value]),
        "includes_all_of": lambda: bool(wanted) and all(item in values for item in wanted),
        "string_contains": lambda: any(value.lower() in item for item in folded),
        "string_does_not_contain": lambda: not any(value.lower() in item for item in folded),
        "starts_with": lambda: any(item.startswith(value.lower()) for item in folded),
        "ends_with": lambda: any(item.endswith(value.lower()) for item in folded),
        "is_set": lambda: bool(values),
        "is_unset": lambda: not values,
    }
    if operator in tests:
        return tests[operator]()
    if operator == "time_range":
        low, high = (wanted + ["", ""])[:2]
        return any(low <= item <= high for item in values)
    compare = _COMPARISONS.get(operator)
    bound = _number(raw if raw is not None else (wanted[0] if wanted else None))
    if compare is None or bound is None:
        return False
    return any(number is not None and compare(number, bound) for number in map(_number, values))


def text_matches(record: Record, text: str) -> bool:
    """Whether `search_text` occurs in the contact's name, emails or phone numbers."""
    haystack = [record.get("name"), record.get("email"), record.get("primary_phone_number")]
    haystack += list(record.get("emails") or []) + list(record.get("phone_numbers") or [])
    needle = text.lower()
    return any(needle in str(item).lower() for item in haystack if item is not None)


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
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    condition = body.get("filter")
    text = body.get("search_text")

    def selected(record: Record) -> bool:
        if isinstance(condition, Mapping) and not matches(record, condition):
            return False
        return not (isinstance(text, str) and text and not text_matches(record, text))

    return _last_page_bare(await ctx.default(select=selected))
