from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowOutcome")


@_attrs_define
class WorkflowOutcome:
    """A possible outcome of a workflow step."""

    id: int
    """ The id of the outcome. """
    workflow_step_id: int
    """ The id of the workflow step. """
    name: str | Unset = UNSET
    """ The name of the Workflow Outcome. """
    action: str | Unset = UNSET
    """ The action the outcome will perform, such as "Go to Step", "Restart Step", "Restart Workflow" and "Complete
    Workflow". Decision: the seed introduces the values with "such as" and spells one of them "Go to step" in the
    prose and "Go to Step" in the examples, so the spec keeps a free string. """
    go_to_step_id: int | Unset = UNSET
    """ After selecting an outcome with the "Go to Step" action, the next active step. """
    due_date_set: bool | Unset = UNSET
    """ After selecting an outcome with the "Restart Step" action, whether the restarted step will have a due date.
    """
    due_later: str | Unset = UNSET
    """ After selecting an outcome with the "Restart Step" action with a due date set, when the restarted step is
    due. """
    created_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    updated_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_step_id = self.workflow_step_id

        name = self.name

        action = self.action

        go_to_step_id = self.go_to_step_id

        due_date_set = self.due_date_set

        due_later = self.due_later

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_step_id": workflow_step_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if action is not UNSET:
            field_dict["action"] = action
        if go_to_step_id is not UNSET:
            field_dict["go_to_step_id"] = go_to_step_id
        if due_date_set is not UNSET:
            field_dict["due_date_set"] = due_date_set
        if due_later is not UNSET:
            field_dict["due_later"] = due_later
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        workflow_step_id = d.pop("workflow_step_id")

        name = d.pop("name", UNSET)

        action = d.pop("action", UNSET)

        go_to_step_id = d.pop("go_to_step_id", UNSET)

        due_date_set = d.pop("due_date_set", UNSET)

        due_later = d.pop("due_later", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        workflow_outcome = cls(
            id=id,
            workflow_step_id=workflow_step_id,
            name=name,
            action=action,
            go_to_step_id=go_to_step_id,
            due_date_set=due_date_set,
            due_later=due_later,
            created_at=created_at,
            updated_at=updated_at,
        )

        workflow_outcome.additional_properties = d
        return workflow_outcome

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
