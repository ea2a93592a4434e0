"""Values generated from every component schema survive ``from_dict`` then ``to_dict``.

Schemathesis draws JSON values from each schema, including members the spec does not declare;
each must parse into the generated model and come back as the same JSON, so that nothing a
server sends is silently dropped or altered. (Schemathesis generates for request bodies, so
each component is exposed as the body of one synthetic operation.)
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.generate import CONFIGS
from tests.clients.support import client_apis, spec_document
from tests.clients.test_documented_examples import same_json


def _class_name(api: str, schema_name: str) -> str:
    config = yaml.safe_load((CONFIGS / f"{api}.yaml").read_text())
    override = (config.get("class_overrides") or {}).get(schema_name) or {}
    return override.get("class_name") or schema_name


def _model_cases():
    for api in client_apis():
        models = importlib.import_module(f"{api}_client.models")
        for name in spec_document(api)["components"]["schemas"]:
            model = getattr(models, _class_name(api, name), None)
            if model is not None and hasattr(model, "from_dict"):
                yield pytest.param(api, name, model, id=f"{api}:{name}")


@functools.cache
def _component_operations(api: str) -> Any:
    components = spec_document(api)["components"]
    paths = {
        f"/{name}": {"post": {
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{name}"}}}},
            "responses": {"200": {"description": "unused"}},
        }}
        for name in components["schemas"]
    }
    synthetic = {"openapi": "3.1.0", "info": {"title": api, "version": "1"},
                 "paths": paths, "components": components}
    return schemathesis.openapi.from_dict(synthetic)


def _strategy(api: str, name: str) -> st.SearchStrategy[Any]:
    return _component_operations(api)[f"/{name}"]["POST"].as_strategy().map(lambda case: case.body)


@pytest.mark.parametrize(("api", "name", "model"), list(_model_cases()))
def test_generated_values_round_trip(api, name, model):
    @settings(max_examples=15, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                     HealthCheck.data_too_large, HealthCheck.large_base_example])
    @given(_strategy(api, name))
    def round_trip(value: Any) -> None:
        assert same_json(model.from_dict(value).to_dict(), value)

    round_trip()
