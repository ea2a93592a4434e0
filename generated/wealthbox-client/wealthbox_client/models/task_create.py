from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_frame import TaskFrame
from ..models.task_priority import TaskPriority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_request import CustomFieldRequest
    from ..models.document import Document


T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """The attributes of a new task. Send `assigned_to` to assign the task to a user, or `assigned_to_team` to assign it to
    a team. Decision: the seed marks `due_date` required; wealthbox-cli@2.5.0:wealthbox_tools/models/tasks.py
    (`TaskCreateInput`) sends either `due_date` or a relative `frame` instead, so only `name` is required.

    """

    name: str
    """ The name of the task. """
    complete: bool | Unset = UNSET
    """ Flag to indicate whether or not the task is complete. """
    category: int | Unset = UNSET
    """ The id of the task category the task belongs to (see `/v1/categories/task_categories`). """
    linked_to: list[Document] | Unset = UNSET
    """ The resources that are linked to this task. Supported resource types: contacts, projects, and opportunities.
    """
    priority: TaskPriority | Unset = UNSET
    """ The priority of a task. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the task, e.g. `Everyone`. """
    assigned_to: int | Unset = UNSET
    """ The id of the user who the task is assigned to (a task is assigned to a user or to a team). """
    assigned_to_team: int | Unset = UNSET
    """ The id of the team which the task is assigned to (a task is assigned to a user or to a team). """
    description: str | Unset = UNSET
    """ A short explanation of the task; written as plain text or HTML, read back as plain text (the HTML is in
    `description_html`). """
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
        name = self.name

        complete = self.complete

        category = self.category

        linked_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = []
            for linked_to_item_data in self.linked_to:
                linked_to_item = linked_to_item_data.to_dict()
                linked_to.append(linked_to_item)

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        visible_to = self.visible_to

        assigned_to = self.assigned_to

        assigned_to_team = self.assigned_to_team

        description = self.description

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
        field_dict.update(
            {
                "name": name,
            }
        )
        if complete is not UNSET:
            field_dict["complete"] = complete
        if category is not UNSET:
            field_dict["category"] = category
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if priority is not UNSET:
            field_dict["priority"] = priority
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if assigned_to_team is not UNSET:
            field_dict["assigned_to_team"] = assigned_to_team
        if description is not UNSET:
            field_dict["description"] = description
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
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        complete = d.pop("complete", UNSET)

        category = d.pop("category", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: list[Document] | Unset = UNSET
        if _linked_to is not UNSET:
            linked_to = []
            for linked_to_item_data in _linked_to:
                linked_to_item = Document.from_dict(linked_to_item_data)

                linked_to.append(linked_to_item)

        _priority = d.pop("priority", UNSET)
        priority: TaskPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TaskPriority(_priority)

        visible_to = d.pop("visible_to", UNSET)

        assigned_to = d.pop("assigned_to", UNSET)

        assigned_to_team = d.pop("assigned_to_team", UNSET)

        description = d.pop("description", UNSET)

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

        task_create = cls(
            name=name,
            complete=complete,
            category=category,
            linked_to=linked_to,
            priority=priority,
            visible_to=visible_to,
            assigned_to=assigned_to,
            assigned_to_team=assigned_to_team,
            description=description,
            due_date=due_date,
            frame=frame,
            custom_fields=custom_fields,
        )

        task_create.additional_properties = d
        return task_create

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
