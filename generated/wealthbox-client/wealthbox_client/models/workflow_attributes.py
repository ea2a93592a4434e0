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
    linked_to: Document | list[Document] | Unset = UNSET
    """ The resource this workflow is linked to. Decision: the seed shows one object; wealthbox-
    cli@2.5.0:wealthbox_tools/models/workflows.py (`WorkflowCreateInput`) sends a list of them, so either shape is
    accepted and read back as written. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the workflow, e.g. `Everyone`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document import Document  # noqa: PLC0415

        label = self.label

        linked_to: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.linked_to, Unset):
            linked_to = UNSET
        elif isinstance(self.linked_to, Document):
            linked_to = self.linked_to.to_dict()
        else:
            linked_to = []
            for linked_to_type_1_item_data in self.linked_to:
                linked_to_type_1_item = linked_to_type_1_item_data.to_dict()
                linked_to.append(linked_to_type_1_item)

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

        def _parse_linked_to(data: object) -> Document | list[Document] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linked_to_type_0 = Document.from_dict(data)

                return linked_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            linked_to_type_1 = []
            _linked_to_type_1 = data
            for linked_to_type_1_item_data in _linked_to_type_1:
                linked_to_type_1_item = Document.from_dict(linked_to_type_1_item_data)

                linked_to_type_1.append(linked_to_type_1_item)

            return linked_to_type_1

        linked_to = _parse_linked_to(d.pop("linked_to", UNSET))

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
