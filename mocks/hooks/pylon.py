"""Pylon: how write bodies map onto the contact Pylon reads back, and the search filter.

Writes (the spec's ContactCreate / ContactUpdate descriptions):
- `account_id` / `account_external_id` become the contact's `account` (a `MiniAccount`).
- `email` joins `emails` (and is the primary `email`); an update's `emails` replaces them, the
  one marked `is_primary` (else the first) becoming `email`.
- `phone_numbers` without `primary_phone_number` make the first one primary.
- `custom_fields` (a list of `{slug, value | values}`) are stored by slug; an entry with neither
  value unsets the field. An update's `external_ids` replaces the list.
- A new contact without `portal_role` / `portal_role_id` gets the portal default, `no_access`.

Search: `filter` conditions on `id`, `email`, `account_id` or a custom field slug, combined with
`and` / `or` (operators as `FilterOperator` describes); the result pages like the list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry
from mocks.store import Record

hooks = HookRegistry()


def _apply_write(
    record: dict[str, Any], body: Mapping[str, Any], *, creating: bool
) -> dict[str, Any]:
    contact = dict(record)
    if "account_id" in body:
        contact["account"] = {"id": body["account_id"]}
    elif "account_external_id" in body:
        account = dict(contact.get("account") or {})
        account.setdefault("id", f"acct-{body['account_external_id']}")
        account["external_ids"] = [{"external_id": body["account_external_id"]}]
        contact["account"] = account
    elif creating:
        contact["account"] = None
    if "emails" in body:
        emails = [entry["email"] for entry in body["emails"]]
        primary = next((e["email"] for e in body["emails"] if e.get("is_primary")), None)
        contact["emails"] = emails
        contact["email"] = primary or (emails[0] if emails else None)
    elif "email" in body:
        contact["emails"] = [body["email"]] + [
            e for e in contact.get("emails") or [] if e != body["email"]
        ]
    if contact.get("email") is None:
        contact.pop("email", None)
    if creating:
        contact.setdefault("emails", [])
        contact.setdefault("phone_numbers", [])
        if "portal_role" not in body and "portal_role_id" not in body:
            contact["portal_role"] = "no_access"
    if body.get("phone_numbers") and "primary_phone_number" not in body:
        contact["primary_phone_number"] = body["phone_numbers"][0]
    if "custom_fields" in body:
        fields = dict(contact.get("custom_fields") or {})
        for entry in body["custom_fields"]:
            slug = entry.get("slug")
            if not slug:
                continue
            if "value" in entry or "values" in entry:
                fields[slug] = dict(entry)
            else:
                fields.pop(slug, None)
        contact["custom_fields"] = fields
    return contact


@hooks.operation("createContact")
async def create_contact(ctx: HookContext) -> Reply:
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    return await ctx.default(transform=lambda record: _apply_write(record, body, creating=True))


@hooks.operation("updateContact")
async def update_contact(ctx: HookContext) -> Reply:
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    return await ctx.default(transform=lambda record: _apply_write(record, body, creating=False))


def _values(record: Record, field: str) -> list[str]:
    """The text values a filter tests for one field of a contact."""
    if field == "id":
        return [str(record["id"])]
    if field == "email":
        emails = list(record.get("emails") or [])
        return emails or ([record["email"]] if record.get("email") else [])
    if field == "account_id":
        account = record.get("account")
        return [str(account["id"])] if isinstance(account, Mapping) and "id" in account else []
    custom = (record.get("custom_fields") or {}).get(field)
    if not isinstance(custom, Mapping):
        return []
    if "values" in custom:
        return [str(value) for value in custom["values"]]
    return [str(custom["value"])] if "value" in custom else []


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
    tests: dict[str, Callable[[], bool]] = {
        "equals": lambda: value in values,
        "not_equals": lambda: value not in values,
        "in": lambda: any(item in wanted for item in values),
        "not_in": lambda: not any(item in wanted for item in values),
        "contains": lambda: any(item in values for item in wanted or [value]),
        "does_not_contain": lambda: not any(item in values for item in wanted or [value]),
        "string_contains": lambda: any(str(value).lower() in item.lower() for item in values),
        "string_does_not_contain": lambda: (
            not any(str(value).lower() in item.lower() for item in values)
        ),
        "is_set": lambda: bool(values),
        "is_unset": lambda: not values,
    }
    if operator in tests:
        return tests[operator]()
    compare = _COMPARISONS.get(operator)
    bound = _number(raw if raw is not None else (wanted[0] if wanted else None))
    if compare is None or bound is None:
        return False
    return any(number is not None and compare(number, bound) for number in map(_number, values))


@hooks.operation("searchContacts")
async def search_contacts(ctx: HookContext) -> Reply:
    condition = ctx.body["filter"] if isinstance(ctx.body, Mapping) else {"operator": "and"}
    return await ctx.default(select=lambda record: matches(record, condition))
