from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | Error | ValidationError | None:
    if response.status_code == 201:
        response_201 = Contact.from_dict(response.json())

        return response_201

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
) -> Response[Contact | Error | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactCreate | Unset = UNSET,
) -> Response[Contact | Error | ValidationError]:
    """Create a contact

     Creates a contact and returns it.

    Decision: the scrape lost the status code; `201 Created` is what Laravel answers when a
    request creates a model.

    Args:
        body (ContactCreate | Unset): The body of `POST /contacts`: the external identifier, every
            attribute of
            `ContactUpdate` and the custom fields; every attribute is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | Error | ValidationError]
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
    body: ContactCreate | Unset = UNSET,
) -> Contact | Error | ValidationError | None:
    """Create a contact

     Creates a contact and returns it.

    Decision: the scrape lost the status code; `201 Created` is what Laravel answers when a
    request creates a model.

    Args:
        body (ContactCreate | Unset): The body of `POST /contacts`: the external identifier, every
            attribute of
            `ContactUpdate` and the custom fields; every attribute is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | Error | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactCreate | Unset = UNSET,
) -> Response[Contact | Error | ValidationError]:
    """Create a contact

     Creates a contact and returns it.

    Decision: the scrape lost the status code; `201 Created` is what Laravel answers when a
    request creates a model.

    Args:
        body (ContactCreate | Unset): The body of `POST /contacts`: the external identifier, every
            attribute of
            `ContactUpdate` and the custom fields; every attribute is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContactCreate | Unset = UNSET,
) -> Contact | Error | ValidationError | None:
    """Create a contact

     Creates a contact and returns it.

    Decision: the scrape lost the status code; `201 Created` is what Laravel answers when a
    request creates a model.

    Args:
        body (ContactCreate | Unset): The body of `POST /contacts`: the external identifier, every
            attribute of
            `ContactUpdate` and the custom fields; every attribute is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | Error | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
