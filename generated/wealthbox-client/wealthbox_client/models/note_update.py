from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="NoteUpdate")


@_attrs_define
class NoteUpdate:
    """The attributes to change on a note; only those sent change. Decision: the seed documents the same attributes for an
    update as for a create, `content` required; wealthbox-cli@2.5.0:wealthbox_tools/models/notes.py (`NoteUpdateInput`)
    sends any of them alone (e.g. only `linked_to`), so an update requires none.

    """

    content: str | Unset = UNSET
    """ The main body of the note. """
    linked_to: list[Document] | Unset = UNSET
    """ The resources that are linked to this note. The only supported resource type is contact. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the note, e.g. `Everyone`. """
    tags: list[str] | Unset = UNSET
    """ The names of the tags to associate with the note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        linked_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = []
            for linked_to_item_data in self.linked_to:
                linked_to_item = linked_to_item_data.to_dict()
                linked_to.append(linked_to_item)

        visible_to = self.visible_to

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: list[Document] | Unset = UNSET
        if _linked_to is not UNSET:
            linked_to = []
            for linked_to_item_data in _linked_to:
                linked_to_item = Document.from_dict(linked_to_item_data)

                linked_to.append(linked_to_item)

        visible_to = d.pop("visible_to", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        note_update = cls(
            content=content,
            linked_to=linked_to,
            visible_to=visible_to,
            tags=tags,
        )

        note_update.additional_properties = d
        return note_update

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
