from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document
    from ..models.workflow_milestone_request import WorkflowMilestoneRequest


T = TypeVar("T", bound="WorkflowCreate")


@_attrs_define
class WorkflowCreate:
    """The attributes of a new workflow. The template is written as its id (a number) and read back as a `WorkflowTemplate`
    object.

    """

    workflow_template: int
    """ The id of the workflow template this workflow is based on. """
    label: str | Unset = UNSET
    """ A short name for the Workflow. """
    linked_to: Document | list[Document] | Unset = UNSET
    """ The resource this workflow is linked to. Decision: the seed shows one object; wealthbox-
    cli@2.5.0:wealthbox_tools/models/workflows.py (`WorkflowCreateInput`) sends a list of them, so either shape is
    accepted and read back as written. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the workflow, e.g. `Everyone`. """
    starts_at: str | Unset = UNSET
    """ A date written `YYYY-MM-DD`, optionally with a time (see `WealthboxDateOptionalTime`), or an RFC 3339
    timestamp. Decision: wealthbox-cli@2.5.0:wealthbox_tools/cli/workflows.py sends `starts_at` as a plain date
    (`2026-06-01`), its models send ISO 8601; both are accepted where a request carries a start or milestone date.
    Both branches are plain strings (no `format`), so a generated client sends the text as given. """
    workflow_milestones: list[WorkflowMilestoneRequest] | Unset = UNSET
    """ The milestones needed by the workflow template, with their dates. Decision: the seed types the items as
    "Array (undefined)"; its example sends objects with the template milestone's `id` (a string), `name` and
    `milestone_date`, and the spec follows the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document import Document  # noqa: PLC0415

        workflow_template = self.workflow_template

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

        starts_at: str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = self.starts_at

        workflow_milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_milestones, Unset):
            workflow_milestones = []
            for workflow_milestones_item_data in self.workflow_milestones:
                workflow_milestones_item = workflow_milestones_item_data.to_dict()
                workflow_milestones.append(workflow_milestones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_template": workflow_template,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if workflow_milestones is not UNSET:
            field_dict["workflow_milestones"] = workflow_milestones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415
        from ..models.workflow_milestone_request import WorkflowMilestoneRequest  # noqa: PLC0415

        d = dict(src_dict)
        workflow_template = d.pop("workflow_template")

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

        def _parse_starts_at(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        _workflow_milestones = d.pop("workflow_milestones", UNSET)
        workflow_milestones: list[WorkflowMilestoneRequest] | Unset = UNSET
        if _workflow_milestones is not UNSET:
            workflow_milestones = []
            for workflow_milestones_item_data in _workflow_milestones:
                workflow_milestones_item = WorkflowMilestoneRequest.from_dict(workflow_milestones_item_data)

                workflow_milestones.append(workflow_milestones_item)

        workflow_create = cls(
            workflow_template=workflow_template,
            label=label,
            linked_to=linked_to,
            visible_to=visible_to,
            starts_at=starts_at,
            workflow_milestones=workflow_milestones,
        )

        workflow_create.additional_properties = d
        return workflow_create

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
