from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_contact_list import ClientContactList
from ...models.error import Error
from ...models.list_client_contacts_sort_page_order import ListClientContactsSortPageOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_page_order: ListClientContactsSortPageOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params["_id"] = field_id

    params["search"] = search

    params["name"] = name

    params["from_updatedAt"] = from_updated_at

    params["to_updatedAt"] = to_updated_at

    params["from__id"] = from_id

    params["to__id"] = to_id

    params["sortBy"] = sort_by

    json_sort_page_order: str | Unset = UNSET
    if not isinstance(sort_page_order, Unset):
        json_sort_page_order = sort_page_order.value

    params["sortPageOrder"] = json_sort_page_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client-contact",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientContactList | Error | None:
    if response.status_code == 200:
        response_200 = ClientContactList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientContactList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_page_order: ListClientContactsSortPageOrder | Unset = UNSET,
) -> Response[ClientContactList | Error]:
    """List client contacts

     Retrieve a list of all client contacts with optional filtering and pagination. Decision: GET,
    answered with 200 (the scrape lost both; repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):
        field_id (str | Unset):
        search (str | Unset):
        name (str | Unset):
        from_updated_at (int | Unset):
        to_updated_at (int | Unset):
        from_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        to_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        sort_by (str | Unset):
        sort_page_order (ListClientContactsSortPageOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientContactList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        field_id=field_id,
        search=search,
        name=name,
        from_updated_at=from_updated_at,
        to_updated_at=to_updated_at,
        from_id=from_id,
        to_id=to_id,
        sort_by=sort_by,
        sort_page_order=sort_page_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_page_order: ListClientContactsSortPageOrder | Unset = UNSET,
) -> ClientContactList | Error | None:
    """List client contacts

     Retrieve a list of all client contacts with optional filtering and pagination. Decision: GET,
    answered with 200 (the scrape lost both; repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):
        field_id (str | Unset):
        search (str | Unset):
        name (str | Unset):
        from_updated_at (int | Unset):
        to_updated_at (int | Unset):
        from_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        to_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        sort_by (str | Unset):
        sort_page_order (ListClientContactsSortPageOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientContactList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        sort=sort,
        field_id=field_id,
        search=search,
        name=name,
        from_updated_at=from_updated_at,
        to_updated_at=to_updated_at,
        from_id=from_id,
        to_id=to_id,
        sort_by=sort_by,
        sort_page_order=sort_page_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_page_order: ListClientContactsSortPageOrder | Unset = UNSET,
) -> Response[ClientContactList | Error]:
    """List client contacts

     Retrieve a list of all client contacts with optional filtering and pagination. Decision: GET,
    answered with 200 (the scrape lost both; repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):
        field_id (str | Unset):
        search (str | Unset):
        name (str | Unset):
        from_updated_at (int | Unset):
        to_updated_at (int | Unset):
        from_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        to_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        sort_by (str | Unset):
        sort_page_order (ListClientContactsSortPageOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientContactList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        field_id=field_id,
        search=search,
        name=name,
        from_updated_at=from_updated_at,
        to_updated_at=to_updated_at,
        from_id=from_id,
        to_id=to_id,
        sort_by=sort_by,
        sort_page_order=sort_page_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_page_order: ListClientContactsSortPageOrder | Unset = UNSET,
) -> ClientContactList | Error | None:
    """List client contacts

     Retrieve a list of all client contacts with optional filtering and pagination. Decision: GET,
    answered with 200 (the scrape lost both; repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):
        field_id (str | Unset):
        search (str | Unset):
        name (str | Unset):
        from_updated_at (int | Unset):
        to_updated_at (int | Unset):
        from_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        to_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        sort_by (str | Unset):
        sort_page_order (ListClientContactsSortPageOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientContactList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            sort=sort,
            field_id=field_id,
            search=search,
            name=name,
            from_updated_at=from_updated_at,
            to_updated_at=to_updated_at,
            from_id=from_id,
            to_id=to_id,
            sort_by=sort_by,
            sort_page_order=sort_page_order,
        )
    ).parsed
