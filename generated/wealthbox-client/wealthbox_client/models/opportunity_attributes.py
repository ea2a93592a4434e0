from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.document import Document


T = TypeVar("T", bound="OpportunityAttributes")


@_attrs_define
class OpportunityAttributes:
    """The attributes of an opportunity that are read and written in the same shape (`target_close` is read in the
    Wealthbox form and written in either form, so `Opportunity` and `OpportunityWriteFields` each declare it).

    """

    name: str | Unset = UNSET
    """ The name of the Opportunity. """
    description: str | Unset = UNSET
    """ A short explanation of the opportunity. """
    probability: float | Unset = UNSET
    """ The chance the opportunity will close, as a percentage. """
    stage: int | Unset = UNSET
    """ The id of the current stage of the opportunity (see `/v1/categories/opportunity_stages`). Decision: the seed
    types it as a number and describes it as "a string representing the current stage"; its examples send a number,
    and the spec follows them. """
    manager: int | Unset = UNSET
    """ The id of the user who is designated as manager of this opportunity. """
    amounts: list[Amount] | Unset = UNSET
    """ The amounts associated with the opportunity. """
    linked_to: list[Document] | Unset = UNSET
    """ The Contact that is linked to this Opportunity. Only the first contact specified will be used. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the opportunity, e.g. `Everyone`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        probability = self.probability

        stage = self.stage

        manager = self.manager

        amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amounts, Unset):
            amounts = []
            for amounts_item_data in self.amounts:
                amounts_item = amounts_item_data.to_dict()
                amounts.append(amounts_item)

        linked_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = []
            for linked_to_item_data in self.linked_to:
                linked_to_item = linked_to_item_data.to_dict()
                linked_to.append(linked_to_item)

        visible_to = self.visible_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if probability is not UNSET:
            field_dict["probability"] = probability
        if stage is not UNSET:
            field_dict["stage"] = stage
        if manager is not UNSET:
            field_dict["manager"] = manager
        if amounts is not UNSET:
            field_dict["amounts"] = amounts
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        probability = d.pop("probability", UNSET)

        stage = d.pop("stage", UNSET)

        manager = d.pop("manager", UNSET)

        _amounts = d.pop("amounts", UNSET)
        amounts: list[Amount] | Unset = UNSET
        if _amounts is not UNSET:
            amounts = []
            for amounts_item_data in _amounts:
                amounts_item = Amount.from_dict(amounts_item_data)

                amounts.append(amounts_item)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: list[Document] | Unset = UNSET
        if _linked_to is not UNSET:
            linked_to = []
            for linked_to_item_data in _linked_to:
                linked_to_item = Document.from_dict(linked_to_item_data)

                linked_to.append(linked_to_item)

        visible_to = d.pop("visible_to", UNSET)

        opportunity_attributes = cls(
            name=name,
            description=description,
            probability=probability,
            stage=stage,
            manager=manager,
            amounts=amounts,
            linked_to=linked_to,
            visible_to=visible_to,
        )

        opportunity_attributes.additional_properties = d
        return opportunity_attributes

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
