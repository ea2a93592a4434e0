from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    """The envelope of a page of contacts (list and search). Decision: from Pylon's official description (the seed lost
    it); `data` is required. Decision: `pagination` is optional;
    usepylon@0.1.0a4:usepylon/types/get_contacts_response_body.py (and `search_contacts_response_body.py`) types it as
    Optional, and `types/pagination.py` says it is absent when there are no more results.

    """

    data: list[Contact]
    """ The contacts of this page. """
    pagination: Pagination | Unset = UNSET
    """ Where a page ends. Decision: absent on the last page, as Pylon's SDK documents
    (usepylon@0.1.0a4:usepylon/types/pagination.py, "Absent when there are no more results"); a client also stops on
    an empty `cursor` or `has_next_page: false`. """
    request_id: str | Unset = UNSET
    """ The ID of this request, for Pylon support. Decision: Pylon's SDK requires it on every body
    (usepylon@0.1.0a4:usepylon/types/get_contact_response_body.py and the other `*_response_body.py`); the official
    description does not, so the spec leaves it optional (required only where every source requires it) and the mock
    always sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Contact.from_dict(data_item_data)

            data.append(data_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        request_id = d.pop("request_id", UNSET)

        contact_list = cls(
            data=data,
            pagination=pagination,
            request_id=request_id,
        )

        contact_list.additional_properties = d
        return contact_list

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
