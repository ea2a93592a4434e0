from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_contact_create import ClientContactCreate
from ...models.client_contact_response import ClientContactResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ClientContactCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client-contact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientContactResponse | Error | None:
    if response.status_code == 201:
        response_201 = ClientContactResponse.from_dict(response.json())

        return response_201

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
) -> Response[ClientContactResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientContactCreate,
) -> Response[ClientContactResponse | Error]:
    """Create a client contact

     Create a new client contact. Decision: POST, answered with 201 (the scrape lost the method and the
    status code; 201 is the usual answer to a POST that creates a record).

    Args:
        body (ClientContactCreate): The body of the create operation. Only `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientContactResponse | Error]
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
    body: ClientContactCreate,
) -> ClientContactResponse | Error | None:
    """Create a client contact

     Create a new client contact. Decision: POST, answered with 201 (the scrape lost the method and the
    status code; 201 is the usual answer to a POST that creates a record).

    Args:
        body (ClientContactCreate): The body of the create operation. Only `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientContactResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientContactCreate,
) -> Response[ClientContactResponse | Error]:
    """Create a client contact

     Create a new client contact. Decision: POST, answered with 201 (the scrape lost the method and the
    status code; 201 is the usual answer to a POST that creates a record).

    Args:
        body (ClientContactCreate): The body of the create operation. Only `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientContactResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClientContactCreate,
) -> ClientContactResponse | Error | None:
    """Create a client contact

     Create a new client contact. Decision: POST, answered with 201 (the scrape lost the method and the
    status code; 201 is the usual answer to a POST that creates a record).

    Args:
        body (ClientContactCreate): The body of the create operation. Only `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientContactResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
