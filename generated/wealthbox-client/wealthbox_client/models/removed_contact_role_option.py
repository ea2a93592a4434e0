from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_assignment import ContactRoleAssignment


T = TypeVar("T", bound="RemovedContactRoleOption")


@_attrs_define
class RemovedContactRoleOption:
    """An option that was removed from a contact role. Its `assigned_to` (RemovedContactRoleAssignment in the seed) has the
    same shape as `ContactRoleAssignment`.

    """

    id: int | Unset = UNSET
    """ The id of the option. """
    deleted_at: datetime.datetime | str | Unset = UNSET
    """ A timestamp in either form the API has been documented to send: the Wealthbox form (`2015-05-24 10:00 AM
    -0400`) or RFC 3339 (`2022-06-30T00:00:00.000000+00:00`). """
    assigned_to: ContactRoleAssignment | Unset = UNSET
    """ The user associated with a contact role option. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deleted_at: str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        assigned_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigned_to, Unset):
            assigned_to = self.assigned_to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_assignment import ContactRoleAssignment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_deleted_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_any_date_time_type_1 = datetime.datetime.fromisoformat(data)

                return componentsschemas_any_date_time_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        _assigned_to = d.pop("assigned_to", UNSET)
        assigned_to: ContactRoleAssignment | Unset
        if isinstance(_assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = ContactRoleAssignment.from_dict(_assigned_to)

        removed_contact_role_option = cls(
            id=id,
            deleted_at=deleted_at,
            assigned_to=assigned_to,
        )

        removed_contact_role_option.additional_properties = d
        return removed_contact_role_option

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
