from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_document_type import CustomFieldDocumentType
from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_option import CustomFieldOption


T = TypeVar("T", bound="CustomFieldConfig")


@_attrs_define
class CustomFieldConfig:
    """The definition of a custom field."""

    id: int | Unset = UNSET
    """ The id of the custom field. """
    name: str | Unset = UNSET
    """ The name of the custom field. """
    document_type: CustomFieldDocumentType | Unset = UNSET
    """ The kind of record a custom field belongs to. Decision: the seed lists six kinds; wealthbox-
    cli@2.5.0:wealthbox_tools/models/enums.py (`DocumentType`) also sends `DataFile`, so it is accepted. """
    field_type: CustomFieldType | Unset = UNSET
    """ The kind of input of a custom field. """
    options: list[CustomFieldOption] | Unset = UNSET
    """ The options of the field; returned for `multi_check_box` and `single_select` fields only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        field_type: str | Unset = UNSET
        if not isinstance(self.field_type, Unset):
            field_type = self.field_type.value

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if field_type is not UNSET:
            field_dict["field_type"] = field_type
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_option import CustomFieldOption  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

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

        _options = d.pop("options", UNSET)
        options: list[CustomFieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CustomFieldOption.from_dict(options_item_data)

                options.append(options_item)

        custom_field_config = cls(
            id=id,
            name=name,
            document_type=document_type,
            field_type=field_type,
            options=options,
        )

        custom_field_config.additional_properties = d
        return custom_field_config

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
