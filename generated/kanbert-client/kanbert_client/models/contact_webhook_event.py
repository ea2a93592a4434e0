from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.user import User
    from ..models.webhook_resource import WebhookResource


T = TypeVar("T", bound="ContactWebhookEvent")


@_attrs_define
class ContactWebhookEvent:
    """The payload of the `contact:create`, `contact:update` and `contact:delete` webhooks.
    The seed marks none of its properties as required.

    """

    event: str | Unset = UNSET
    """ The event identifier. """
    resource: WebhookResource | Unset = UNSET
    """ The resource the event is about. """
    triggered_by: User | Unset = UNSET
    """ A Kanbert user (the seed's `UserData`). """
    data: Contact | Unset = UNSET
    """ A contact (the seed's `ContactData`). `companies` is present only when requested with
    `include=companies`; `contact_company` only when the contact is loaded through a
    contact-company relationship.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        triggered_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggered_by, Unset):
            triggered_by = self.triggered_by.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if resource is not UNSET:
            field_dict["resource"] = resource
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415
        from ..models.webhook_resource import WebhookResource  # noqa: PLC0415

        d = dict(src_dict)
        event = d.pop("event", UNSET)

        _resource = d.pop("resource", UNSET)
        resource: WebhookResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = WebhookResource.from_dict(_resource)

        _triggered_by = d.pop("triggered_by", UNSET)
        triggered_by: User | Unset
        if isinstance(_triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = User.from_dict(_triggered_by)

        _data = d.pop("data", UNSET)
        data: Contact | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Contact.from_dict(_data)

        contact_webhook_event = cls(
            event=event,
            resource=resource,
            triggered_by=triggered_by,
            data=data,
        )

        contact_webhook_event.additional_properties = d
        return contact_webhook_event

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
