from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task import Task
from ...models.task_update import TaskUpdate
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: TaskUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/tasks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Task]:
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
    body: TaskUpdate,
) -> Response[Error | Task]:
    """Update an existing task

     Updates a task with new attributes, assigning it either to a user (`assigned_to`) or to a team
    (`assigned_to_team`), and returns the task. The seed documents the two cases as two operations on
    the same method and path, with the same attributes as a new task; the spec describes them as one
    operation whose body (`TaskUpdate`) admits both.

    Args:
        id (int):
        body (TaskUpdate): The attributes of a task being updated; only those sent change.
            Decision: the seed documents the create's attributes for the update; wealthbox-cli@2.5.0:
            wealthbox_tools/models/tasks.py (`TaskUpdateInput`, sent with `exclude_unset`) sends only
            the changed fields, so nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
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
    body: TaskUpdate,
) -> Error | Task | None:
    """Update an existing task

     Updates a task with new attributes, assigning it either to a user (`assigned_to`) or to a team
    (`assigned_to_team`), and returns the task. The seed documents the two cases as two operations on
    the same method and path, with the same attributes as a new task; the spec describes them as one
    operation whose body (`TaskUpdate`) admits both.

    Args:
        id (int):
        body (TaskUpdate): The attributes of a task being updated; only those sent change.
            Decision: the seed documents the create's attributes for the update; wealthbox-cli@2.5.0:
            wealthbox_tools/models/tasks.py (`TaskUpdateInput`, sent with `exclude_unset`) sends only
            the changed fields, so nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
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
    body: TaskUpdate,
) -> Response[Error | Task]:
    """Update an existing task

     Updates a task with new attributes, assigning it either to a user (`assigned_to`) or to a team
    (`assigned_to_team`), and returns the task. The seed documents the two cases as two operations on
    the same method and path, with the same attributes as a new task; the spec describes them as one
    operation whose body (`TaskUpdate`) admits both.

    Args:
        id (int):
        body (TaskUpdate): The attributes of a task being updated; only those sent change.
            Decision: the seed documents the create's attributes for the update; wealthbox-cli@2.5.0:
            wealthbox_tools/models/tasks.py (`TaskUpdateInput`, sent with `exclude_unset`) sends only
            the changed fields, so nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
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
    body: TaskUpdate,
) -> Error | Task | None:
    """Update an existing task

     Updates a task with new attributes, assigning it either to a user (`assigned_to`) or to a team
    (`assigned_to_team`), and returns the task. The seed documents the two cases as two operations on
    the same method and path, with the same attributes as a new task; the spec describes them as one
    operation whose body (`TaskUpdate`) admits both.

    Args:
        id (int):
        body (TaskUpdate): The attributes of a task being updated; only those sent change.
            Decision: the seed documents the create's attributes for the update; wealthbox-cli@2.5.0:
            wealthbox_tools/models/tasks.py (`TaskUpdateInput`, sent with `exclude_unset`) sends only
            the changed fields, so nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
