from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.custom_field import CustomField
    from ..models.document import Document


T = TypeVar("T", bound="Opportunity")


@_attrs_define
class Opportunity:
    """A sales opportunity."""

    id: int
    """ The id of the object. """
    name: str
    """ The name of the Opportunity. """
    probability: float
    """ The chance the opportunity will close, as a percentage. """
    stage: int
    """ The id of the current stage of the opportunity (see `/v1/categories/opportunity_stages`). Decision: the seed
    types it as a number and describes it as "a string representing the current stage"; its examples send a number,
    and the spec follows them. """
    amounts: list[Amount]
    """ The amounts associated with the opportunity. """
    target_close: str
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    creator: int | Unset = UNSET
    """ The id of the user who created the object. """
    created_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    updated_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    description: str | Unset = UNSET
    """ A short explanation of the opportunity. """
    manager: int | Unset = UNSET
    """ The id of the user who is designated as manager of this opportunity. """
    linked_to: list[Document] | Unset = UNSET
    """ The Contact that is linked to this Opportunity. Only the first contact specified will be used. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the opportunity, e.g. `Everyone`. """
    custom_fields: list[CustomField] | Unset = UNSET
    """ The custom fields of this opportunity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        probability = self.probability

        stage = self.stage

        amounts = []
        for amounts_item_data in self.amounts:
            amounts_item = amounts_item_data.to_dict()
            amounts.append(amounts_item)

        target_close = self.target_close

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        description = self.description

        manager = self.manager

        linked_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = []
            for linked_to_item_data in self.linked_to:
                linked_to_item = linked_to_item_data.to_dict()
                linked_to.append(linked_to_item)

        visible_to = self.visible_to

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "probability": probability,
                "stage": stage,
                "amounts": amounts,
                "target_close": target_close,
            }
        )
        if creator is not UNSET:
            field_dict["creator"] = creator
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description
        if manager is not UNSET:
            field_dict["manager"] = manager
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        probability = d.pop("probability")

        stage = d.pop("stage")

        amounts = []
        _amounts = d.pop("amounts")
        for amounts_item_data in _amounts:
            amounts_item = Amount.from_dict(amounts_item_data)

            amounts.append(amounts_item)

        target_close = d.pop("target_close")

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        description = d.pop("description", UNSET)

        manager = d.pop("manager", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: list[Document] | Unset = UNSET
        if _linked_to is not UNSET:
            linked_to = []
            for linked_to_item_data in _linked_to:
                linked_to_item = Document.from_dict(linked_to_item_data)

                linked_to.append(linked_to_item)

        visible_to = d.pop("visible_to", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        opportunity = cls(
            id=id,
            name=name,
            probability=probability,
            stage=stage,
            amounts=amounts,
            target_close=target_close,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            manager=manager,
            linked_to=linked_to,
            visible_to=visible_to,
            custom_fields=custom_fields,
        )

        opportunity.additional_properties = d
        return opportunity

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
