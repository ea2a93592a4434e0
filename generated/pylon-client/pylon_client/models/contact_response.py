from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactResponse")


@_attrs_define
class ContactResponse:
    """The envelope of one contact. Decision: from Pylon's official description (the seed lost it); `data` is required here
    because a success always carries it.

    """

    data: Contact
    """ A contact as Pylon returns it. Decision: the seed lost every response shape; the properties come from
    Pylon's official description (`Contact`). That description marks no property required; the spec requires `id`,
    which every contact has (it is the path parameter of get, update and delete). Decision: Pylon's SDK also
    requires `name`, `avatar_url` and `portal_role` (usepylon@0.1.0a4:usepylon/types/contact.py); the spec requires
    only what every source requires, and the mock always fills those three. """
    request_id: str | Unset = UNSET
    """ The ID of this request, for Pylon support. Decision: Pylon's SDK requires it on every body
    (usepylon@0.1.0a4:usepylon/types/get_contact_response_body.py and the other `*_response_body.py`); the official
    description does not, so the spec leaves it optional (required only where every source requires it) and the mock
    always sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        data = Contact.from_dict(d.pop("data"))

        request_id = d.pop("request_id", UNSET)

        contact_response = cls(
            data=data,
            request_id=request_id,
        )

        contact_response.additional_properties = d
        return contact_response

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
