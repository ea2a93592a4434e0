from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_kind import ContactKind
from ...models.contact_kind_filter import ContactKindFilter
from ...models.contact_list import ContactList
from ...models.contact_order import ContactOrder
from ...models.error import Error
from ...models.household_title import HouseholdTitle
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    contact_type: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    type_: ContactKind | ContactKindFilter | Unset = UNSET,
    name: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    household_title: HouseholdTitle | Unset = UNSET,
    order: ContactOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    deleted: bool | Unset = UNSET,
    external_unique_id: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    deleted_since: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["contactType"] = contact_type

    params["email"] = email

    params["phone"] = phone

    json_type_: str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, ContactKindFilter):
        json_type_ = type_.value
    else:
        json_type_ = type_.value

    params["type"] = json_type_

    params["name"] = name

    params["active"] = active

    json_household_title: str | Unset = UNSET
    if not isinstance(household_title, Unset):
        json_household_title = household_title.value

    params["householdTitle"] = json_household_title

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags[]"] = json_tags

    params["deleted"] = deleted

    params["external_unique_id"] = external_unique_id

    json_updated_since: str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    json_updated_before: str | Unset
    if isinstance(updated_before, Unset):
        json_updated_before = UNSET
    else:
        json_updated_before = updated_before
    params["updated_before"] = json_updated_before

    json_deleted_since: str | Unset
    if isinstance(deleted_since, Unset):
        json_deleted_since = UNSET
    else:
        json_deleted_since = deleted_since
    params["deleted_since"] = json_deleted_since

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactList | Error | None:
    if response.status_code == 200:
        response_200 = ContactList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    contact_type: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    type_: ContactKind | ContactKindFilter | Unset = UNSET,
    name: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    household_title: HouseholdTitle | Unset = UNSET,
    order: ContactOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    deleted: bool | Unset = UNSET,
    external_unique_id: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    deleted_since: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[ContactList | Error]:
    """Retrieve all contacts

     Lists the contacts of the account. The filters below can be used individually or in any combination.

    Args:
        id (int | Unset):
        contact_type (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        type_ (ContactKind | ContactKindFilter | Unset):
        name (str | Unset):
        active (bool | Unset):
        household_title (HouseholdTitle | Unset): The title a contact holds within its household.
            Decision: the scrape glued the choices together (without spaces in the `householdTitle`
            filter); the spec reads "Other Dependent" as one value, since both lists of the seed, in
            different orders, keep "Other" and "Dependent" together.
        order (ContactOrder | Unset): The order that the contacts should be returned in.
        tags (list[str] | Unset):
        deleted (bool | Unset):
        external_unique_id (str | Unset):
        updated_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        updated_before (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        deleted_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        contact_type=contact_type,
        email=email,
        phone=phone,
        type_=type_,
        name=name,
        active=active,
        household_title=household_title,
        order=order,
        tags=tags,
        deleted=deleted,
        external_unique_id=external_unique_id,
        updated_since=updated_since,
        updated_before=updated_before,
        deleted_since=deleted_since,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    contact_type: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    type_: ContactKind | ContactKindFilter | Unset = UNSET,
    name: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    household_title: HouseholdTitle | Unset = UNSET,
    order: ContactOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    deleted: bool | Unset = UNSET,
    external_unique_id: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    deleted_since: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> ContactList | Error | None:
    """Retrieve all contacts

     Lists the contacts of the account. The filters below can be used individually or in any combination.

    Args:
        id (int | Unset):
        contact_type (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        type_ (ContactKind | ContactKindFilter | Unset):
        name (str | Unset):
        active (bool | Unset):
        household_title (HouseholdTitle | Unset): The title a contact holds within its household.
            Decision: the scrape glued the choices together (without spaces in the `householdTitle`
            filter); the spec reads "Other Dependent" as one value, since both lists of the seed, in
            different orders, keep "Other" and "Dependent" together.
        order (ContactOrder | Unset): The order that the contacts should be returned in.
        tags (list[str] | Unset):
        deleted (bool | Unset):
        external_unique_id (str | Unset):
        updated_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        updated_before (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        deleted_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return sync_detailed(
        client=client,
        id=id,
        contact_type=contact_type,
        email=email,
        phone=phone,
        type_=type_,
        name=name,
        active=active,
        household_title=household_title,
        order=order,
        tags=tags,
        deleted=deleted,
        external_unique_id=external_unique_id,
        updated_since=updated_since,
        updated_before=updated_before,
        deleted_since=deleted_since,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    contact_type: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    type_: ContactKind | ContactKindFilter | Unset = UNSET,
    name: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    household_title: HouseholdTitle | Unset = UNSET,
    order: ContactOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    deleted: bool | Unset = UNSET,
    external_unique_id: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    deleted_since: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[ContactList | Error]:
    """Retrieve all contacts

     Lists the contacts of the account. The filters below can be used individually or in any combination.

    Args:
        id (int | Unset):
        contact_type (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        type_ (ContactKind | ContactKindFilter | Unset):
        name (str | Unset):
        active (bool | Unset):
        household_title (HouseholdTitle | Unset): The title a contact holds within its household.
            Decision: the scrape glued the choices together (without spaces in the `householdTitle`
            filter); the spec reads "Other Dependent" as one value, since both lists of the seed, in
            different orders, keep "Other" and "Dependent" together.
        order (ContactOrder | Unset): The order that the contacts should be returned in.
        tags (list[str] | Unset):
        deleted (bool | Unset):
        external_unique_id (str | Unset):
        updated_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        updated_before (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        deleted_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        contact_type=contact_type,
        email=email,
        phone=phone,
        type_=type_,
        name=name,
        active=active,
        household_title=household_title,
        order=order,
        tags=tags,
        deleted=deleted,
        external_unique_id=external_unique_id,
        updated_since=updated_since,
        updated_before=updated_before,
        deleted_since=deleted_since,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    contact_type: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    type_: ContactKind | ContactKindFilter | Unset = UNSET,
    name: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    household_title: HouseholdTitle | Unset = UNSET,
    order: ContactOrder | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    deleted: bool | Unset = UNSET,
    external_unique_id: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    deleted_since: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> ContactList | Error | None:
    """Retrieve all contacts

     Lists the contacts of the account. The filters below can be used individually or in any combination.

    Args:
        id (int | Unset):
        contact_type (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        type_ (ContactKind | ContactKindFilter | Unset):
        name (str | Unset):
        active (bool | Unset):
        household_title (HouseholdTitle | Unset): The title a contact holds within its household.
            Decision: the scrape glued the choices together (without spaces in the `householdTitle`
            filter); the spec reads "Other Dependent" as one value, since both lists of the seed, in
            different orders, keep "Other" and "Dependent" together.
        order (ContactOrder | Unset): The order that the contacts should be returned in.
        tags (list[str] | Unset):
        deleted (bool | Unset):
        external_unique_id (str | Unset):
        updated_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        updated_before (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        deleted_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            contact_type=contact_type,
            email=email,
            phone=phone,
            type_=type_,
            name=name,
            active=active,
            household_title=household_title,
            order=order,
            tags=tags,
            deleted=deleted,
            external_unique_id=external_unique_id,
            updated_since=updated_since,
            updated_before=updated_before,
            deleted_since=deleted_since,
            page=page,
            per_page=per_page,
        )
    ).parsed
