from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RepCreator")


@_attrs_define
class RepCreator:
    """A rep (field sales user) as creator or editor. Decision: the seed shows no rep example; the keys are the admin
    example's, with `type` = `rep`.

    """

    field_id: str
    """ A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id. """
    type_: Literal["rep"]
    """ Always `rep`. """
    username: str | Unset = UNSET
    """ The rep's username. """
    name: str | Unset = UNSET
    """ The rep's display name. """
    rep: str | Unset = UNSET
    """ The rep's own id. Decision: the seed and the vendor's description of this page do not show it; the SDK types
    it as an optional string on its creator (repzo@1.0.254:src/types/index.ts, `RepCreator.rep`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        type_ = self.type_

        username = self.username

        name = self.name

        rep = self.rep

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "type": type_,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if rep is not UNSET:
            field_dict["rep"] = rep

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        type_ = cast(Literal["rep"], d.pop("type"))
        if type_ != "rep":
            raise ValueError(f"type must match const 'rep', got '{type_}'")

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        rep = d.pop("rep", UNSET)

        rep_creator = cls(
            field_id=field_id,
            type_=type_,
            username=username,
            name=name,
            rep=rep,
        )

        rep_creator.additional_properties = d
        return rep_creator

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
