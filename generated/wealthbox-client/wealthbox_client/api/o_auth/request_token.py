from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.o_auth_error import OAuthError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OAuthError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

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
) -> Response[Error | OAuthError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | OAuthError | TokenResponse]:
    """Exchange an authorization code or a refresh token for an access token

     `grant_type=authorization_code` exchanges the code from the authorization redirect (it has a brief
    lifetime and is used once); `grant_type=refresh_token` renews an expired access token. The client
    authenticates with `client_id` and `client_secret` in the form body. An access token lives two hours
    (`expires_in` 7200), a refresh token 90 days. Decision: the seed's example shows the parameters in
    the URL's query; its text says they are sent as an `application/x-www-form-urlencoded` body, and the
    text decides.

    Args:
        body (TokenRequest): The form body of a token request: a code exchange
            (`authorization_code`: `code` and `redirect_uri`) or a refresh (`refresh_token`:
            `refresh_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthError | TokenResponse]
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
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Error | OAuthError | TokenResponse | None:
    """Exchange an authorization code or a refresh token for an access token

     `grant_type=authorization_code` exchanges the code from the authorization redirect (it has a brief
    lifetime and is used once); `grant_type=refresh_token` renews an expired access token. The client
    authenticates with `client_id` and `client_secret` in the form body. An access token lives two hours
    (`expires_in` 7200), a refresh token 90 days. Decision: the seed's example shows the parameters in
    the URL's query; its text says they are sent as an `application/x-www-form-urlencoded` body, and the
    text decides.

    Args:
        body (TokenRequest): The form body of a token request: a code exchange
            (`authorization_code`: `code` and `redirect_uri`) or a refresh (`refresh_token`:
            `refresh_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OAuthError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | OAuthError | TokenResponse]:
    """Exchange an authorization code or a refresh token for an access token

     `grant_type=authorization_code` exchanges the code from the authorization redirect (it has a brief
    lifetime and is used once); `grant_type=refresh_token` renews an expired access token. The client
    authenticates with `client_id` and `client_secret` in the form body. An access token lives two hours
    (`expires_in` 7200), a refresh token 90 days. Decision: the seed's example shows the parameters in
    the URL's query; its text says they are sent as an `application/x-www-form-urlencoded` body, and the
    text decides.

    Args:
        body (TokenRequest): The form body of a token request: a code exchange
            (`authorization_code`: `code` and `redirect_uri`) or a refresh (`refresh_token`:
            `refresh_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Error | OAuthError | TokenResponse | None:
    """Exchange an authorization code or a refresh token for an access token

     `grant_type=authorization_code` exchanges the code from the authorization redirect (it has a brief
    lifetime and is used once); `grant_type=refresh_token` renews an expired access token. The client
    authenticates with `client_id` and `client_secret` in the form body. An access token lives two hours
    (`expires_in` 7200), a refresh token 90 days. Decision: the seed's example shows the parameters in
    the URL's query; its text says they are sent as an `application/x-www-form-urlencoded` body, and the
    text decides.

    Args:
        body (TokenRequest): The form body of a token request: a code exchange
            (`authorization_code`: `code` and `redirect_uri`) or a refresh (`refresh_token`:
            `refresh_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OAuthError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
