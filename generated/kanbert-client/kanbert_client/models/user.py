from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType

if TYPE_CHECKING:
    from ..models.space import Space


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A Kanbert user (the seed's `UserData`)."""

    id: str
    first_name: str
    last_name: str
    email: str
    """ Decision: no `email` format, because the seed declares a plain string and its example
    gives `"string"`.
     """
    type_: UserType
    """ The kind of user. """
    space: Space
    """ A Kanbert space (the seed's `SpaceData`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        type_ = self.type_.value

        space = self.space.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "type": type_,
                "space": space,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.space import Space  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        type_ = UserType(d.pop("type"))

        space = Space.from_dict(d.pop("space"))

        user = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            type_=type_,
            space=space,
        )

        user.additional_properties = d
        return user

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
