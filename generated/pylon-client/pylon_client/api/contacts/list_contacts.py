from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
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

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

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
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[ContactList | Error]:
    """Get all contacts

     Returns one page of the organization's contacts. Pass `pagination.cursor` from a response
    as `cursor` to get the next page. The last page carries no `pagination`; an empty cursor
    or `has_next_page: false` also ends the listing.

    Rate limit: 60 requests per minute.

    Decision: the seed lists no parameters for this operation and puts `cursor` and `limit` on
    `GET /contacts/{id}` instead, as does Pylon's official description; FACTS.md records this
    as a slip (public clients send both to the list), and Pylon's SDK sends both to this
    operation (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `list`), so they are
    declared here.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> ContactList | Error | None:
    """Get all contacts

     Returns one page of the organization's contacts. Pass `pagination.cursor` from a response
    as `cursor` to get the next page. The last page carries no `pagination`; an empty cursor
    or `has_next_page: false` also ends the listing.

    Rate limit: 60 requests per minute.

    Decision: the seed lists no parameters for this operation and puts `cursor` and `limit` on
    `GET /contacts/{id}` instead, as does Pylon's official description; FACTS.md records this
    as a slip (public clients send both to the list), and Pylon's SDK sends both to this
    operation (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `list`), so they are
    declared here.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[ContactList | Error]:
    """Get all contacts

     Returns one page of the organization's contacts. Pass `pagination.cursor` from a response
    as `cursor` to get the next page. The last page carries no `pagination`; an empty cursor
    or `has_next_page: false` also ends the listing.

    Rate limit: 60 requests per minute.

    Decision: the seed lists no parameters for this operation and puts `cursor` and `limit` on
    `GET /contacts/{id}` instead, as does Pylon's official description; FACTS.md records this
    as a slip (public clients send both to the list), and Pylon's SDK sends both to this
    operation (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `list`), so they are
    declared here.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> ContactList | Error | None:
    """Get all contacts

     Returns one page of the organization's contacts. Pass `pagination.cursor` from a response
    as `cursor` to get the next page. The last page carries no `pagination`; an empty cursor
    or `has_next_page: false` also ends the listing.

    Rate limit: 60 requests per minute.

    Decision: the seed lists no parameters for this operation and puts `cursor` and `limit` on
    `GET /contacts/{id}` instead, as does Pylon's official description; FACTS.md records this
    as a slip (public clients send both to the list), and Pylon's SDK sends both to this
    operation (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `list`), so they are
    declared here.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
