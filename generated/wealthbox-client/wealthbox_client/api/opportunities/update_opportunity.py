from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.opportunity import Opportunity
from ...models.opportunity_update import OpportunityUpdate
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: OpportunityUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/opportunities/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Opportunity | None:
    if response.status_code == 200:
        response_200 = Opportunity.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Opportunity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: OpportunityUpdate,
) -> Response[Error | Opportunity]:
    """Update an existing opportunity

     Updates an opportunity and returns it. The seed documents the same attributes as for a new
    opportunity.

    Args:
        id (int):
        body (OpportunityUpdate): The attributes of an opportunity being updated; only those sent
            change. Decision: the seed documents the create's attributes for the update; wealthbox-
            cli@2.5.0:wealthbox_tools/models/opportunities.py (`OpportunityUpdateInput`, sent with
            `exclude_unset`) sends only the changed fields, so nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Opportunity]
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
    id: int,
    *,
    client: AuthenticatedClient,
    body: OpportunityUpdate,
) -> Error | Opportunity | None:
    """Update an existing opportunity

     Updates an opportunity and returns it. The seed documents the same attributes as for a new
    opportunity.

    Args:
        id (int):
        body (OpportunityUpdate): The attributes of an opportunity being updated; only those sent
            change. Decision: the seed documents the create's attributes for the update; wealthbox-
            cli@2.5.0:wealthbox_tools/models/opportunities.py (`OpportunityUpdateInput`, sent with
            `exclude_unset`) sends only the changed fields, so nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Opportunity
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: OpportunityUpdate,
) -> Response[Error | Opportunity]:
    """Update an existing opportunity

     Updates an opportunity and returns it. The seed documents the same attributes as for a new
    opportunity.

    Args:
        id (int):
        body (OpportunityUpdate): The attributes of an opportunity being updated; only those sent
            change. Decision: the seed documents the create's attributes for the update; wealthbox-
            cli@2.5.0:wealthbox_tools/models/opportunities.py (`OpportunityUpdateInput`, sent with
            `exclude_unset`) sends only the changed fields, so nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Opportunity]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: OpportunityUpdate,
) -> Error | Opportunity | None:
    """Update an existing opportunity

     Updates an opportunity and returns it. The seed documents the same attributes as for a new
    opportunity.

    Args:
        id (int):
        body (OpportunityUpdate): The attributes of an opportunity being updated; only those sent
            change. Decision: the seed documents the create's attributes for the update; wealthbox-
            cli@2.5.0:wealthbox_tools/models/opportunities.py (`OpportunityUpdateInput`, sent with
            `exclude_unset`) sends only the changed fields, so nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Opportunity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
