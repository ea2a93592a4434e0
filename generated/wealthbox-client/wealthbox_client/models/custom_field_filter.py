from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_document_type import CustomFieldDocumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldFilter")


@_attrs_define
class CustomFieldFilter:
    """The filter of the custom field list, sent as a JSON body."""

    document_type: CustomFieldDocumentType | Unset = UNSET
    """ The kind of record a custom field belongs to. Decision: the seed lists six kinds; wealthbox-
    cli@2.5.0:wealthbox_tools/models/enums.py (`DocumentType`) also sends `DataFile`, so it is accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not UNSET:
            field_dict["document_type"] = document_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _document_type = d.pop("document_type", UNSET)
        document_type: CustomFieldDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = CustomFieldDocumentType(_document_type)

        custom_field_filter = cls(
            document_type=document_type,
        )

        custom_field_filter.additional_properties = d
        return custom_field_filter

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
