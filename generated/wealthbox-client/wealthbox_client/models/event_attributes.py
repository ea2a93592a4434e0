from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_state import EventState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="EventAttributes")


@_attrs_define
class EventAttributes:
    """The attributes of an event that are read and written in the same shape (its times are read in the Wealthbox form and
    written in either form, so `Event` and `EventWriteFields` each declare them).

    """

    title: str | Unset = UNSET
    """ The name of the event. """
    repeats: bool | Unset = UNSET
    """ A flag to indicate whether or not the event repeats. """
    event_category: int | Unset = UNSET
    """ The id of the event category to which the event belongs (see `/v1/categories/event_categories`). """
    all_day: bool | Unset = UNSET
    """ A flag to indicate if the event lasts all day. """
    location: str | Unset = UNSET
    """ The description of the location the event takes place. """
    description: str | Unset = UNSET
    """ A short explanation of the event. """
    state: EventState | Unset = UNSET
    """ The current state of the event. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the event, e.g. `Everyone`. """
    email_invitees: bool | Unset = UNSET
    """ A flag to indicate if the invitees should be emailed their invitation. """
    linked_to: list[Document] | Unset = UNSET
    """ The resources that are linked to this event. The only supported resource type is contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        repeats = self.repeats

        event_category = self.event_category

        all_day = self.all_day

        location = self.location

        description = self.description

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        visible_to = self.visible_to

        email_invitees = self.email_invitees

        linked_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = []
            for linked_to_item_data in self.linked_to:
                linked_to_item = linked_to_item_data.to_dict()
                linked_to.append(linked_to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if repeats is not UNSET:
            field_dict["repeats"] = repeats
        if event_category is not UNSET:
            field_dict["event_category"] = event_category
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if email_invitees is not UNSET:
            field_dict["email_invitees"] = email_invitees
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        repeats = d.pop("repeats", UNSET)

        event_category = d.pop("event_category", UNSET)

        all_day = d.pop("all_day", UNSET)

        location = d.pop("location", UNSET)

        description = d.pop("description", UNSET)

        _state = d.pop("state", UNSET)
        state: EventState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = EventState(_state)

        visible_to = d.pop("visible_to", UNSET)

        email_invitees = d.pop("email_invitees", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: list[Document] | Unset = UNSET
        if _linked_to is not UNSET:
            linked_to = []
            for linked_to_item_data in _linked_to:
                linked_to_item = Document.from_dict(linked_to_item_data)

                linked_to.append(linked_to_item)

        event_attributes = cls(
            title=title,
            repeats=repeats,
            event_category=event_category,
            all_day=all_day,
            location=location,
            description=description,
            state=state,
            visible_to=visible_to,
            email_invitees=email_invitees,
            linked_to=linked_to,
        )

        event_attributes.additional_properties = d
        return event_attributes

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
