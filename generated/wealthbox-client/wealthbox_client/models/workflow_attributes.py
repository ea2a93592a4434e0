from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="WorkflowAttributes")


@_attrs_define
class WorkflowAttributes:
    """The attributes of a workflow that are read and written in the same shape."""

    label: str | Unset = UNSET
    """ A short name for the Workflow. """
    linked_to: Document | Unset = UNSET
    """ A reference to another resource (a contact, project, opportunity...). """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the workflow, e.g. `Everyone`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        linked_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = self.linked_to.to_dict()

        visible_to = self.visible_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: Document | Unset
        if isinstance(_linked_to, Unset):
            linked_to = UNSET
        else:
            linked_to = Document.from_dict(_linked_to)

        visible_to = d.pop("visible_to", UNSET)

        workflow_attributes = cls(
            label=label,
            linked_to=linked_to,
            visible_to=visible_to,
        )

        workflow_attributes.additional_properties = d
        return workflow_attributes

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
