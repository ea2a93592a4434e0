from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldValue")


@_attrs_define
class CustomFieldValue:
    """The value of one custom field. Single-valued fields use `value`, multi-valued ones (multiselect) use `values`; for
    select fields these are option slugs (see Pylon's `GET /custom-fields`). On a write, leaving both out unsets the
    field.

    """

    slug: str | Unset = UNSET
    """ The custom field's slug. """
    value: str | Unset = UNSET
    """ The value of a single-valued field. """
    values: list[str] | Unset = UNSET
    """ The values of a multi-valued field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        value = self.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        value = d.pop("value", UNSET)

        values = cast(list[str], d.pop("values", UNSET))

        custom_field_value = cls(
            slug=slug,
            value=value,
            values=values,
        )

        custom_field_value.additional_properties = d
        return custom_field_value

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
