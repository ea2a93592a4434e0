from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField
    from ..models.document import Document


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task, assigned either to a user (`assigned_to`) or to a team (`assigned_to_team`)."""

    id: int
    """ The id of the object. """
    name: str
    """ The name of the task. """
    due_date: str
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
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
    completer: int | None | Unset = UNSET
    """ The id of the user who completed the task. Decision: null on an open task; the seed documents only completed
    tasks, and the mock records no completer for a task nobody completed. """
    custom_fields: list[CustomField] | Unset = UNSET
    """ The custom fields of this task. """
    frame: str | Unset = UNSET
    """ The task's time frame, e.g. `today`. """
    repeats: bool | Unset = UNSET
    """ Flag to indicate whether or not the task repeats. """
    description_html: str | Unset = UNSET
    """ A short explanation of the task, as HTML. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        due_date = self.due_date

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

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

        completer: int | None | Unset
        if isinstance(self.completer, Unset):
            completer = UNSET
        else:
            completer = self.completer

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        frame = self.frame

        repeats = self.repeats

        description_html = self.description_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "due_date": due_date,
            }
        )
        if creator is not UNSET:
            field_dict["creator"] = creator
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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
        if completer is not UNSET:
            field_dict["completer"] = completer
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if frame is not UNSET:
            field_dict["frame"] = frame
        if repeats is not UNSET:
            field_dict["repeats"] = repeats
        if description_html is not UNSET:
            field_dict["description_html"] = description_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        due_date = d.pop("due_date")

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

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

        def _parse_completer(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completer = _parse_completer(d.pop("completer", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        frame = d.pop("frame", UNSET)

        repeats = d.pop("repeats", UNSET)

        description_html = d.pop("description_html", UNSET)

        task = cls(
            id=id,
            name=name,
            due_date=due_date,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            complete=complete,
            category=category,
            linked_to=linked_to,
            priority=priority,
            visible_to=visible_to,
            assigned_to=assigned_to,
            assigned_to_team=assigned_to_team,
            description=description,
            completer=completer,
            custom_fields=custom_fields,
            frame=frame,
            repeats=repeats,
            description_html=description_html,
        )

        task.additional_properties = d
        return task

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
