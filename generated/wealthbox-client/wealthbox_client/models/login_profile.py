from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.account_user import AccountUser


T = TypeVar("T", bound="LoginProfile")


@_attrs_define
class LoginProfile:
    """The login profile of the authenticated user. Decision: the seed's attribute list nests `accounts` and `users` under
    `current_user`; its example puts them at the top level, and the spec follows the example.

    """

    id: int | Unset = UNSET
    """ The id of the user's login profile. """
    name: str | Unset = UNSET
    """ The name associated with the login profile. """
    first_name: str | Unset = UNSET
    """ The first name associated with the login profile. """
    last_name: str | Unset = UNSET
    """ The last name associated with the login profile. """
    email: str | Unset = UNSET
    """ The email associated with the login profile. """
    plan: str | Unset = UNSET
    """ The subscribed plan of the login profile, e.g. `premier`. """
    created_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    updated_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    current_user: AccountUser | Unset = UNSET
    """ A user of an account (workspace). As `current_user` of the login profile it is the user in whose account
    every call made with this token is performed. """
    accounts: list[Account] | Unset = UNSET
    """ The accounts (workspaces) that the login profile has access to. """
    users: list[AccountUser] | Unset = UNSET
    """ The users associated with the login profile. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        plan = self.plan

        created_at = self.created_at

        updated_at = self.updated_at

        current_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_user, Unset):
            current_user = self.current_user.to_dict()

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if plan is not UNSET:
            field_dict["plan"] = plan
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if current_user is not UNSET:
            field_dict["current_user"] = current_user
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.account_user import AccountUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        plan = d.pop("plan", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _current_user = d.pop("current_user", UNSET)
        current_user: AccountUser | Unset
        if isinstance(_current_user, Unset):
            current_user = UNSET
        else:
            current_user = AccountUser.from_dict(_current_user)

        _accounts = d.pop("accounts", UNSET)
        accounts: list[Account] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = Account.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _users = d.pop("users", UNSET)
        users: list[AccountUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = AccountUser.from_dict(users_item_data)

                users.append(users_item)

        login_profile = cls(
            id=id,
            name=name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            plan=plan,
            created_at=created_at,
            updated_at=updated_at,
            current_user=current_user,
            accounts=accounts,
            users=users,
        )

        login_profile.additional_properties = d
        return login_profile

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
