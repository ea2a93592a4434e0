from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_step_due_based_on import WorkflowStepDueBasedOn
from ..models.workflow_step_priority import WorkflowStepPriority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_outcome import WorkflowOutcome


T = TypeVar("T", bound="WorkflowStep")


@_attrs_define
class WorkflowStep:
    """A step of a workflow or of a workflow template."""

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
    """ The name of the Workflow Step. """
    description: str | Unset = UNSET
    """ A short description of the step, as plain text. """
    description_html: str | Unset = UNSET
    """ A short description of the step, as HTML. """
    workflow: int | Unset = UNSET
    """ The ID of the Workflow this step is connected to. """
    assigned_to: int | Unset = UNSET
    """ The ID of the contact that is assigned to this workflow step. """
    due_based_on: WorkflowStepDueBasedOn | Unset = UNSET
    """ What the step's due date is based on: `default` (the default when none is given), `start` (the workflow
    start date) or `milestone` (a `workflow_milestone_id` must be provided). """
    due_date_set: bool | Unset = UNSET
    """ A flag indicating a due date is set for this step. """
    due_later: str | Unset = UNSET
    """ The interval of time after the start of the workflow when this step is due, e.g. `2 days later at 5:00 PM`.
    """
    due_date: None | str | Unset = UNSET
    """ A Wealthbox timestamp in either documented form (`2015-05-24 10:00 AM -0400` or RFC 3339), or `""` / null
    when unset; one string type with a pattern, so a generated client reads it as text. Decision: wealthbox-
    cli@2.5.0:wealthbox_tools/skills/wealthbox-crm/references/workflows.md reports empty strings, not nulls, for
    unset workflow datetimes; null is admitted too. """
    completed_at: None | str | Unset = UNSET
    """ A Wealthbox timestamp in either documented form (`2015-05-24 10:00 AM -0400` or RFC 3339), or `""` / null
    when unset; one string type with a pattern, so a generated client reads it as text. Decision: wealthbox-
    cli@2.5.0:wealthbox_tools/skills/wealthbox-crm/references/workflows.md reports empty strings, not nulls, for
    unset workflow datetimes; null is admitted too. """
    priority: WorkflowStepPriority | Unset = UNSET
    """ The relative priority of a workflow step. """
    workflow_outcomes: list[WorkflowOutcome] | Unset = UNSET
    """ The outcomes of this step. """
    workflow_milestone_id: int | None | Unset = UNSET
    """ The ID of the WorkflowMilestone this step is based on. """
    completer: int | None | Unset = UNSET
    """ The id of the user who completed the step (in the answer to completing a step); null once reverted.
    Decision: wealthbox-cli@2.5.0:wealthbox_tools/skills/wealthbox-crm/references/workflows.md calls it
    `completer_id`; the seed, primary for what it documents, names it `completer`, and the spec keeps the seed's
    name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        name = self.name

        description = self.description

        description_html = self.description_html

        workflow = self.workflow

        assigned_to = self.assigned_to

        due_based_on: str | Unset = UNSET
        if not isinstance(self.due_based_on, Unset):
            due_based_on = self.due_based_on.value

        due_date_set = self.due_date_set

        due_later = self.due_later

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        workflow_outcomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_outcomes, Unset):
            workflow_outcomes = []
            for workflow_outcomes_item_data in self.workflow_outcomes:
                workflow_outcomes_item = workflow_outcomes_item_data.to_dict()
                workflow_outcomes.append(workflow_outcomes_item)

        workflow_milestone_id: int | None | Unset
        if isinstance(self.workflow_milestone_id, Unset):
            workflow_milestone_id = UNSET
        else:
            workflow_milestone_id = self.workflow_milestone_id

        completer: int | None | Unset
        if isinstance(self.completer, Unset):
            completer = UNSET
        else:
            completer = self.completer

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
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if due_based_on is not UNSET:
            field_dict["due_based_on"] = due_based_on
        if due_date_set is not UNSET:
            field_dict["due_date_set"] = due_date_set
        if due_later is not UNSET:
            field_dict["due_later"] = due_later
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if priority is not UNSET:
            field_dict["priority"] = priority
        if workflow_outcomes is not UNSET:
            field_dict["workflow_outcomes"] = workflow_outcomes
        if workflow_milestone_id is not UNSET:
            field_dict["workflow_milestone_id"] = workflow_milestone_id
        if completer is not UNSET:
            field_dict["completer"] = completer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_outcome import WorkflowOutcome  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        description_html = d.pop("description_html", UNSET)

        workflow = d.pop("workflow", UNSET)

        assigned_to = d.pop("assigned_to", UNSET)

        _due_based_on = d.pop("due_based_on", UNSET)
        due_based_on: WorkflowStepDueBasedOn | Unset
        if isinstance(_due_based_on, Unset):
            due_based_on = UNSET
        else:
            due_based_on = WorkflowStepDueBasedOn(_due_based_on)

        due_date_set = d.pop("due_date_set", UNSET)

        due_later = d.pop("due_later", UNSET)

        def _parse_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: WorkflowStepPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = WorkflowStepPriority(_priority)

        _workflow_outcomes = d.pop("workflow_outcomes", UNSET)
        workflow_outcomes: list[WorkflowOutcome] | Unset = UNSET
        if _workflow_outcomes is not UNSET:
            workflow_outcomes = []
            for workflow_outcomes_item_data in _workflow_outcomes:
                workflow_outcomes_item = WorkflowOutcome.from_dict(workflow_outcomes_item_data)

                workflow_outcomes.append(workflow_outcomes_item)

        def _parse_workflow_milestone_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_milestone_id = _parse_workflow_milestone_id(d.pop("workflow_milestone_id", UNSET))

        def _parse_completer(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completer = _parse_completer(d.pop("completer", UNSET))

        workflow_step = cls(
            id=id,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            description=description,
            description_html=description_html,
            workflow=workflow,
            assigned_to=assigned_to,
            due_based_on=due_based_on,
            due_date_set=due_date_set,
            due_later=due_later,
            due_date=due_date,
            completed_at=completed_at,
            priority=priority,
            workflow_outcomes=workflow_outcomes,
            workflow_milestone_id=workflow_milestone_id,
            completer=completer,
        )

        workflow_step.additional_properties = d
        return workflow_step

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
