from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="TaskAttributes")


@_attrs_define
class TaskAttributes:
    """The attributes of a task that are read and written in the same shape (`due_date` is read in the Wealthbox form and
    written in either form, so `Task` and `TaskCreate` each declare it).

    """

    name: str | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

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

        task_attributes = cls(
            name=name,
            complete=complete,
            category=category,
            linked_to=linked_to,
            priority=priority,
            visible_to=visible_to,
            assigned_to=assigned_to,
            assigned_to_team=assigned_to_team,
            description=description,
        )

        task_attributes.additional_properties = d
        return task_attributes

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
