from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_operator import FilterOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactFilter")


@_attrs_define
class ContactFilter:
    """A search filter: either a condition (`field`, `operator` and, depending on the operator,
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

    operator: FilterOperator
    """ How a filter tests its field.
    - `equals` / `not_equals`: the field is / is not exactly `value`.
    - `contains` / `does_not_contain`: a multi-valued field contains any / none of the values.
    - `in` / `not_in`: the field is one / none of `values`.
    - `and` / `or`: all / any of `subfilters` match.
    - `time_is_after`, `time_is_before`, `time_range`: time comparisons.
    - `string_contains` / `string_does_not_contain`: the field contains / lacks `value`.
    - `is_set` / `is_unset`: the field has / has no value.
    - `greater_than`, `less_than`, `greater_than_or_equals`, `less_than_or_equals`: numeric
      comparisons.
    - `includes_all_of`: a multi-valued field contains every one of `values`.
    - `starts_with` / `ends_with`: the field starts / ends with `value`.
    Decision: the list is the one of Pylon's official description (`Filter.operator`); the
    seed only names the operators its contact fields allow. Decision: `includes_all_of`,
    `starts_with` and `ends_with` are added from Pylon's SDK
    (usepylon@0.1.0a4:usepylon/types/filter_operator.py, `types/filter.py`).
     """
    field: str | Unset = UNSET
    """ The field to test (see the list above); unused on `and` / `or` filters. """
    value: str | Unset = UNSET
    """ The value for single-valued operators (`equals`, `not_equals`, `contains`, ...). """
    values: list[str] | Unset = UNSET
    """ The values for multi-valued operators (`in`, `not_in`). """
    subfilters: list[ContactFilter] | Unset = UNSET
    """ The filters an `and` / `or` filter combines. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        field = self.field

        value = self.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        subfilters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subfilters, Unset):
            subfilters = []
            for subfilters_item_data in self.subfilters:
                subfilters_item = subfilters_item_data.to_dict()
                subfilters.append(subfilters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values
        if subfilters is not UNSET:
            field_dict["subfilters"] = subfilters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operator = FilterOperator(d.pop("operator"))

        field = d.pop("field", UNSET)

        value = d.pop("value", UNSET)

        values = cast(list[str], d.pop("values", UNSET))

        _subfilters = d.pop("subfilters", UNSET)
        subfilters: list[ContactFilter] | Unset = UNSET
        if _subfilters is not UNSET:
            subfilters = []
            for subfilters_item_data in _subfilters:
                subfilters_item = ContactFilter.from_dict(subfilters_item_data)

                subfilters.append(subfilters_item)

        contact_filter = cls(
            operator=operator,
            field=field,
            value=value,
            values=values,
            subfilters=subfilters,
        )

        contact_filter.additional_properties = d
        return contact_filter

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
