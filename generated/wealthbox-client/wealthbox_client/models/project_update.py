from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_request import CustomFieldRequest


T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """The attributes of a project being updated; only those sent change. Decision: the seed documents the create's
    attributes for the update; wealthbox-cli@2.5.0:wealthbox_tools/models/projects.py (`ProjectUpdateInput`, sent with
    `exclude_unset`) sends only the changed fields, so nothing is required.

    """

    name: str | Unset = UNSET
    """ The name of the project. """
    description: str | Unset = UNSET
    """ A short explanation of the project. """
    organizer: int | Unset = UNSET
    """ The id of the user who is responsible for organizing the project. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the project, e.g. `Everyone`. """
    custom_fields: list[CustomFieldRequest] | Unset = UNSET
    """ The custom field values to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        organizer = self.organizer

        visible_to = self.visible_to

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_request import CustomFieldRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        organizer = d.pop("organizer", UNSET)

        visible_to = d.pop("visible_to", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldRequest] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldRequest.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        project_update = cls(
            name=name,
            description=description,
            organizer=organizer,
            visible_to=visible_to,
            custom_fields=custom_fields,
        )

        project_update.additional_properties = d
        return project_update

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
