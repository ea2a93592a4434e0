from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStepUpdate")


@_attrs_define
class WorkflowStepUpdate:
    """Completes a workflow step (`complete`, optionally with an outcome) or reverts its completion (`revert`). Send one of
    the two flags.

    """

    complete: bool | Unset = UNSET
    """ Flag which, if present, marks the step complete. """
    workflow_outcome_id: int | Unset = UNSET
    """ The ID of the outcome to be applied when completing the step. """
    due_date_set: bool | Unset = UNSET
    """ When selecting an outcome with the "Restart Step" action, whether the restarted step will have a due date.
    """
    due_date: str | Unset = UNSET
    """ A timestamp in either form the API reads and writes: the Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO
    8601 (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a client sends
    (request bodies and filters). Decision: the seed documents only the Wealthbox form for what it sends, and RFC
    3339 in one response (`removed_options[].deleted_at`); wealthbox-cli@2.5.0:wealthbox_tools/models/common.py
    (`DateTimeField`) sends only ISO 8601 (offset optional) for every timestamp filter and body field, and
    wealthbox-cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so both forms are
    accepted. """
    revert: bool | Unset = UNSET
    """ Flag which, if present, reverts the complete status of the step. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        workflow_outcome_id = self.workflow_outcome_id

        due_date_set = self.due_date_set

        due_date: str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        revert = self.revert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complete is not UNSET:
            field_dict["complete"] = complete
        if workflow_outcome_id is not UNSET:
            field_dict["workflow_outcome_id"] = workflow_outcome_id
        if due_date_set is not UNSET:
            field_dict["due_date_set"] = due_date_set
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if revert is not UNSET:
            field_dict["revert"] = revert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complete = d.pop("complete", UNSET)

        workflow_outcome_id = d.pop("workflow_outcome_id", UNSET)

        due_date_set = d.pop("due_date_set", UNSET)

        def _parse_due_date(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        revert = d.pop("revert", UNSET)

        workflow_step_update = cls(
            complete=complete,
            workflow_outcome_id=workflow_outcome_id,
            due_date_set=due_date_set,
            due_date=due_date,
            revert=revert,
        )

        workflow_step_update.additional_properties = d
        return workflow_step_update

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
