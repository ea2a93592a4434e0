from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.phone_type_list import PhoneTypeList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/categories/phone_types",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PhoneTypeList | None:
    if response.status_code == 200:
        response_200 = PhoneTypeList.from_dict(response.json())

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
) -> Response[Error | PhoneTypeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[Error | PhoneTypeList]:
    """List all phone types

     Lists every item of the customizable category `phone_types` owned by the account (workspace) of the
    authenticated user. Decision: the seed documents one operation, `GET /v1/categories/{type}`,
    answering every category under the key `tags`; that contradicts its own rule that a collection's key
    is the plural name of the resource, and wealthbox-cli@2.5.0:wealthbox_tools/client/categories.py
    (`list_all_categories`) and wealthbox-cli@2.5.0:wealthbox_tools/cli/_resolve.py
    (`resolve_category_id`) read each category under its own name (`phone_types`), so the spec gives
    every category type its own path and list key.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhoneTypeList]
    """

    kwargs = _get_kwargs(
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
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Error | PhoneTypeList | None:
    """List all phone types

     Lists every item of the customizable category `phone_types` owned by the account (workspace) of the
    authenticated user. Decision: the seed documents one operation, `GET /v1/categories/{type}`,
    answering every category under the key `tags`; that contradicts its own rule that a collection's key
    is the plural name of the resource, and wealthbox-cli@2.5.0:wealthbox_tools/client/categories.py
    (`list_all_categories`) and wealthbox-cli@2.5.0:wealthbox_tools/cli/_resolve.py
    (`resolve_category_id`) read each category under its own name (`phone_types`), so the spec gives
    every category type its own path and list key.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PhoneTypeList
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[Error | PhoneTypeList]:
    """List all phone types

     Lists every item of the customizable category `phone_types` owned by the account (workspace) of the
    authenticated user. Decision: the seed documents one operation, `GET /v1/categories/{type}`,
    answering every category under the key `tags`; that contradicts its own rule that a collection's key
    is the plural name of the resource, and wealthbox-cli@2.5.0:wealthbox_tools/client/categories.py
    (`list_all_categories`) and wealthbox-cli@2.5.0:wealthbox_tools/cli/_resolve.py
    (`resolve_category_id`) read each category under its own name (`phone_types`), so the spec gives
    every category type its own path and list key.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhoneTypeList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Error | PhoneTypeList | None:
    """List all phone types

     Lists every item of the customizable category `phone_types` owned by the account (workspace) of the
    authenticated user. Decision: the seed documents one operation, `GET /v1/categories/{type}`,
    answering every category under the key `tags`; that contradicts its own rule that a collection's key
    is the plural name of the resource, and wealthbox-cli@2.5.0:wealthbox_tools/client/categories.py
    (`list_all_categories`) and wealthbox-cli@2.5.0:wealthbox_tools/cli/_resolve.py
    (`resolve_category_id`) read each category under its own name (`phone_types`), so the spec gives
    every category type its own path and list key.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PhoneTypeList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
