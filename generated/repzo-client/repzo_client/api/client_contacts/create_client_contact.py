from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_contact import ClientContact
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
) -> ClientContact | ClientContactResponse | Error | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> ClientContact | ClientContactResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_client_contact_result_type_0 = ClientContactResponse.from_dict(data)

                return componentsschemas_client_contact_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_client_contact_result_type_1 = ClientContact.from_dict(data)

            return componentsschemas_client_contact_result_type_1

        response_201 = _parse_response_201(response.json())

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
) -> Response[ClientContact | ClientContactResponse | Error]:
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
) -> Response[ClientContact | ClientContactResponse | Error]:
    """Create a client contact

     Create a new client contact. Decision: POST, answered with 201 (the scrape lost both;
    repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        body (ClientContactCreate): The body of the create operation. Only `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientContact | ClientContactResponse | Error]
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
) -> ClientContact | ClientContactResponse | Error | None:
    """Create a client contact

     Create a new client contact. Decision: POST, answered with 201 (the scrape lost both;
    repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        body (ClientContactCreate): The body of the create operation. Only `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientContact | ClientContactResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientContactCreate,
) -> Response[ClientContact | ClientContactResponse | Error]:
    """Create a client contact

     Create a new client contact. Decision: POST, answered with 201 (the scrape lost both;
    repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        body (ClientContactCreate): The body of the create operation. Only `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientContact | ClientContactResponse | Error]
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
) -> ClientContact | ClientContactResponse | Error | None:
    """Create a client contact

     Create a new client contact. Decision: POST, answered with 201 (the scrape lost both;
    repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        body (ClientContactCreate): The body of the create operation. Only `name` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientContact | ClientContactResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
