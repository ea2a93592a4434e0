from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_meta import ActivityMeta
    from ..models.stream_item import StreamItem


T = TypeVar("T", bound="ActivityList")


@_attrs_define
class ActivityList:
    """A page of the activity stream."""

    stream_items: list[StreamItem]
    meta: ActivityMeta | Unset = UNSET
    """ Paging information of the activity stream. Decision: the seed documents the `cursor` parameter but not where
    the next cursor is returned; the spec infers `meta.next_cursor` (null or absent on the last page). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_items = []
        for stream_items_item_data in self.stream_items:
            stream_items_item = stream_items_item_data.to_dict()
            stream_items.append(stream_items_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream_items": stream_items,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_meta import ActivityMeta  # noqa: PLC0415
        from ..models.stream_item import StreamItem  # noqa: PLC0415

        d = dict(src_dict)
        stream_items = []
        _stream_items = d.pop("stream_items")
        for stream_items_item_data in _stream_items:
            stream_items_item = StreamItem.from_dict(stream_items_item_data)

            stream_items.append(stream_items_item)

        _meta = d.pop("meta", UNSET)
        meta: ActivityMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ActivityMeta.from_dict(_meta)

        activity_list = cls(
            stream_items=stream_items,
            meta=meta,
        )

        activity_list.additional_properties = d
        return activity_list

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
