from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_meta import PageMeta
    from ..models.user_group import UserGroup


T = TypeVar("T", bound="UserGroupList")


@_attrs_define
class UserGroupList:
    """A page of user groups."""

    user_groups: list[UserGroup]
    meta: PageMeta | Unset = UNSET
    """ Paging information. Decision: the seed does not document `meta`; FACTS.md says real list responses carry it
    next to the collection key, so the spec declares it as optional. When it is missing, a page shorter than
    `per_page` is the last one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_groups = []
        for user_groups_item_data in self.user_groups:
            user_groups_item = user_groups_item_data.to_dict()
            user_groups.append(user_groups_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_groups": user_groups,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta  # noqa: PLC0415
        from ..models.user_group import UserGroup  # noqa: PLC0415

        d = dict(src_dict)
        user_groups = []
        _user_groups = d.pop("user_groups")
        for user_groups_item_data in _user_groups:
            user_groups_item = UserGroup.from_dict(user_groups_item_data)

            user_groups.append(user_groups_item)

        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)

        user_group_list = cls(
            user_groups=user_groups,
            meta=meta,
        )

        user_group_list.additional_properties = d
        return user_group_list

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
