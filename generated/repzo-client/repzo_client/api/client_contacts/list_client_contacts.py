from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_contact_list import ClientContactList
from ...models.error import Error
from ...models.sort_by import SortBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = UNSET,
    field_id: list[str] | str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: list[str] | str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: list[SortBy] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    json_field_id: list[str] | str | Unset
    if isinstance(field_id, Unset):
        json_field_id = UNSET
    elif isinstance(field_id, list):
        json_field_id = field_id

    else:
        json_field_id = field_id
    params["_id"] = json_field_id

    params["search"] = search

    json_name: list[str] | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    elif isinstance(name, list):
        json_name = name

    else:
        json_name = name
    params["name"] = json_name

    params["from_updatedAt"] = from_updated_at

    params["to_updatedAt"] = to_updated_at

    params["from__id"] = from_id

    params["to__id"] = to_id

    json_sort_by: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = []
        for sort_by_item_data in sort_by:
            sort_by_item = sort_by_item_data.to_dict()
            json_sort_by.append(sort_by_item)

    params["sortBy"] = json_sort_by

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
    field_id: list[str] | str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: list[str] | str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: list[SortBy] | Unset = UNSET,
) -> Response[ClientContactList | Error]:
    """List client contacts

     Retrieve a list of all client contacts with optional filtering and pagination. Decision: GET,
    answered with 200 (the scrape lost the method and the status code).

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):
        field_id (list[str] | str | Unset):
        search (str | Unset):
        name (list[str] | str | Unset):
        from_updated_at (int | Unset):
        to_updated_at (int | Unset):
        from_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        to_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        sort_by (list[SortBy] | Unset):

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
    field_id: list[str] | str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: list[str] | str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: list[SortBy] | Unset = UNSET,
) -> ClientContactList | Error | None:
    """List client contacts

     Retrieve a list of all client contacts with optional filtering and pagination. Decision: GET,
    answered with 200 (the scrape lost the method and the status code).

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):
        field_id (list[str] | str | Unset):
        search (str | Unset):
        name (list[str] | str | Unset):
        from_updated_at (int | Unset):
        to_updated_at (int | Unset):
        from_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        to_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        sort_by (list[SortBy] | Unset):

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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = UNSET,
    field_id: list[str] | str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: list[str] | str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: list[SortBy] | Unset = UNSET,
) -> Response[ClientContactList | Error]:
    """List client contacts

     Retrieve a list of all client contacts with optional filtering and pagination. Decision: GET,
    answered with 200 (the scrape lost the method and the status code).

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):
        field_id (list[str] | str | Unset):
        search (str | Unset):
        name (list[str] | str | Unset):
        from_updated_at (int | Unset):
        to_updated_at (int | Unset):
        from_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        to_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        sort_by (list[SortBy] | Unset):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = UNSET,
    field_id: list[str] | str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: list[str] | str | Unset = UNSET,
    from_updated_at: int | Unset = UNSET,
    to_updated_at: int | Unset = UNSET,
    from_id: str | Unset = UNSET,
    to_id: str | Unset = UNSET,
    sort_by: list[SortBy] | Unset = UNSET,
) -> ClientContactList | Error | None:
    """List client contacts

     Retrieve a list of all client contacts with optional filtering and pagination. Decision: GET,
    answered with 200 (the scrape lost the method and the status code).

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):
        field_id (list[str] | str | Unset):
        search (str | Unset):
        name (list[str] | str | Unset):
        from_updated_at (int | Unset):
        to_updated_at (int | Unset):
        from_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        to_id (str | Unset): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.
        sort_by (list[SortBy] | Unset):

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
        )
    ).parsed
