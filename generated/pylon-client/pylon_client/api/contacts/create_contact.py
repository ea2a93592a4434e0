from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_create import ContactCreate
from ...models.contact_response import ContactResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ContactCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: ContactCreate,
) -> Response[ContactResponse | Error]:
    """Create a new contact

     Creates a contact. Only `name` is required.

    Rate limit: 60 requests per minute.

    Args:
        body (ContactCreate): The body of a create. `account_id` and `account_external_id` cannot
            be sent together. Decision: `custom_fields` and `external_ids` are not in the seed; they
            come from Pylon's official description (`CreateContactRequestBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | Error]
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
    body: ContactCreate,
) -> ContactResponse | Error | None:
    """Create a new contact

     Creates a contact. Only `name` is required.

    Rate limit: 60 requests per minute.

    Args:
        body (ContactCreate): The body of a create. `account_id` and `account_external_id` cannot
            be sent together. Decision: `custom_fields` and `external_ids` are not in the seed; they
            come from Pylon's official description (`CreateContactRequestBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactCreate,
) -> Response[ContactResponse | Error]:
    """Create a new contact

     Creates a contact. Only `name` is required.

    Rate limit: 60 requests per minute.

    Args:
        body (ContactCreate): The body of a create. `account_id` and `account_external_id` cannot
            be sent together. Decision: `custom_fields` and `external_ids` are not in the seed; they
            come from Pylon's official description (`CreateContactRequestBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContactCreate,
) -> ContactResponse | Error | None:
    """Create a new contact

     Creates a contact. Only `name` is required.

    Rate limit: 60 requests per minute.

    Args:
        body (ContactCreate): The body of a create. `account_id` and `account_external_id` cannot
            be sent together. Decision: `custom_fields` and `external_ids` are not in the seed; they
            come from Pylon's official description (`CreateContactRequestBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
