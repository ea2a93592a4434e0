from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document
    from ..models.workflow_milestone import WorkflowMilestone
    from ..models.workflow_step import WorkflowStep
    from ..models.workflow_template import WorkflowTemplate


T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """A workflow, started from a workflow template."""

    id: int
    """ The id of the object. """
    creator: int | Unset = UNSET
    """ The id of the user who created the object. """
    created_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. """
    updated_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. """
    label: str | Unset = UNSET
    """ A short name for the Workflow. """
    linked_to: Document | Unset = UNSET
    """ A reference to another resource (a contact, project, opportunity...). """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the workflow, e.g. `Everyone`. """
    workflow_template: WorkflowTemplate | Unset = UNSET
    """ A workflow template, from which new workflows are started. """
    workflow_steps: list[WorkflowStep] | Unset = UNSET
    """ The steps of this workflow. """
    workflow_milestones: list[WorkflowMilestone] | Unset = UNSET
    """ The milestones of this workflow. """
    starts_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. """
    started_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        label = self.label

        linked_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = self.linked_to.to_dict()

        visible_to = self.visible_to

        workflow_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_template, Unset):
            workflow_template = self.workflow_template.to_dict()

        workflow_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_steps, Unset):
            workflow_steps = []
            for workflow_steps_item_data in self.workflow_steps:
                workflow_steps_item = workflow_steps_item_data.to_dict()
                workflow_steps.append(workflow_steps_item)

        workflow_milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_milestones, Unset):
            workflow_milestones = []
            for workflow_milestones_item_data in self.workflow_milestones:
                workflow_milestones_item = workflow_milestones_item_data.to_dict()
                workflow_milestones.append(workflow_milestones_item)

        starts_at = self.starts_at

        started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if creator is not UNSET:
            field_dict["creator"] = creator
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if label is not UNSET:
            field_dict["label"] = label
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if workflow_template is not UNSET:
            field_dict["workflow_template"] = workflow_template
        if workflow_steps is not UNSET:
            field_dict["workflow_steps"] = workflow_steps
        if workflow_milestones is not UNSET:
            field_dict["workflow_milestones"] = workflow_milestones
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415
        from ..models.workflow_milestone import WorkflowMilestone  # noqa: PLC0415
        from ..models.workflow_step import WorkflowStep  # noqa: PLC0415
        from ..models.workflow_template import WorkflowTemplate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        label = d.pop("label", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: Document | Unset
        if isinstance(_linked_to, Unset):
            linked_to = UNSET
        else:
            linked_to = Document.from_dict(_linked_to)

        visible_to = d.pop("visible_to", UNSET)

        _workflow_template = d.pop("workflow_template", UNSET)
        workflow_template: WorkflowTemplate | Unset
        if isinstance(_workflow_template, Unset):
            workflow_template = UNSET
        else:
            workflow_template = WorkflowTemplate.from_dict(_workflow_template)

        _workflow_steps = d.pop("workflow_steps", UNSET)
        workflow_steps: list[WorkflowStep] | Unset = UNSET
        if _workflow_steps is not UNSET:
            workflow_steps = []
            for workflow_steps_item_data in _workflow_steps:
                workflow_steps_item = WorkflowStep.from_dict(workflow_steps_item_data)

                workflow_steps.append(workflow_steps_item)

        _workflow_milestones = d.pop("workflow_milestones", UNSET)
        workflow_milestones: list[WorkflowMilestone] | Unset = UNSET
        if _workflow_milestones is not UNSET:
            workflow_milestones = []
            for workflow_milestones_item_data in _workflow_milestones:
                workflow_milestones_item = WorkflowMilestone.from_dict(workflow_milestones_item_data)

                workflow_milestones.append(workflow_milestones_item)

        starts_at = d.pop("starts_at", UNSET)

        started_at = d.pop("started_at", UNSET)

        workflow = cls(
            id=id,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            label=label,
            linked_to=linked_to,
            visible_to=visible_to,
            workflow_template=workflow_template,
            workflow_steps=workflow_steps,
            workflow_milestones=workflow_milestones,
            starts_at=starts_at,
            started_at=started_at,
        )

        workflow.additional_properties = d
        return workflow

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
