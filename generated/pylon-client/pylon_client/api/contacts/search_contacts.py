from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.contact_search import ContactSearch
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ContactSearch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: ContactSearch,
) -> Response[ContactList | Error]:
    """Search for contacts by a given filter

     Returns one page of the contacts that match `filter` and `search_text` (both optional).
    The paging parameters travel in the JSON body: send `pagination.cursor` from a response
    back as the body's `cursor`; the last page carries no `pagination`.

    Filterable fields and their operators:
    - `id`: `equals`, `in`, `not_in`
    - `email`: `equals`, `in`, `not_in`, `string_contains`
    - `name`: `equals`, `in`, `not_in`, `string_contains`
    - `account_id`: `equals`, `in`, `not_in`
    - custom fields: pass the custom field's slug as `field`.

    Decision: `name` is not in the seed's list; Pylon's SDK documents it with these operators
    (usepylon@0.1.0a4:usepylon/contacts/client.py, `search`).

    Filters combine with the compound operators `and` / `or` and their `subfilters`.

    Rate limit: 20 requests per minute.

    Args:
        body (ContactSearch): The body of a search. Decision: the seed lists only `cursor` and
            `limit`; `filter` comes from Pylon's official description (`SearchContactsRequest`, which
            requires it) and the seed's list of filterable fields. Decision: `filter` is optional and
            `search_text` is accepted, as Pylon's SDK sends them
            (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `search`: both optional); a search
            without either matches every contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ContactSearch,
) -> ContactList | Error | None:
    """Search for contacts by a given filter

     Returns one page of the contacts that match `filter` and `search_text` (both optional).
    The paging parameters travel in the JSON body: send `pagination.cursor` from a response
    back as the body's `cursor`; the last page carries no `pagination`.

    Filterable fields and their operators:
    - `id`: `equals`, `in`, `not_in`
    - `email`: `equals`, `in`, `not_in`, `string_contains`
    - `name`: `equals`, `in`, `not_in`, `string_contains`
    - `account_id`: `equals`, `in`, `not_in`
    - custom fields: pass the custom field's slug as `field`.

    Decision: `name` is not in the seed's list; Pylon's SDK documents it with these operators
    (usepylon@0.1.0a4:usepylon/contacts/client.py, `search`).

    Filters combine with the compound operators `and` / `or` and their `subfilters`.

    Rate limit: 20 requests per minute.

    Args:
        body (ContactSearch): The body of a search. Decision: the seed lists only `cursor` and
            `limit`; `filter` comes from Pylon's official description (`SearchContactsRequest`, which
            requires it) and the seed's list of filterable fields. Decision: `filter` is optional and
            `search_text` is accepted, as Pylon's SDK sends them
            (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `search`: both optional); a search
            without either matches every contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactSearch,
) -> Response[ContactList | Error]:
    """Search for contacts by a given filter

     Returns one page of the contacts that match `filter` and `search_text` (both optional).
    The paging parameters travel in the JSON body: send `pagination.cursor` from a response
    back as the body's `cursor`; the last page carries no `pagination`.

    Filterable fields and their operators:
    - `id`: `equals`, `in`, `not_in`
    - `email`: `equals`, `in`, `not_in`, `string_contains`
    - `name`: `equals`, `in`, `not_in`, `string_contains`
    - `account_id`: `equals`, `in`, `not_in`
    - custom fields: pass the custom field's slug as `field`.

    Decision: `name` is not in the seed's list; Pylon's SDK documents it with these operators
    (usepylon@0.1.0a4:usepylon/contacts/client.py, `search`).

    Filters combine with the compound operators `and` / `or` and their `subfilters`.

    Rate limit: 20 requests per minute.

    Args:
        body (ContactSearch): The body of a search. Decision: the seed lists only `cursor` and
            `limit`; `filter` comes from Pylon's official description (`SearchContactsRequest`, which
            requires it) and the seed's list of filterable fields. Decision: `filter` is optional and
            `search_text` is accepted, as Pylon's SDK sends them
            (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `search`: both optional); a search
            without either matches every contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContactSearch,
) -> ContactList | Error | None:
    """Search for contacts by a given filter

     Returns one page of the contacts that match `filter` and `search_text` (both optional).
    The paging parameters travel in the JSON body: send `pagination.cursor` from a response
    back as the body's `cursor`; the last page carries no `pagination`.

    Filterable fields and their operators:
    - `id`: `equals`, `in`, `not_in`
    - `email`: `equals`, `in`, `not_in`, `string_contains`
    - `name`: `equals`, `in`, `not_in`, `string_contains`
    - `account_id`: `equals`, `in`, `not_in`
    - custom fields: pass the custom field's slug as `field`.

    Decision: `name` is not in the seed's list; Pylon's SDK documents it with these operators
    (usepylon@0.1.0a4:usepylon/contacts/client.py, `search`).

    Filters combine with the compound operators `and` / `or` and their `subfilters`.

    Rate limit: 20 requests per minute.

    Args:
        body (ContactSearch): The body of a search. Decision: the seed lists only `cursor` and
            `limit`; `filter` comes from Pylon's official description (`SearchContactsRequest`, which
            requires it) and the seed's list of filterable fields. Decision: `filter` is optional and
            `search_text` is accepted, as Pylon's SDK sends them
            (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `search`: both optional); a search
            without either matches every contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
