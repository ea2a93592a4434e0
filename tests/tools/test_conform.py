"""`make conform`: the Schemathesis configuration derived from each spec."""

from __future__ import annotations

import tomllib

import crm_overlays.specs
import pytest
from crm_overlays.transports.ratelimit import RateLimit

from tools.conform.config import auth_header, operations, settings, to_toml
from tools.conform.pacing import as_rate
from tools.conform.preflight import probe_operation


@pytest.mark.parametrize(
    ("api", "header", "value"),
    [
        ("kanbert", "Authorization", "Bearer ${CONFORM_TOKEN}"),
        ("pylon", "Authorization", "Bearer ${CONFORM_TOKEN}"),
        ("kinbox", "Authorization", "Bearer ${CONFORM_TOKEN}"),
        ("repzo", "api-key", "${CONFORM_TOKEN}"),
        ("wealthbox", "ACCESS_TOKEN", "${CONFORM_TOKEN}"),
    ],
)
def test_the_auth_header_comes_from_the_security_scheme(api: str, header: str, value: str) -> None:
    assert auth_header(api) == (header, value)


def test_read_only_runs_call_no_writing_method() -> None:
    chosen = operations("wealthbox", writes=False)
    assert chosen and {method for method, _, _ in chosen} == {"get"}
    every = operations("wealthbox", writes=True)
    assert {"post", "put", "delete"} <= {method for method, _, _ in every}


@pytest.mark.parametrize(
    ("limit", "time_scale", "rate"),
    [
        (RateLimit(60, 60.0, "operation"), 1.0, "54/m"),  # 90 % of Pylon's 60 a minute
        (RateLimit(10, 60.0, "operation"), 1.0, "9/m"),
        (RateLimit(300, 300.0, "token"), 1.0, "54/m"),  # Wealthbox: one a second over five minutes
        (RateLimit(60, 60.0, "operation"), 60.0, "54/s"),  # a mock whose minute lasts a second
        (RateLimit(1, 86400.0 * 2, "token"), 1.0, "1/d"),  # slower than any unit: the slowest pace
    ],
)
def test_pace_stays_under_the_documented_limit(limit: RateLimit, time_scale: float, rate: str) -> None:
    assert as_rate(limit, time_scale=time_scale) == rate


def test_pylon_is_paced_per_operation_and_wealthbox_per_token() -> None:
    pylon = settings("pylon", writes=True)
    limits = {entry["include-operation-id"]: entry["rate-limit"] for entry in pylon["operations"]}
    assert limits == {"listContacts": "54/m", "createContact": "54/m", "getContact": "54/m",
                      "updateContact": "54/m", "deleteContact": "9/m", "searchContacts": "18/m"}
    assert "rate-limit" not in pylon
    wealthbox = settings("wealthbox", writes=False)
    assert wealthbox["rate-limit"] == "54/m" and "operations" not in wealthbox
    assert "rate-limit" not in settings("kanbert", writes=True)


def test_the_config_is_valid_toml_that_keeps_the_base_settings() -> None:
    base = {"seed": 7, "operations": [{"include-operation-id": "x", "checks": {
        "positive_data_acceptance": {"enabled": False}}}]}
    config = settings("pylon", writes=False, base=base)
    parsed = tomllib.loads(to_toml(config))
    assert parsed == config
    assert parsed["seed"] == 7 and parsed["operations"][0]["include-operation-id"] == "x"
    assert parsed["headers"] == {"Authorization": "Bearer ${CONFORM_TOKEN}"}
    assert base["operations"][0] == parsed["operations"][0] and "headers" not in base


def test_the_repository_projects_lose_their_mock_token_but_keep_their_settings() -> None:
    base = {"project": [{"title": "Pylon API (contacts)",
                         "auth": {"openapi": {"bearerAuth": {"bearer": "test-token"}}},
                         "operations": [{"include-operation-id": "listContacts"}]}]}
    config = settings("pylon", writes=False, base=base)
    assert config["project"] == [{"title": "Pylon API (contacts)",
                                  "operations": [{"include-operation-id": "listContacts"}]}]
    assert "test-token" not in to_toml(config)


def test_the_token_probe_skips_a_get_whose_required_parameter_is_a_ref(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The probe once skipped `$ref`'d and path-level parameters, so it could pick a GET that
    # needs a parameter: the server then answers 4xx for the missing one, not for the token.
    required = {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
    document = {
        "components": {"parameters": {"Q": required}},
        "paths": {
            "/search": {"get": {"parameters": [{"$ref": "#/components/parameters/Q"}]}},
            "/filtered": {"parameters": [required], "get": {}},
            "/plain": {"get": {"parameters": [{**required, "required": False}]}},
        },
    }
    monkeypatch.setattr(crm_overlays.specs, "load", lambda api: document)
    assert probe_operation("demo") == "/plain"
