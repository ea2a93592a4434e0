from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.household_title import HouseholdTitle
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.household_member import HouseholdMember


T = TypeVar("T", bound="Household")


@_attrs_define
class Household:
    """A household. On a contact it also carries the contact's `title` within it; the household member endpoints return it
    with only `id` and `members`.

    """

    name: str | Unset = UNSET
    """ The name of the household. """
    title: HouseholdTitle | Unset = UNSET
    """ The title a contact holds within its household. Decision: the scrape glued the choices together (without
    spaces in the `householdTitle` filter); the spec reads "Other Dependent" as one value, since both lists of the
    seed, in different orders, keep "Other" and "Dependent" together. """
    id: int | Unset = UNSET
    """ The id of the household. """
    members: list[HouseholdMember] | Unset = UNSET
    """ All contacts that are members of the household. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title: str | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.value

        id = self.id

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if id is not UNSET:
            field_dict["id"] = id
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.household_member import HouseholdMember  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _title = d.pop("title", UNSET)
        title: HouseholdTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = HouseholdTitle(_title)

        id = d.pop("id", UNSET)

        _members = d.pop("members", UNSET)
        members: list[HouseholdMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = HouseholdMember.from_dict(members_item_data)

                members.append(members_item)

        household = cls(
            name=name,
            title=title,
            id=id,
            members=members,
        )

        household.additional_properties = d
        return household

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
