from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.workflow_step import WorkflowStep
from ...models.workflow_step_update import WorkflowStepUpdate
from ...types import Response


def _get_kwargs(
    workflow_id: int,
    id: int,
    *,
    body: WorkflowStepUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/workflows/{workflow_id}/steps/{id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | WorkflowStep | None:
    if response.status_code == 200:
        response_200 = WorkflowStep.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WorkflowStep]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: WorkflowStepUpdate,
) -> Response[Error | WorkflowStep]:
    """Complete or revert a workflow step

     Completes a workflow step (`complete`, optionally applying an outcome) or reverts its completion
    (`revert`), and returns the step. The seed documents the two cases as two operations on the same
    method and path; the spec describes them as one operation whose body admits both.

    Args:
        workflow_id (int):
        id (int):
        body (WorkflowStepUpdate): Completes a workflow step (`complete`, optionally with an
            outcome) or reverts its completion (`revert`). Send one of the two flags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkflowStep]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: WorkflowStepUpdate,
) -> Error | WorkflowStep | None:
    """Complete or revert a workflow step

     Completes a workflow step (`complete`, optionally applying an outcome) or reverts its completion
    (`revert`), and returns the step. The seed documents the two cases as two operations on the same
    method and path; the spec describes them as one operation whose body admits both.

    Args:
        workflow_id (int):
        id (int):
        body (WorkflowStepUpdate): Completes a workflow step (`complete`, optionally with an
            outcome) or reverts its completion (`revert`). Send one of the two flags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkflowStep
    """

    return sync_detailed(
        workflow_id=workflow_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: WorkflowStepUpdate,
) -> Response[Error | WorkflowStep]:
    """Complete or revert a workflow step

     Completes a workflow step (`complete`, optionally applying an outcome) or reverts its completion
    (`revert`), and returns the step. The seed documents the two cases as two operations on the same
    method and path; the spec describes them as one operation whose body admits both.

    Args:
        workflow_id (int):
        id (int):
        body (WorkflowStepUpdate): Completes a workflow step (`complete`, optionally with an
            outcome) or reverts its completion (`revert`). Send one of the two flags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkflowStep]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: WorkflowStepUpdate,
) -> Error | WorkflowStep | None:
    """Complete or revert a workflow step

     Completes a workflow step (`complete`, optionally applying an outcome) or reverts its completion
    (`revert`), and returns the step. The seed documents the two cases as two operations on the same
    method and path; the spec describes them as one operation whose body admits both.

    Args:
        workflow_id (int):
        id (int):
        body (WorkflowStepUpdate): Completes a workflow step (`complete`, optionally with an
            outcome) or reverts its completion (`revert`). Send one of the two flags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkflowStep
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
