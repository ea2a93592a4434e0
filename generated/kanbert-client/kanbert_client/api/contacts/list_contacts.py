from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = 30,
    pagecursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort"] = sort

    params["include"] = include

    params["page[size]"] = pagesize

    params["page[cursor]"] = pagecursor

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactList | Error | ValidationError | None:
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

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactList | Error | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = 30,
    pagecursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[ContactList | Error | ValidationError]:
    """List contacts

     Returns one page of contacts, paged by cursor: pass `meta.next_cursor` of a page as
    `page[cursor]` to get the next one; it is `null` on the last page.

    Args:
        sort (str | Unset):
        include (str | Unset):
        pagesize (int | Unset):  Default: 30.
        pagecursor (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        sort=sort,
        include=include,
        pagesize=pagesize,
        pagecursor=pagecursor,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = 30,
    pagecursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> ContactList | Error | ValidationError | None:
    """List contacts

     Returns one page of contacts, paged by cursor: pass `meta.next_cursor` of a page as
    `page[cursor]` to get the next one; it is `null` on the last page.

    Args:
        sort (str | Unset):
        include (str | Unset):
        pagesize (int | Unset):  Default: 30.
        pagecursor (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error | ValidationError
    """

    return sync_detailed(
        client=client,
        sort=sort,
        include=include,
        pagesize=pagesize,
        pagecursor=pagecursor,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = 30,
    pagecursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[ContactList | Error | ValidationError]:
    """List contacts

     Returns one page of contacts, paged by cursor: pass `meta.next_cursor` of a page as
    `page[cursor]` to get the next one; it is `null` on the last page.

    Args:
        sort (str | Unset):
        include (str | Unset):
        pagesize (int | Unset):  Default: 30.
        pagecursor (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        sort=sort,
        include=include,
        pagesize=pagesize,
        pagecursor=pagecursor,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = 30,
    pagecursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> ContactList | Error | ValidationError | None:
    """List contacts

     Returns one page of contacts, paged by cursor: pass `meta.next_cursor` of a page as
    `page[cursor]` to get the next one; it is `null` on the last page.

    Args:
        sort (str | Unset):
        include (str | Unset):
        pagesize (int | Unset):  Default: 30.
        pagecursor (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            sort=sort,
            include=include,
            pagesize=pagesize,
            pagecursor=pagecursor,
            filter_=filter_,
        )
    ).parsed
