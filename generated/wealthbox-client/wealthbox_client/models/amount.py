from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amount_kind import AmountKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Amount")


@_attrs_define
class Amount:
    """An amount associated with an opportunity."""

    amount: float | Unset = UNSET
    """ The amount in dollars. """
    currency: str | Unset = "$"
    """ The currency the amount was recorded in. """
    kind: AmountKind | Unset = UNSET
    """ The type of amount represented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: AmountKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = AmountKind(_kind)

        amount = cls(
            amount=amount,
            currency=currency,
            kind=kind,
        )

        amount.additional_properties = d
        return amount

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
