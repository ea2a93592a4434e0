from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowMilestoneRequest")


@_attrs_define
class WorkflowMilestoneRequest:
    """The date of one milestone of the workflow template, for a new workflow."""

    id: int | str | Unset = UNSET
    """ The id of the workflow template milestone (a string, e.g. `abcdef`). Decision: wealthbox-
    cli@2.5.0:wealthbox_tools/models/workflows.py (`WorkflowMilestone`) sends an integer id, so either is accepted.
    """
    name: str | Unset = UNSET
    """ The name of the milestone. """
    milestone_date: str | Unset = UNSET
    """ A date written `YYYY-MM-DD`, optionally with a time (see `WealthboxDateOptionalTime`), or an RFC 3339
    timestamp. Decision: wealthbox-cli@2.5.0:wealthbox_tools/cli/workflows.py sends `starts_at` as a plain date
    (`2026-06-01`), its models send ISO 8601; both are accepted where a request carries a start or milestone date.
    Both branches are plain strings (no `format`), so a generated client sends the text as given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        milestone_date: str | Unset
        if isinstance(self.milestone_date, Unset):
            milestone_date = UNSET
        else:
            milestone_date = self.milestone_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if milestone_date is not UNSET:
            field_dict["milestone_date"] = milestone_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        def _parse_milestone_date(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        milestone_date = _parse_milestone_date(d.pop("milestone_date", UNSET))

        workflow_milestone_request = cls(
            id=id,
            name=name,
            milestone_date=milestone_date,
        )

        workflow_milestone_request.additional_properties = d
        return workflow_milestone_request

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
