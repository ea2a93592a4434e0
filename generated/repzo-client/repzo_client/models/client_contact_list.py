from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_contact import ClientContact
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ClientContactList")


@_attrs_define
class ClientContactList:
    """One page of client contacts. Decision: the vendor's sources disagree about the envelope. The seed and the vendor's
    description of this page (repzo@1.0.254:docs/generated/client-contact-bundled.yaml) show `{success, data,
    pagination: {page, per_page, pre_page, next_page, total, total_page}}`; the SDK types the answer as its flat
    `DefaultPaginationResult` (repzo@1.0.254:src/types/index.ts: `data`, `total_result`, `current_count`, `total_pages`,
    `current_page`, `per_page`, `first_page_url`, `last_page_url`, `next_page_url`, `prev_page_url`, `path`), as the
    vendor describes most other lists (e.g. repzo@1.0.254:docs/generated/client-bundled.yaml, `ClientFindResult`). This
    one schema admits both: only `data`, which both shapes carry, is required, and `x-pagination.totalPages` names the
    page count in each (`/pagination/total_page`, `/total_pages`). The mock answers in the seed's shape.

    """

    data: list[ClientContact]
    success: bool | Unset = UNSET
    """ True when the request succeeded (seed shape). """
    pagination: Pagination | Unset = UNSET
    """ Where this page sits. Note Repzo's key is `total_page`, not `total_pages`. """
    total_result: int | Unset = UNSET
    """ The total number of matching records (SDK shape). """
    current_count: int | Unset = UNSET
    """ The number of records on this page (SDK shape). """
    total_pages: int | Unset = UNSET
    """ The total number of pages (SDK shape). """
    current_page: int | Unset = UNSET
    """ The current page number, from 1 (SDK shape). """
    per_page: int | Unset = UNSET
    """ The page size (SDK shape). """
    first_page_url: None | str | Unset = UNSET
    """ The URL of the first page (SDK shape). """
    last_page_url: None | str | Unset = UNSET
    """ The URL of the last page (SDK shape). """
    next_page_url: None | str | Unset = UNSET
    """ The URL of the next page; null on the last page (SDK shape). """
    prev_page_url: None | str | Unset = UNSET
    """ The URL of the previous page; null on the first page (SDK shape). """
    path: str | Unset = UNSET
    """ The list's URL without its query (SDK shape). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        success = self.success

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        total_result = self.total_result

        current_count = self.current_count

        total_pages = self.total_pages

        current_page = self.current_page

        per_page = self.per_page

        first_page_url: None | str | Unset
        if isinstance(self.first_page_url, Unset):
            first_page_url = UNSET
        else:
            first_page_url = self.first_page_url

        last_page_url: None | str | Unset
        if isinstance(self.last_page_url, Unset):
            last_page_url = UNSET
        else:
            last_page_url = self.last_page_url

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if total_result is not UNSET:
            field_dict["total_result"] = total_result
        if current_count is not UNSET:
            field_dict["current_count"] = current_count
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if first_page_url is not UNSET:
            field_dict["first_page_url"] = first_page_url
        if last_page_url is not UNSET:
            field_dict["last_page_url"] = last_page_url
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_contact import ClientContact  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ClientContact.from_dict(data_item_data)

            data.append(data_item)

        success = d.pop("success", UNSET)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        total_result = d.pop("total_result", UNSET)

        current_count = d.pop("current_count", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        current_page = d.pop("current_page", UNSET)

        per_page = d.pop("per_page", UNSET)

        def _parse_first_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_page_url = _parse_first_page_url(d.pop("first_page_url", UNSET))

        def _parse_last_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_page_url = _parse_last_page_url(d.pop("last_page_url", UNSET))

        def _parse_next_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_url = _parse_next_page_url(d.pop("next_page_url", UNSET))

        def _parse_prev_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev_page_url = _parse_prev_page_url(d.pop("prev_page_url", UNSET))

        path = d.pop("path", UNSET)

        client_contact_list = cls(
            data=data,
            success=success,
            pagination=pagination,
            total_result=total_result,
            current_count=current_count,
            total_pages=total_pages,
            current_page=current_page,
            per_page=per_page,
            first_page_url=first_page_url,
            last_page_url=last_page_url,
            next_page_url=next_page_url,
            prev_page_url=prev_page_url,
            path=path,
        )

        client_contact_list.additional_properties = d
        return client_contact_list

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
