from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectAttributes")


@_attrs_define
class ProjectAttributes:
    """The attributes of a project that are read and written in the same shape."""

    name: str | Unset = UNSET
    """ The name of the project. """
    description: str | Unset = UNSET
    """ A short explanation of the project. """
    organizer: int | Unset = UNSET
    """ The id of the user who is responsible for organizing the project. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the project, e.g. `Everyone`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        organizer = self.organizer

        visible_to = self.visible_to

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        organizer = d.pop("organizer", UNSET)

        visible_to = d.pop("visible_to", UNSET)

        project_attributes = cls(
            name=name,
            description=description,
            organizer=organizer,
            visible_to=visible_to,
        )

        project_attributes.additional_properties = d
        return project_attributes

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
