from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="StreamItem")


@_attrs_define
class StreamItem:
    """An item of the activity stream. Decision: the seed's attribute list shows `icon` among the children of `linked_to`;
    its example puts it on the stream item, and the spec follows the example.

    """

    body: str
    """ The main body of the stream item, as HTML. """
    id: int | Unset = UNSET
    """ The id of the stream item. """
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
    linked_to: Document | Unset = UNSET
    """ A reference to another resource (a contact, project, opportunity...). """
    icon: str | Unset = UNSET
    """ A URL linking to the closest icon for the feed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        id = self.id

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        linked_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = self.linked_to.to_dict()

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if creator is not UNSET:
            field_dict["creator"] = creator
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body")

        id = d.pop("id", UNSET)

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: Document | Unset
        if isinstance(_linked_to, Unset):
            linked_to = UNSET
        else:
            linked_to = Document.from_dict(_linked_to)

        icon = d.pop("icon", UNSET)

        stream_item = cls(
            body=body,
            id=id,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            linked_to=linked_to,
            icon=icon,
        )

        stream_item.additional_properties = d
        return stream_item

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
