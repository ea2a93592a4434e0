from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_document_type import CustomFieldDocumentType
from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """The value of a custom field on a record, as it is read."""

    id: int | Unset = UNSET
    """ The id of the custom field. """
    name: str | Unset = UNSET
    """ The name of the custom field. """
    value: str | Unset = UNSET
    """ The value of the custom field. """
    document_type: CustomFieldDocumentType | Unset = UNSET
    """ The kind of record a custom field belongs to. Decision: the seed lists six kinds; wealthbox-
    cli@2.5.0:wealthbox_tools/models/enums.py (`DocumentType`) also sends `DataFile`, so it is accepted. """
    field_type: CustomFieldType | Unset = UNSET
    """ The kind of input of a custom field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        value = self.value

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        field_type: str | Unset = UNSET
        if not isinstance(self.field_type, Unset):
            field_type = self.field_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if field_type is not UNSET:
            field_dict["field_type"] = field_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        _document_type = d.pop("document_type", UNSET)
        document_type: CustomFieldDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = CustomFieldDocumentType(_document_type)

        _field_type = d.pop("field_type", UNSET)
        field_type: CustomFieldType | Unset
        if isinstance(_field_type, Unset):
            field_type = UNSET
        else:
            field_type = CustomFieldType(_field_type)

        custom_field = cls(
            id=id,
            name=name,
            value=value,
            document_type=document_type,
            field_type=field_type,
        )

        custom_field.additional_properties = d
        return custom_field

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
