from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagWithDocumentType")


@_attrs_define
class TagWithDocumentType:
    """A tag of the account, with the document type it applies to."""

    id: int
    """ The id of the tag. """
    type_: str
    """ The type of resource (`Tag`). """
    name: str | Unset = UNSET
    """ The name of the tag. """
    document_type: str | Unset = UNSET
    """ The document type that the tag is for, e.g. `Contact` or `Note`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        document_type = self.document_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if document_type is not UNSET:
            field_dict["document_type"] = document_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        name = d.pop("name", UNSET)

        document_type = d.pop("document_type", UNSET)

        tag_with_document_type = cls(
            id=id,
            type_=type_,
            name=name,
            document_type=document_type,
        )

        tag_with_document_type.additional_properties = d
        return tag_with_document_type

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
