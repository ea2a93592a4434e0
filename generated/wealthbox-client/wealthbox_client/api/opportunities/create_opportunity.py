from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.opportunity import Opportunity
from ...models.opportunity_create import OpportunityCreate
from ...types import Response


def _get_kwargs(
    *,
    body: OpportunityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/opportunities",
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
    *,
    client: AuthenticatedClient,
    body: OpportunityCreate,
) -> Response[Error | Opportunity]:
    """Create a new opportunity

     Creates a new opportunity and returns it.

    Args:
        body (OpportunityCreate): The attributes of a new opportunity. Decision: the seed marks
            `amounts` required; wealthbox-cli@2.5.0:wealthbox_tools/models/opportunities.py
            (`OpportunityCreateInput`) sends it only when given, so `name`, `target_close`,
            `probability` and `stage` are required (the mock reads a missing `amounts` back as an
            empty list).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Opportunity]
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
    body: OpportunityCreate,
) -> Error | Opportunity | None:
    """Create a new opportunity

     Creates a new opportunity and returns it.

    Args:
        body (OpportunityCreate): The attributes of a new opportunity. Decision: the seed marks
            `amounts` required; wealthbox-cli@2.5.0:wealthbox_tools/models/opportunities.py
            (`OpportunityCreateInput`) sends it only when given, so `name`, `target_close`,
            `probability` and `stage` are required (the mock reads a missing `amounts` back as an
            empty list).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Opportunity
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OpportunityCreate,
) -> Response[Error | Opportunity]:
    """Create a new opportunity

     Creates a new opportunity and returns it.

    Args:
        body (OpportunityCreate): The attributes of a new opportunity. Decision: the seed marks
            `amounts` required; wealthbox-cli@2.5.0:wealthbox_tools/models/opportunities.py
            (`OpportunityCreateInput`) sends it only when given, so `name`, `target_close`,
            `probability` and `stage` are required (the mock reads a missing `amounts` back as an
            empty list).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Opportunity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OpportunityCreate,
) -> Error | Opportunity | None:
    """Create a new opportunity

     Creates a new opportunity and returns it.

    Args:
        body (OpportunityCreate): The attributes of a new opportunity. Decision: the seed marks
            `amounts` required; wealthbox-cli@2.5.0:wealthbox_tools/models/opportunities.py
            (`OpportunityCreateInput`) sends it only when given, so `name`, `target_close`,
            `probability` and `stage` are required (the mock reads a missing `amounts` back as an
            empty list).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Opportunity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
