from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document
    from ..models.tag import Tag


T = TypeVar("T", bound="Note")


@_attrs_define
class Note:
    """A note (called StatusUpdate in the seed)."""

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
    content: str | Unset = UNSET
    """ The main body of the note. """
    linked_to: list[Document] | Unset = UNSET
    """ The resources that are linked to this note. The only supported resource type is contact. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the note, e.g. `Everyone`. """
    creator_id: int | None | Unset = UNSET
    """ The id of the user who wrote the note. Decision: not in the seed (which has `creator`); wealthbox-
    cli@2.5.0:wealthbox_tools/cli/notes.py shows it among a note's default fields, so a note may carry it. """
    tags: list[Tag] | Unset = UNSET
    """ The tags that are associated with the note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        content = self.content

        linked_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = []
            for linked_to_item_data in self.linked_to:
                linked_to_item = linked_to_item_data.to_dict()
                linked_to.append(linked_to_item)

        visible_to = self.visible_to

        creator_id: int | None | Unset
        if isinstance(self.creator_id, Unset):
            creator_id = UNSET
        else:
            creator_id = self.creator_id

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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
        if content is not UNSET:
            field_dict["content"] = content
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        content = d.pop("content", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: list[Document] | Unset = UNSET
        if _linked_to is not UNSET:
            linked_to = []
            for linked_to_item_data in _linked_to:
                linked_to_item = Document.from_dict(linked_to_item_data)

                linked_to.append(linked_to_item)

        visible_to = d.pop("visible_to", UNSET)

        def _parse_creator_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        creator_id = _parse_creator_id(d.pop("creator_id", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        note = cls(
            id=id,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            content=content,
            linked_to=linked_to,
            visible_to=visible_to,
            creator_id=creator_id,
            tags=tags,
        )

        note.additional_properties = d
        return note

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
