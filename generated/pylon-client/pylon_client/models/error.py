from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Pylon's error envelope (from Pylon's official description; the seed documents no errors)."""

    errors: list[str] | Unset = UNSET
    """ What went wrong, as messages. """
    code: str | Unset = UNSET
    """ A stable machine-readable identifier of the failure (e.g. `not_found`, `invalid_request_body`,
    `rate_limited`, `duplicate_object`), when it has one. Decision: not in the seed or the official description;
    from Pylon's SDK (usepylon@0.1.0a4:usepylon/types/error_api_response_body.py), whose list of values is not
    exhaustive, so there is no enum; every known value is a snake_case word, which the pattern states. """
    exists_id: str | Unset = UNSET
    """ On a duplicate-object error, the ID of the object that already exists. """
    request_id: str | Unset = UNSET
    """ The ID of this request, for Pylon support. Decision: Pylon's SDK requires it on every body
    (usepylon@0.1.0a4:usepylon/types/get_contact_response_body.py and the other `*_response_body.py`); the official
    description does not, so the spec leaves it optional (required only where every source requires it) and the mock
    always sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        code = self.code

        exists_id = self.exists_id

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if code is not UNSET:
            field_dict["code"] = code
        if exists_id is not UNSET:
            field_dict["exists_id"] = exists_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        errors = cast(list[str], d.pop("errors", UNSET))

        code = d.pop("code", UNSET)

        exists_id = d.pop("exists_id", UNSET)

        request_id = d.pop("request_id", UNSET)

        error = cls(
            errors=errors,
            code=code,
            exists_id=exists_id,
            request_id=request_id,
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
