from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_response import ContactResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactResponse | Error | None:
    if response.status_code == 200:
        response_200 = ContactResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ContactResponse | Error]:
    """Get a contact by its ID

     Returns one contact, addressed by its ID or by one of its external IDs.

    Rate limit: 60 requests per minute.

    Decision: the seed and Pylon's official description both declare `cursor` and `limit`
    (the latter even as required, with a default of 100 and "the number of accounts to
    fetch") on this operation. A single-object read does not page; FACTS.md records the
    parameters as belonging to `GET /contacts`, and Pylon's SDK sends neither to this
    operation (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `get`), so they are declared
    there and not here.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> ContactResponse | Error | None:
    """Get a contact by its ID

     Returns one contact, addressed by its ID or by one of its external IDs.

    Rate limit: 60 requests per minute.

    Decision: the seed and Pylon's official description both declare `cursor` and `limit`
    (the latter even as required, with a default of 100 and "the number of accounts to
    fetch") on this operation. A single-object read does not page; FACTS.md records the
    parameters as belonging to `GET /contacts`, and Pylon's SDK sends neither to this
    operation (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `get`), so they are declared
    there and not here.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ContactResponse | Error]:
    """Get a contact by its ID

     Returns one contact, addressed by its ID or by one of its external IDs.

    Rate limit: 60 requests per minute.

    Decision: the seed and Pylon's official description both declare `cursor` and `limit`
    (the latter even as required, with a default of 100 and "the number of accounts to
    fetch") on this operation. A single-object read does not page; FACTS.md records the
    parameters as belonging to `GET /contacts`, and Pylon's SDK sends neither to this
    operation (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `get`), so they are declared
    there and not here.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> ContactResponse | Error | None:
    """Get a contact by its ID

     Returns one contact, addressed by its ID or by one of its external IDs.

    Rate limit: 60 requests per minute.

    Decision: the seed and Pylon's official description both declare `cursor` and `limit`
    (the latter even as required, with a default of 100 and "the number of accounts to
    fetch") on this operation. A single-object read does not page; FACTS.md records the
    parameters as belonging to `GET /contacts`, and Pylon's SDK sends neither to this
    operation (usepylon@0.1.0a4:usepylon/contacts/raw_client.py, `get`), so they are declared
    there and not here.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
