from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_creator import AdminCreator
    from ..models.client_creator import ClientCreator
    from ..models.integration_meta import IntegrationMeta
    from ..models.rep_creator import RepCreator


T = TypeVar("T", bound="ClientContactUpdate")


@_attrs_define
class ClientContactUpdate:
    """The body of the update operation: every attribute optional, plus the read-only attributes the seed lists "for
    internal use" (`_id`, `createdAt`, `updatedAt`, `__v`), which a client may send back unchanged.

    """

    name: str | Unset = UNSET
    """ Contact name. """
    creator: AdminCreator | ClientCreator | RepCreator | Unset = UNSET
    """ The user who created or last edited a record: an admin, a rep or a client, told apart by `type`. Decision:
    the seed names the three shapes (AdminCreator, RepCreator, ClientCreator) but documents only an admin example;
    the three share its keys and differ in the value of `type`. Decision: only `_id` and `type` are required: the
    SDK requires just those (repzo@1.0.254:src/types/index.ts, `AdminCreator`, `RepCreator`, `ClientCreator`), while
    the vendor's description of this page also requires `username` and `name` (repzo@1.0.254:docs/generated/client-
    contact-bundled.yaml); a creator the SDK sends without them is accepted and read back. """
    editor: AdminCreator | ClientCreator | RepCreator | Unset = UNSET
    """ The user who created or last edited a record: an admin, a rep or a client, told apart by `type`. Decision:
    the seed names the three shapes (AdminCreator, RepCreator, ClientCreator) but documents only an admin example;
    the three share its keys and differ in the value of `type`. Decision: only `_id` and `type` are required: the
    SDK requires just those (repzo@1.0.254:src/types/index.ts, `AdminCreator`, `RepCreator`, `ClientCreator`), while
    the vendor's description of this page also requires `username` and `name` (repzo@1.0.254:docs/generated/client-
    contact-bundled.yaml); a creator the SDK sends without them is accepted and read back. """
    local_name: str | Unset = UNSET
    """ Local/translated name. """
    phone1: str | Unset = UNSET
    """ Primary phone number. """
    phone2: str | Unset = UNSET
    """ Secondary phone number. """
    email: str | Unset = UNSET
    """ Email address. """
    title: str | Unset = UNSET
    """ Job title or position. """
    extra_info: str | Unset = UNSET
    """ Additional information about the contact. """
    disabled: bool | Unset = UNSET
    """ Whether the contact is disabled. """
    media: list[str] | Unset = UNSET
    """ Array of media file URLs. """
    cover_photo: str | Unset = UNSET
    """ Cover photo URL. """
    integration_meta: IntegrationMeta | Unset = UNSET
    """ Metadata for third-party integrations: free-form keys (the examples show `external_id` and `sync_status`).
    """
    company_namespace: list[str] | Unset = UNSET
    """ Company namespaces this contact belongs to. """
    field_id: str | Unset = UNSET
    """ A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation timestamp (for internal use). """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last update timestamp (for internal use). """
    field_v: int | Unset = UNSET
    """ Version key (for internal use). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.admin_creator import AdminCreator  # noqa: PLC0415
        from ..models.rep_creator import RepCreator  # noqa: PLC0415

        name = self.name

        creator: dict[str, Any] | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, AdminCreator):
            creator = self.creator.to_dict()
        elif isinstance(self.creator, RepCreator):
            creator = self.creator.to_dict()
        else:
            creator = self.creator.to_dict()

        editor: dict[str, Any] | Unset
        if isinstance(self.editor, Unset):
            editor = UNSET
        elif isinstance(self.editor, AdminCreator):
            editor = self.editor.to_dict()
        elif isinstance(self.editor, RepCreator):
            editor = self.editor.to_dict()
        else:
            editor = self.editor.to_dict()

        local_name = self.local_name

        phone1 = self.phone1

        phone2 = self.phone2

        email = self.email

        title = self.title

        extra_info = self.extra_info

        disabled = self.disabled

        media: list[str] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media

        cover_photo = self.cover_photo

        integration_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_meta, Unset):
            integration_meta = self.integration_meta.to_dict()

        company_namespace: list[str] | Unset = UNSET
        if not isinstance(self.company_namespace, Unset):
            company_namespace = self.company_namespace

        field_id = self.field_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_v = self.field_v

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if creator is not UNSET:
            field_dict["creator"] = creator
        if editor is not UNSET:
            field_dict["editor"] = editor
        if local_name is not UNSET:
            field_dict["local_name"] = local_name
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if email is not UNSET:
            field_dict["email"] = email
        if title is not UNSET:
            field_dict["title"] = title
        if extra_info is not UNSET:
            field_dict["extra_info"] = extra_info
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if media is not UNSET:
            field_dict["media"] = media
        if cover_photo is not UNSET:
            field_dict["cover_photo"] = cover_photo
        if integration_meta is not UNSET:
            field_dict["integration_meta"] = integration_meta
        if company_namespace is not UNSET:
            field_dict["company_namespace"] = company_namespace
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if field_v is not UNSET:
            field_dict["__v"] = field_v

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_creator import AdminCreator  # noqa: PLC0415
        from ..models.client_creator import ClientCreator  # noqa: PLC0415
        from ..models.integration_meta import IntegrationMeta  # noqa: PLC0415
        from ..models.rep_creator import RepCreator  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_creator(data: object) -> AdminCreator | ClientCreator | RepCreator | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_creator_type_0 = AdminCreator.from_dict(data)

                return componentsschemas_creator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_creator_type_1 = RepCreator.from_dict(data)

                return componentsschemas_creator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_creator_type_2 = ClientCreator.from_dict(data)

            return componentsschemas_creator_type_2

        creator = _parse_creator(d.pop("creator", UNSET))

        def _parse_editor(data: object) -> AdminCreator | ClientCreator | RepCreator | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_creator_type_0 = AdminCreator.from_dict(data)

                return componentsschemas_creator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_creator_type_1 = RepCreator.from_dict(data)

                return componentsschemas_creator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_creator_type_2 = ClientCreator.from_dict(data)

            return componentsschemas_creator_type_2

        editor = _parse_editor(d.pop("editor", UNSET))

        local_name = d.pop("local_name", UNSET)

        phone1 = d.pop("phone1", UNSET)

        phone2 = d.pop("phone2", UNSET)

        email = d.pop("email", UNSET)

        title = d.pop("title", UNSET)

        extra_info = d.pop("extra_info", UNSET)

        disabled = d.pop("disabled", UNSET)

        media = cast(list[str], d.pop("media", UNSET))

        cover_photo = d.pop("cover_photo", UNSET)

        _integration_meta = d.pop("integration_meta", UNSET)
        integration_meta: IntegrationMeta | Unset
        if isinstance(_integration_meta, Unset):
            integration_meta = UNSET
        else:
            integration_meta = IntegrationMeta.from_dict(_integration_meta)

        company_namespace = cast(list[str], d.pop("company_namespace", UNSET))

        field_id = d.pop("_id", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        field_v = d.pop("__v", UNSET)

        client_contact_update = cls(
            name=name,
            creator=creator,
            editor=editor,
            local_name=local_name,
            phone1=phone1,
            phone2=phone2,
            email=email,
            title=title,
            extra_info=extra_info,
            disabled=disabled,
            media=media,
            cover_photo=cover_photo,
            integration_meta=integration_meta,
            company_namespace=company_namespace,
            field_id=field_id,
            created_at=created_at,
            updated_at=updated_at,
            field_v=field_v,
        )

        client_contact_update.additional_properties = d
        return client_contact_update

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
