from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_response import ContactResponse
from ...models.contact_update import ContactUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ContactUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/contacts/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient,
    body: ContactUpdate,
) -> Response[ContactResponse | Error]:
    """Update an existing contact

     Changes the fields sent in the body and leaves the others as they are.

    Rate limit: 60 requests per minute.

    Args:
        id (str):
        body (ContactUpdate): The body of an update; only the fields sent change. `account_id` and
            `account_external_id` cannot be sent together, nor can `email` and `emails`. Decision:
            `phone_numbers`, `primary_phone_number`, `emails`, `custom_fields` and `external_ids` are
            not in the seed's update body; they come from Pylon's official description
            (`UpdateContactRequestBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ContactUpdate,
) -> ContactResponse | Error | None:
    """Update an existing contact

     Changes the fields sent in the body and leaves the others as they are.

    Rate limit: 60 requests per minute.

    Args:
        id (str):
        body (ContactUpdate): The body of an update; only the fields sent change. `account_id` and
            `account_external_id` cannot be sent together, nor can `email` and `emails`. Decision:
            `phone_numbers`, `primary_phone_number`, `emails`, `custom_fields` and `external_ids` are
            not in the seed's update body; they come from Pylon's official description
            (`UpdateContactRequestBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ContactUpdate,
) -> Response[ContactResponse | Error]:
    """Update an existing contact

     Changes the fields sent in the body and leaves the others as they are.

    Rate limit: 60 requests per minute.

    Args:
        id (str):
        body (ContactUpdate): The body of an update; only the fields sent change. `account_id` and
            `account_external_id` cannot be sent together, nor can `email` and `emails`. Decision:
            `phone_numbers`, `primary_phone_number`, `emails`, `custom_fields` and `external_ids` are
            not in the seed's update body; they come from Pylon's official description
            (`UpdateContactRequestBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ContactUpdate,
) -> ContactResponse | Error | None:
    """Update an existing contact

     Changes the fields sent in the body and leaves the others as they are.

    Rate limit: 60 requests per minute.

    Args:
        id (str):
        body (ContactUpdate): The body of an update; only the fields sent change. `account_id` and
            `account_external_id` cannot be sent together, nor can `email` and `emails`. Decision:
            `phone_numbers`, `primary_phone_number`, `emails`, `custom_fields` and `external_ids` are
            not in the seed's update body; they come from Pylon's official description
            (`UpdateContactRequestBody`).

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
            body=body,
        )
    ).parsed
