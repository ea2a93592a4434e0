"""Kanbert: a ready client, and a parser for the webhooks its spec documents.

``kanbert.client(token=None, *, base_url=None, retry=DEFAULT_RETRY_POLICY, rate_limit=True,
transport=None, async_transport=None, timeout=30.0)`` returns the generated
``kanbert_client.AuthenticatedClient`` (``Authorization: Bearer``); the token defaults to
``$KANBERT_TOKEN``.

The generator produces no code for the spec's ``webhooks:`` section, only the models its
payloads refer to; :func:`parse_webhook` picks the model from the payload's ``event`` field,
whose values are the names of the spec's webhooks (``contact:create``, ``contact:update``,
``contact:delete``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

import kanbert_client.models
from kanbert_client import AuthenticatedClient
from kanbert_client.models import ContactWebhookEvent

from . import specs
from ._filters import KanbertListContactsFilter
from .clients import ClientFactory
from .responses import PARSER_ERRORS

client = ClientFactory("kanbert", AuthenticatedClient)
#: The fields of ``list_contacts``'s ``filter`` (see ``crm_overlays.filters``).
contact_filter = KanbertListContactsFilter()

#: The payload property that names the event (the spec's ContactWebhookEvent.event).
EVENT_FIELD = "event"


class WebhookError(ValueError):
    """A webhook payload that is not JSON, names no known event, or does not fit its model."""


@functools.cache
def webhook_models() -> dict[str, type[Any]]:
    """Each webhook of ``specs/kanbert.yaml`` by event name, with its payload's generated model."""
    document = specs.load("kanbert")
    models: dict[str, type[Any]] = {}
    for event, item in document.get("webhooks", {}).items():
        try:
            body, _ = specs.resolve(document, item["post"]["requestBody"])
            name = specs.ref_name(body["content"]["application/json"]["schema"])
            if name is None:
                raise KeyError("schema")
        except (LookupError, TypeError) as exc:
            raise ValueError(
                f"specs/kanbert.yaml webhook {event!r}: no JSON request body schema $ref ({exc})"
            ) from None
        models[event] = getattr(kanbert_client.models, name)
    return models


def parse_webhook(payload: bytes | str | Mapping[str, Any]) -> ContactWebhookEvent:
    """The generated model of a Kanbert webhook delivery (the raw body or its parsed JSON).

    Raises :class:`WebhookError` (a ``ValueError``) for a body that is not a JSON object, an
    event the spec does not document, or a payload its model cannot read.
    """
    data = _json_object(payload)
    event = data.get(EVENT_FIELD)
    models = webhook_models()
    if not isinstance(event, str) or event not in models:
        raise WebhookError(
            f"unknown Kanbert webhook event {event!r} in {EVENT_FIELD!r}; "
            f"the spec documents {', '.join(sorted(models))}"
        )
    model = models[event]
    try:
        parsed = model.from_dict(data)
    except PARSER_ERRORS as exc:
        raise WebhookError(
            f"invalid {event} payload for {model.__name__}: {type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(parsed, ContactWebhookEvent):
        # The spec now uses another model for this event; the annotation must follow it.
        raise TypeError(f"{event} parses into {model.__name__}; update parse_webhook's type")
    return parsed


def _json_object(payload: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(payload, Mapping):
        return payload
    if not isinstance(payload, bytes | str):
        raise TypeError(f"expected bytes, str or a mapping, got {type(payload).__name__}")
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError) as exc:  # invalid UTF-8, or nested too deep to parse
        raise WebhookError(f"webhook payload is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise WebhookError(f"webhook payload is a JSON {type(data).__name__}, not an object")
    return data


__all__ = [
    "EVENT_FIELD",
    "WebhookError",
    "client",
    "contact_filter",
    "parse_webhook",
    "webhook_models",
]
