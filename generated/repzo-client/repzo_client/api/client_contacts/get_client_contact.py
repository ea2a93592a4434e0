from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_contact import ClientContact
from ...models.client_contact_response import ClientContactResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client-contact/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientContact | ClientContactResponse | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ClientContact | ClientContactResponse:
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

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ClientContact | ClientContactResponse | Error]:
    """Get a client contact

     Retrieve a specific client contact by ID. Decision: GET, answered with 200 (the scrape lost both;
    repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        id (str): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientContact | ClientContactResponse | Error]
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
) -> ClientContact | ClientContactResponse | Error | None:
    """Get a client contact

     Retrieve a specific client contact by ID. Decision: GET, answered with 200 (the scrape lost both;
    repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        id (str): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientContact | ClientContactResponse | Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ClientContact | ClientContactResponse | Error]:
    """Get a client contact

     Retrieve a specific client contact by ID. Decision: GET, answered with 200 (the scrape lost both;
    repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        id (str): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientContact | ClientContactResponse | Error]
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
) -> ClientContact | ClientContactResponse | Error | None:
    """Get a client contact

     Retrieve a specific client contact by ID. Decision: GET, answered with 200 (the scrape lost both;
    repzo@1.0.254:docs/generated/client-contact-bundled.yaml).

    Args:
        id (str): A 24-hex MongoDB ObjectId (FACTS.md), Repzo's record id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientContact | ClientContactResponse | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
