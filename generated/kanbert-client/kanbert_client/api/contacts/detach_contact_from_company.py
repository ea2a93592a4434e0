from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_company_detach import ContactCompanyDetach
from ...models.error import Error
from ...models.find_by import FindBy
from ...models.message import Message
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: ContactCompanyDetach,
    find_by: FindBy | Unset = UNSET,
    origin: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_find_by: str | Unset = UNSET
    if not isinstance(find_by, Unset):
        json_find_by = find_by.value

    params["find_by"] = json_find_by

    params["origin"] = origin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/{id}/company/detach".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Message | ValidationError | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Message | ValidationError]:
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
    body: ContactCompanyDetach,
    find_by: FindBy | Unset = UNSET,
    origin: str | Unset = UNSET,
) -> Response[Error | Message | ValidationError]:
    """Detach a contact from a company

     Removes the association between the contact and a company.

    Args:
        id (str):
        find_by (FindBy | Unset): Which field the `{id}` path segment is matched against.
        origin (str | Unset):
        body (ContactCompanyDetach): The body of `PUT /contacts/{id}/company/detach`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message | ValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        find_by=find_by,
        origin=origin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ContactCompanyDetach,
    find_by: FindBy | Unset = UNSET,
    origin: str | Unset = UNSET,
) -> Error | Message | ValidationError | None:
    """Detach a contact from a company

     Removes the association between the contact and a company.

    Args:
        id (str):
        find_by (FindBy | Unset): Which field the `{id}` path segment is matched against.
        origin (str | Unset):
        body (ContactCompanyDetach): The body of `PUT /contacts/{id}/company/detach`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message | ValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        find_by=find_by,
        origin=origin,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ContactCompanyDetach,
    find_by: FindBy | Unset = UNSET,
    origin: str | Unset = UNSET,
) -> Response[Error | Message | ValidationError]:
    """Detach a contact from a company

     Removes the association between the contact and a company.

    Args:
        id (str):
        find_by (FindBy | Unset): Which field the `{id}` path segment is matched against.
        origin (str | Unset):
        body (ContactCompanyDetach): The body of `PUT /contacts/{id}/company/detach`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message | ValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        find_by=find_by,
        origin=origin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ContactCompanyDetach,
    find_by: FindBy | Unset = UNSET,
    origin: str | Unset = UNSET,
) -> Error | Message | ValidationError | None:
    """Detach a contact from a company

     Removes the association between the contact and a company.

    Args:
        id (str):
        find_by (FindBy | Unset): Which field the `{id}` path segment is matched against.
        origin (str | Unset):
        body (ContactCompanyDetach): The body of `PUT /contacts/{id}/company/detach`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message | ValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            find_by=find_by,
            origin=origin,
        )
    ).parsed
