from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.space import Space
    from ..models.user import User


T = TypeVar("T", bound="ClientRecord")


@_attrs_define
class ClientRecord:
    """A client (the seed's `ClientData`)."""

    id: str
    external_id: None | str
    """ An identifier of the client in an external system; must be unique. """
    external_origin: None | str
    """ The origin of a client that came from an external system. """
    name: str
    shortcode: None | str
    primary_contact: None | User
    """ The client's primary contact, a Kanbert user. """
    origin_space: None | Space
    """ The shared space the client is shared from; `null` if the client is not shared. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.space import Space  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        id = self.id

        external_id: None | str
        external_id = self.external_id

        external_origin: None | str
        external_origin = self.external_origin

        name = self.name

        shortcode: None | str
        shortcode = self.shortcode

        primary_contact: dict[str, Any] | None
        if isinstance(self.primary_contact, User):
            primary_contact = self.primary_contact.to_dict()
        else:
            primary_contact = self.primary_contact

        origin_space: dict[str, Any] | None
        if isinstance(self.origin_space, Space):
            origin_space = self.origin_space.to_dict()
        else:
            origin_space = self.origin_space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "external_id": external_id,
                "external_origin": external_origin,
                "name": name,
                "shortcode": shortcode,
                "primary_contact": primary_contact,
                "origin_space": origin_space,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.space import Space  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        def _parse_external_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_origin = _parse_external_origin(d.pop("external_origin"))

        name = d.pop("name")

        def _parse_shortcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        shortcode = _parse_shortcode(d.pop("shortcode"))

        def _parse_primary_contact(data: object) -> None | User:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_contact_type_0 = User.from_dict(data)

                return primary_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | User, data)

        primary_contact = _parse_primary_contact(d.pop("primary_contact"))

        def _parse_origin_space(data: object) -> None | Space:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                origin_space_type_0 = Space.from_dict(data)

                return origin_space_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Space, data)

        origin_space = _parse_origin_space(d.pop("origin_space"))

        client_record = cls(
            id=id,
            external_id=external_id,
            external_origin=external_origin,
            name=name,
            shortcode=shortcode,
            primary_contact=primary_contact,
            origin_space=origin_space,
        )

        client_record.additional_properties = d
        return client_record

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
