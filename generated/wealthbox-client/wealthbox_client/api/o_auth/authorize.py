from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_response_type import AuthorizeResponseType
from ...models.error import Error
from ...models.o_auth_error import OAuthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["scope"] = scope

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/authorize",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | OAuthError | None:
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[Any | Error | OAuthError]:
    """Start the OAuth 2.0 authorization-code flow

     Opened in the user's browser. Once the user has signed in and granted access, the browser is
    redirected to `redirect_uri` with the authorization `code` (and the `state` the app sent) in the
    query string. Decision: the seed lists no `state` parameter; RFC 6749 section 4.1.1 recommends one
    and requires the server to send it back, and
    doorkeeper@5.5:lib/doorkeeper/oauth/pre_authorization.rb (the Rails OAuth server whose token
    response, with `created_at`, the seed's example has) accepts and returns it. The seed mentions no
    PKCE (RFC 7636), so the spec declares no `code_challenge`.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (AuthorizeResponseType):
        scope (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OAuthError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Any | Error | OAuthError | None:
    """Start the OAuth 2.0 authorization-code flow

     Opened in the user's browser. Once the user has signed in and granted access, the browser is
    redirected to `redirect_uri` with the authorization `code` (and the `state` the app sent) in the
    query string. Decision: the seed lists no `state` parameter; RFC 6749 section 4.1.1 recommends one
    and requires the server to send it back, and
    doorkeeper@5.5:lib/doorkeeper/oauth/pre_authorization.rb (the Rails OAuth server whose token
    response, with `created_at`, the seed's example has) accepts and returns it. The seed mentions no
    PKCE (RFC 7636), so the spec declares no `code_challenge`.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (AuthorizeResponseType):
        scope (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OAuthError
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[Any | Error | OAuthError]:
    """Start the OAuth 2.0 authorization-code flow

     Opened in the user's browser. Once the user has signed in and granted access, the browser is
    redirected to `redirect_uri` with the authorization `code` (and the `state` the app sent) in the
    query string. Decision: the seed lists no `state` parameter; RFC 6749 section 4.1.1 recommends one
    and requires the server to send it back, and
    doorkeeper@5.5:lib/doorkeeper/oauth/pre_authorization.rb (the Rails OAuth server whose token
    response, with `created_at`, the seed's example has) accepts and returns it. The seed mentions no
    PKCE (RFC 7636), so the spec declares no `code_challenge`.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (AuthorizeResponseType):
        scope (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OAuthError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Any | Error | OAuthError | None:
    """Start the OAuth 2.0 authorization-code flow

     Opened in the user's browser. Once the user has signed in and granted access, the browser is
    redirected to `redirect_uri` with the authorization `code` (and the `state` the app sent) in the
    query string. Decision: the seed lists no `state` parameter; RFC 6749 section 4.1.1 recommends one
    and requires the server to send it back, and
    doorkeeper@5.5:lib/doorkeeper/oauth/pre_authorization.rb (the Rails OAuth server whose token
    response, with `created_at`, the seed's example has) accepts and returns it. The seed mentions no
    PKCE (RFC 7636), so the spec declares no `code_challenge`.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (AuthorizeResponseType):
        scope (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            redirect_uri=redirect_uri,
            response_type=response_type,
            scope=scope,
            state=state,
        )
    ).parsed
