from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_filter import ContactFilter


T = TypeVar("T", bound="ContactSearch")


@_attrs_define
class ContactSearch:
    """The body of a search. Decision: the seed lists only `cursor` and `limit`; `filter` comes from Pylon's official
    description (`SearchContactsRequest`, which requires it) and the seed's list of filterable fields. Decision:
    `filter` is optional and `search_text` is accepted, as Pylon's SDK sends them
    (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `search`: both optional); a search without either matches every
    contact.

    """

    filter_: ContactFilter | Unset = UNSET
    """ A search filter: either a condition (`field`, `operator` and, depending on the operator,
    `value` or `values`) or a compound filter (`operator` `and` / `or` with `subfilters`).
    A filter tree is at most 3 levels deep.

    Fields for contacts and their operators: `id` (`equals`, `in`, `not_in`), `email` and
    `name` (`equals`, `in`, `not_in`, `string_contains`), `account_id` (`equals`, `in`,
    `not_in`), and any custom field by its slug.

    What the schema enforces: `field` on every non-compound filter; `values` for `in`,
    `not_in` and `includes_all_of`; `value` for `equals`, `not_equals`, `string_contains` and
    `string_does_not_contain`; `subfilters` for `and` and `or`; the operators allowed for
    `id`, `email` and `account_id`.

    Decision: Pylon's official description marks `field` required on every filter, but its
    own text asks for `field` only on non-compound filters; the spec follows the text.

    Decision: neither the seed nor Pylon's sources say how a condition meets a missing
    value or case; the mock (`x-query` on `searchContacts`): any other field name is a
    custom field's slug, whose value is its `values` (else its `value`); a multi-valued
    field matches when one of its values does (`not_equals`, `not_in`,
    `does_not_contain`: when none does); a condition on a field without a value is false,
    except `is_unset`; `equals` / `in` compare exactly, `string_contains`, `starts_with`
    and `ends_with` regardless of case; numbers and times compare as numbers and times;
    `time_range` takes `values: [from, to]`, both included. A field or an operator outside
    the lists above, or a tree deeper than 3 levels, answers `400` naming it and its JSON
    pointer.
     """
    search_text: str | Unset = UNSET
    """ Text searched for in the contact's name, emails and phone numbers (case-insensitive); the result is also
    narrowed by `filter` when one is sent. """
    cursor: str | Unset = UNSET
    """ The cursor for the page to fetch: `pagination.cursor` of the previous response. Leave it out for the first
    page. """
    limit: int | Unset = 100
    """ The number of contacts to return; greater than 0 and less than 1000. Decision: the SDK says "between 1 and
    1000" (usepylon@0.1.0a4:usepylon/contacts/client.py); the seed's "less than 1000" is the primary source and
    agrees with the list's limit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        search_text = self.search_text

        cursor = self.cursor

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if search_text is not UNSET:
            field_dict["search_text"] = search_text
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_filter import ContactFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: ContactFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ContactFilter.from_dict(_filter_)

        search_text = d.pop("search_text", UNSET)

        cursor = d.pop("cursor", UNSET)

        limit = d.pop("limit", UNSET)

        contact_search = cls(
            filter_=filter_,
            search_text=search_text,
            cursor=cursor,
            limit=limit,
        )

        contact_search.additional_properties = d
        return contact_search

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
