from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_item import CategoryItem
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="TaskCategoryList")


@_attrs_define
class TaskCategoryList:
    """A page of task categories."""

    task_categories: list[CategoryItem]
    meta: PageMeta | Unset = UNSET
    """ Paging information. Decision: the seed does not document `meta`; FACTS.md says real list responses carry it
    next to the collection key, so the spec declares it as optional. When it is missing, a page shorter than
    `per_page` is the last one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_categories = []
        for task_categories_item_data in self.task_categories:
            task_categories_item = task_categories_item_data.to_dict()
            task_categories.append(task_categories_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_categories": task_categories,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_item import CategoryItem  # noqa: PLC0415
        from ..models.page_meta import PageMeta  # noqa: PLC0415

        d = dict(src_dict)
        task_categories = []
        _task_categories = d.pop("task_categories")
        for task_categories_item_data in _task_categories:
            task_categories_item = CategoryItem.from_dict(task_categories_item_data)

            task_categories.append(task_categories_item)

        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)

        task_category_list = cls(
            task_categories=task_categories,
            meta=meta,
        )

        task_category_list.additional_properties = d
        return task_category_list

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
