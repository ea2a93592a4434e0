from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_template_kind import WorkflowTemplateKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_step import WorkflowStep
    from ..models.workflow_template_milestone import WorkflowTemplateMilestone


T = TypeVar("T", bound="WorkflowTemplate")


@_attrs_define
class WorkflowTemplate:
    """A workflow template, from which new workflows are started."""

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
    name: str | Unset = UNSET
    """ The name of the WorkflowTemplate. """
    sequential: bool | Unset = UNSET
    """ Whether the steps of this template must be completed in order of their position. """
    description: str | Unset = UNSET
    """ A short description of the template, as plain text. """
    description_html: str | Unset = UNSET
    """ A short description of the template, as HTML. """
    shared: bool | Unset = UNSET
    """ Whether this template is shared amongst all accounts (workspaces) in the subscription. """
    ready: bool | Unset = UNSET
    """ Whether this template is ready to spawn new Workflows. """
    workflow_milestones: list[WorkflowTemplateMilestone] | Unset = UNSET
    """ The milestones of this template. """
    workflow_steps: list[WorkflowStep] | Unset = UNSET
    """ The steps of this template. """
    kind: WorkflowTemplateKind | Unset = UNSET
    """ The kind of record a workflow template applies to. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the template, e.g. `Everyone`. """
    status: str | Unset = UNSET
    """ The state of the template. Decision: the seed does not list it; wealthbox-
    cli@2.5.0:wealthbox_tools/cli/workflows.py (`_TEMPLATE_DEFAULT_FIELDS`) shows it by default, with no values
    stated, so it is a free string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        name = self.name

        sequential = self.sequential

        description = self.description

        description_html = self.description_html

        shared = self.shared

        ready = self.ready

        workflow_milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_milestones, Unset):
            workflow_milestones = []
            for workflow_milestones_item_data in self.workflow_milestones:
                workflow_milestones_item = workflow_milestones_item_data.to_dict()
                workflow_milestones.append(workflow_milestones_item)

        workflow_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_steps, Unset):
            workflow_steps = []
            for workflow_steps_item_data in self.workflow_steps:
                workflow_steps_item = workflow_steps_item_data.to_dict()
                workflow_steps.append(workflow_steps_item)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        visible_to = self.visible_to

        status = self.status

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
        if name is not UNSET:
            field_dict["name"] = name
        if sequential is not UNSET:
            field_dict["sequential"] = sequential
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if shared is not UNSET:
            field_dict["shared"] = shared
        if ready is not UNSET:
            field_dict["ready"] = ready
        if workflow_milestones is not UNSET:
            field_dict["workflow_milestones"] = workflow_milestones
        if workflow_steps is not UNSET:
            field_dict["workflow_steps"] = workflow_steps
        if kind is not UNSET:
            field_dict["kind"] = kind
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_step import WorkflowStep  # noqa: PLC0415
        from ..models.workflow_template_milestone import WorkflowTemplateMilestone  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        name = d.pop("name", UNSET)

        sequential = d.pop("sequential", UNSET)

        description = d.pop("description", UNSET)

        description_html = d.pop("description_html", UNSET)

        shared = d.pop("shared", UNSET)

        ready = d.pop("ready", UNSET)

        _workflow_milestones = d.pop("workflow_milestones", UNSET)
        workflow_milestones: list[WorkflowTemplateMilestone] | Unset = UNSET
        if _workflow_milestones is not UNSET:
            workflow_milestones = []
            for workflow_milestones_item_data in _workflow_milestones:
                workflow_milestones_item = WorkflowTemplateMilestone.from_dict(workflow_milestones_item_data)

                workflow_milestones.append(workflow_milestones_item)

        _workflow_steps = d.pop("workflow_steps", UNSET)
        workflow_steps: list[WorkflowStep] | Unset = UNSET
        if _workflow_steps is not UNSET:
            workflow_steps = []
            for workflow_steps_item_data in _workflow_steps:
                workflow_steps_item = WorkflowStep.from_dict(workflow_steps_item_data)

                workflow_steps.append(workflow_steps_item)

        _kind = d.pop("kind", UNSET)
        kind: WorkflowTemplateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = WorkflowTemplateKind(_kind)

        visible_to = d.pop("visible_to", UNSET)

        status = d.pop("status", UNSET)

        workflow_template = cls(
            id=id,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            sequential=sequential,
            description=description,
            description_html=description_html,
            shared=shared,
            ready=ready,
            workflow_milestones=workflow_milestones,
            workflow_steps=workflow_steps,
            kind=kind,
            visible_to=visible_to,
            status=status,
        )

        workflow_template.additional_properties = d
        return workflow_template

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
