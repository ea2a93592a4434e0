from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_config_list import CustomFieldConfigList
from ...models.custom_field_document_type import CustomFieldDocumentType
from ...models.custom_field_filter import CustomFieldFilter
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CustomFieldFilter | Unset = UNSET,
    document_type: CustomFieldDocumentType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_document_type: str | Unset = UNSET
    if not isinstance(document_type, Unset):
        json_document_type = document_type.value

    params["document_type"] = json_document_type

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/categories/custom_fields",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldConfigList | Error | None:
    if response.status_code == 200:
        response_200 = CustomFieldConfigList.from_dict(response.json())

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
) -> Response[CustomFieldConfigList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CustomFieldFilter | Unset = UNSET,
    document_type: CustomFieldDocumentType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[CustomFieldConfigList | Error]:
    """List all custom fields

     Lists every custom field in the authenticated user's account (workspace), optionally only those of
    one document type. Decision: the seed documents `document_type` as a request attribute of this GET,
    with a JSON request body example; the spec accepts it as that optional JSON body and, like the
    `document_type` filter of the tag list, as a query parameter.

    Args:
        document_type (CustomFieldDocumentType | Unset): The kind of record a custom field belongs
            to. Decision: the seed lists six kinds; wealthbox-
            cli@2.5.0:wealthbox_tools/models/enums.py (`DocumentType`) also sends `DataFile`, so it is
            accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        body (CustomFieldFilter | Unset): The filter of the custom field list, sent as a JSON
            body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldConfigList | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        document_type=document_type,
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
    body: CustomFieldFilter | Unset = UNSET,
    document_type: CustomFieldDocumentType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> CustomFieldConfigList | Error | None:
    """List all custom fields

     Lists every custom field in the authenticated user's account (workspace), optionally only those of
    one document type. Decision: the seed documents `document_type` as a request attribute of this GET,
    with a JSON request body example; the spec accepts it as that optional JSON body and, like the
    `document_type` filter of the tag list, as a query parameter.

    Args:
        document_type (CustomFieldDocumentType | Unset): The kind of record a custom field belongs
            to. Decision: the seed lists six kinds; wealthbox-
            cli@2.5.0:wealthbox_tools/models/enums.py (`DocumentType`) also sends `DataFile`, so it is
            accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        body (CustomFieldFilter | Unset): The filter of the custom field list, sent as a JSON
            body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldConfigList | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        document_type=document_type,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CustomFieldFilter | Unset = UNSET,
    document_type: CustomFieldDocumentType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[CustomFieldConfigList | Error]:
    """List all custom fields

     Lists every custom field in the authenticated user's account (workspace), optionally only those of
    one document type. Decision: the seed documents `document_type` as a request attribute of this GET,
    with a JSON request body example; the spec accepts it as that optional JSON body and, like the
    `document_type` filter of the tag list, as a query parameter.

    Args:
        document_type (CustomFieldDocumentType | Unset): The kind of record a custom field belongs
            to. Decision: the seed lists six kinds; wealthbox-
            cli@2.5.0:wealthbox_tools/models/enums.py (`DocumentType`) also sends `DataFile`, so it is
            accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        body (CustomFieldFilter | Unset): The filter of the custom field list, sent as a JSON
            body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldConfigList | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        document_type=document_type,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CustomFieldFilter | Unset = UNSET,
    document_type: CustomFieldDocumentType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> CustomFieldConfigList | Error | None:
    """List all custom fields

     Lists every custom field in the authenticated user's account (workspace), optionally only those of
    one document type. Decision: the seed documents `document_type` as a request attribute of this GET,
    with a JSON request body example; the spec accepts it as that optional JSON body and, like the
    `document_type` filter of the tag list, as a query parameter.

    Args:
        document_type (CustomFieldDocumentType | Unset): The kind of record a custom field belongs
            to. Decision: the seed lists six kinds; wealthbox-
            cli@2.5.0:wealthbox_tools/models/enums.py (`DocumentType`) also sends `DataFile`, so it is
            accepted.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        body (CustomFieldFilter | Unset): The filter of the custom field list, sent as a JSON
            body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldConfigList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            document_type=document_type,
            page=page,
            per_page=per_page,
        )
    ).parsed
