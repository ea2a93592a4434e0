from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error envelope: `success` false and the message in `error`. Decision: the seed documents no error body; the
    vendor's description of this page gives `{success: false, error: "..."}` for 400, 401, 404 and 500
    (repzo@1.0.254:docs/generated/client-contact-bundled.yaml, `components/responses`). No key is required, so a client
    never fails on a body of another shape (some other Repzo services answer with `message`, e.g.
    repzo@1.0.254:docs/generated/asset-part-bundled.yaml; such a key is kept as an additional property).

    """

    success: bool | Unset = UNSET
    """ False for an error. """
    error: str | Unset = UNSET
    """ What went wrong, in words. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        error = d.pop("error", UNSET)

        error = cls(
            success=success,
            error=error,
        )

        error.additional_properties = d
        return error

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
