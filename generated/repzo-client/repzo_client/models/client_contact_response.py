from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client_contact import ClientContact


T = TypeVar("T", bound="ClientContactResponse")


@_attrs_define
class ClientContactResponse:
    """The envelope around one client contact."""

    success: bool
    """ True when the request succeeded. """
    data: ClientContact
    """ A client contact as the API returns it. Decision: the seed documents no attribute list for responses, only
    examples; this schema takes the create body's attributes plus `_id`, `createdAt`, `updatedAt` and `__v` (which
    the update body lists and every response example shows). `_id` and `name` are required (the record id, and the
    one attribute the create body requires). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_contact import ClientContact  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = ClientContact.from_dict(d.pop("data"))

        client_contact_response = cls(
            success=success,
            data=data,
        )

        client_contact_response.additional_properties = d
        return client_contact_response

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
