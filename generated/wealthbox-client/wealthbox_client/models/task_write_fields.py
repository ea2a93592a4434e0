from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_frame import TaskFrame
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_request import CustomFieldRequest


T = TypeVar("T", bound="TaskWriteFields")


@_attrs_define
class TaskWriteFields:
    """The attributes a task is written with beyond those read in the same shape."""

    due_date: str | Unset = UNSET
    """ A timestamp in either form the API reads and writes: the Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO
    8601 (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a client sends
    (request bodies and filters). Decision: the seed documents only the Wealthbox form for what it sends, and RFC
    3339 in one response (`removed_options[].deleted_at`); wealthbox-cli@2.5.0:wealthbox_tools/models/common.py
    (`DateTimeField`) sends only ISO 8601 (offset optional) for every timestamp filter and body field, and
    wealthbox-cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so both forms are
    accepted. """
    frame: TaskFrame | Unset = UNSET
    """ A due date relative to today, which the server turns into `due_date`. Decision: the seed reads `frame` back
    (`today`) without listing its values; wealthbox-cli@2.5.0:wealthbox_tools/models/enums.py (`TaskFrame`) lists
    these. """
    custom_fields: list[CustomFieldRequest] | Unset = UNSET
    """ The custom field values to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date: str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        frame: str | Unset = UNSET
        if not isinstance(self.frame, Unset):
            frame = self.frame.value

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if frame is not UNSET:
            field_dict["frame"] = frame
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_request import CustomFieldRequest  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_due_date(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        _frame = d.pop("frame", UNSET)
        frame: TaskFrame | Unset
        if isinstance(_frame, Unset):
            frame = UNSET
        else:
            frame = TaskFrame(_frame)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldRequest] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldRequest.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        task_write_fields = cls(
            due_date=due_date,
            frame=frame,
            custom_fields=custom_fields,
        )

        task_write_fields.additional_properties = d
        return task_write_fields

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
