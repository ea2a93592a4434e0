from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.workflow_list import WorkflowList
from ...models.workflow_status import WorkflowStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    resource_id: int | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    status: WorkflowStatus | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resource_id"] = resource_id

    params["resource_type"] = resource_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_updated_since: str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    json_updated_before: str | Unset
    if isinstance(updated_before, Unset):
        json_updated_before = UNSET
    else:
        json_updated_before = updated_before
    params["updated_before"] = json_updated_before

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | WorkflowList | None:
    if response.status_code == 200:
        response_200 = WorkflowList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WorkflowList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource_id: int | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    status: WorkflowStatus | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[Error | WorkflowList]:
    """Retrieve all workflows

     Lists the workflows that are accessible by the user.

    Args:
        resource_id (int | Unset):
        resource_type (str | Unset):
        status (WorkflowStatus | Unset): The status of a workflow.
        updated_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        updated_before (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkflowList]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        resource_type=resource_type,
        status=status,
        updated_since=updated_since,
        updated_before=updated_before,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    resource_id: int | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    status: WorkflowStatus | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Error | WorkflowList | None:
    """Retrieve all workflows

     Lists the workflows that are accessible by the user.

    Args:
        resource_id (int | Unset):
        resource_type (str | Unset):
        status (WorkflowStatus | Unset): The status of a workflow.
        updated_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        updated_before (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkflowList
    """

    return sync_detailed(
        client=client,
        resource_id=resource_id,
        resource_type=resource_type,
        status=status,
        updated_since=updated_since,
        updated_before=updated_before,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resource_id: int | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    status: WorkflowStatus | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[Error | WorkflowList]:
    """Retrieve all workflows

     Lists the workflows that are accessible by the user.

    Args:
        resource_id (int | Unset):
        resource_type (str | Unset):
        status (WorkflowStatus | Unset): The status of a workflow.
        updated_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        updated_before (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkflowList]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        resource_type=resource_type,
        status=status,
        updated_since=updated_since,
        updated_before=updated_before,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    resource_id: int | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    status: WorkflowStatus | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Error | WorkflowList | None:
    """Retrieve all workflows

     Lists the workflows that are accessible by the user.

    Args:
        resource_id (int | Unset):
        resource_type (str | Unset):
        status (WorkflowStatus | Unset): The status of a workflow.
        updated_since (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        updated_before (str | Unset): A timestamp in either form the API reads and writes: the
            Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO 8601
            (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a
            client sends (request bodies and filters). Decision: the seed documents only the Wealthbox
            form for what it sends, and RFC 3339 in one response (`removed_options[].deleted_at`);
            wealthbox-cli@2.5.0:wealthbox_tools/models/common.py (`DateTimeField`) sends only ISO 8601
            (offset optional) for every timestamp filter and body field, and wealthbox-
            cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so
            both forms are accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkflowList
    """

    return (
        await asyncio_detailed(
            client=client,
            resource_id=resource_id,
            resource_type=resource_type,
            status=status,
            updated_since=updated_since,
            updated_before=updated_before,
            page=page,
            per_page=per_page,
        )
    ).parsed
