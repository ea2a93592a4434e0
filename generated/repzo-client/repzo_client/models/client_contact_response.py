from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_contact import ClientContact


T = TypeVar("T", bound="ClientContactResponse")


@_attrs_define
class ClientContactResponse:
    """The seed's envelope around one client contact. `data` is required (it tells this shape from a bare record);
    `success` is optional, as the vendor's description of this page requires nothing.

    """

    data: ClientContact
    """ A client contact as the API returns it. Decision: the seed documents no attribute list for responses, only
    examples; this schema takes the create body's attributes plus `_id`, `createdAt`, `updatedAt` and `__v` (which
    the update body lists and every response example shows), as do the vendor's description of this page
    (repzo@1.0.254:docs/generated/client-contact-bundled.yaml, `ClientContactSchema`) and SDK
    (repzo@1.0.254:src/types/index.ts, `ClientContact.ClientContactSchema`). Decision: `_id`, `creator`, `name`,
    `company_namespace`, `createdAt`, `updatedAt` and `__v` are required, the list both of those sources give and
    every seed example carries. """
    success: bool | Unset = UNSET
    """ True when the request succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_contact import ClientContact  # noqa: PLC0415

        d = dict(src_dict)
        data = ClientContact.from_dict(d.pop("data"))

        success = d.pop("success", UNSET)

        client_contact_response = cls(
            data=data,
            success=success,
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
