from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    updated_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    label: str | Unset = UNSET
    """ A short name for the Workflow. """
    linked_to: Document | list[Document] | Unset = UNSET
    """ The resource this workflow is linked to. Decision: the seed shows one object; wealthbox-
    cli@2.5.0:wealthbox_tools/models/workflows.py (`WorkflowCreateInput`) sends a list of them, so either shape is
    accepted and read back as written. """
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
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    started_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    name: str | Unset = UNSET
    """ The name of the workflow (its template's name, lower-cased after the first letter). Decision: the seed does
    not list it; wealthbox-cli@2.5.0:wealthbox_tools/skills/wealthbox-crm/references/workflows.md reports it from
    the live API and `wealthbox_tools/cli/workflows.py` shows it. """
    active_step: None | Unset | WorkflowStep = UNSET
    """ The step to be completed next (after completion, the last completed step). Decision: the seed does not list
    it; wealthbox-cli@2.5.0:wealthbox_tools/cli/workflows.py (`_workflow_state`) reads it and
    `references/workflows.md` reports it from the live API; null when the workflow has no step. """
    completed_at: None | str | Unset = UNSET
    """ A Wealthbox timestamp in either documented form (`2015-05-24 10:00 AM -0400` or RFC 3339), or `""` / null
    when unset; one string type with a pattern, so a generated client reads it as text. Decision: wealthbox-
    cli@2.5.0:wealthbox_tools/skills/wealthbox-crm/references/workflows.md reports empty strings, not nulls, for
    unset workflow datetimes; null is admitted too. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document import Document  # noqa: PLC0415
        from ..models.workflow_step import WorkflowStep  # noqa: PLC0415

        id = self.id

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

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

        name = self.name

        active_step: dict[str, Any] | None | Unset
        if isinstance(self.active_step, Unset):
            active_step = UNSET
        elif isinstance(self.active_step, WorkflowStep):
            active_step = self.active_step.to_dict()
        else:
            active_step = self.active_step

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

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
        if name is not UNSET:
            field_dict["name"] = name
        if active_step is not UNSET:
            field_dict["active_step"] = active_step
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

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

        name = d.pop("name", UNSET)

        def _parse_active_step(data: object) -> None | Unset | WorkflowStep:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_step_type_0 = WorkflowStep.from_dict(data)

                return active_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowStep, data)

        active_step = _parse_active_step(d.pop("active_step", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

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
            name=name,
            active_step=active_step,
            completed_at=completed_at,
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
