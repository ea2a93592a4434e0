from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error envelope of every unsuccessful response: `success` set to false and `errors` describing the error.
    Decision: the seed does not give the shape of `errors`, so the spec accepts a message, a list of messages, or an
    object (for example messages per attribute). Decision: wealthbox-cli@2.5.0:wealthbox_tools/client/base.py
    (`_request`) reads the message from a key `error` and falls back to the whole body; that is no statement about the
    envelope, and the seed's `errors` decides.

    """

    success: bool
    """ Always false for an unsuccessful request. """
    errors: ErrorDetails | list[str] | str
    """ A description of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        success = self.success

        errors: dict[str, Any] | list[str] | str
        if isinstance(self.errors, list):
            errors = self.errors

        elif isinstance(self.errors, ErrorDetails):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        def _parse_errors(data: object) -> ErrorDetails | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_1 = cast(list[str], data)

                return errors_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_2 = ErrorDetails.from_dict(data)

                return errors_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDetails | list[str] | str, data)

        errors = _parse_errors(d.pop("errors"))

        error = cls(
            success=success,
            errors=errors,
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
