from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.household_title import HouseholdTitle

T = TypeVar("T", bound="HouseholdMemberCreate")


@_attrs_define
class HouseholdMemberCreate:
    """The contact to add to a household, and its title there. The answer is the household (`Household` with `id` and
    `members`). Decision: the seed types the answer's `members` as "Array (string)" but documents child attributes and
    its example holds objects; the spec follows the example (`HouseholdMember`). Decision: wealthbox-
    cli@2.5.0:wealthbox_tools/models/households.py (`HouseholdMemberInput`) lets either `id` or `title` be left out, but
    its CLI (`cli/households.py`) always sends both and nothing says the API accepts less; the seed, which requires
    both, decides.

    """

    id: int
    """ The id of the contact to add to the household. """
    title: HouseholdTitle
    """ The title a contact holds within its household. Decision: the scrape glued the choices together (without
    spaces in the `householdTitle` filter); the spec reads "Other Dependent" as one value, since both lists of the
    seed, in different orders, keep "Other" and "Dependent" together. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = HouseholdTitle(d.pop("title"))

        household_member_create = cls(
            id=id,
            title=title,
        )

        household_member_create.additional_properties = d
        return household_member_create

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
