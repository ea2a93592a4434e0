"""Shaping plans (`mocks/plans.py`) and the shaper's fast paths built on them."""

from __future__ import annotations

import random
from typing import Any

import pytest

from mocks.api import compile_api
from mocks.examples import DocumentedRecords
from mocks.shaping import Shaper
from mocks.values import MISSING, Ids, Timestamps
from tests.mocks.support import fixed_clock

APIS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")


def shaper(api: str) -> Shaper:
    compiled = compile_api(api)
    counters: dict[str, int] = {}

    def next_number(name: str) -> int:
        counters[name] = counters.get(name, 0) + 1
        return counters[name]

    timestamps = Timestamps(compiled.schemas, fixed_clock, compiled.examples.values)
    ids = Ids(compiled.schemas, random.Random(1), fixed_clock)
    return Shaper(compiled.schemas, timestamps, ids, next_number, plans=compiled.plans)


@pytest.mark.parametrize("api", APIS)
def test_documented_records_shape_into_valid_records_that_shape_to_themselves(api: str) -> None:
    compiled = compile_api(api)
    shaping = shaper(api)
    checked = 0
    for collection in compiled.collections.values():
        for documented in DocumentedRecords(
            compiled.schemas, collection, compiled.operations
        ).records:
            shaped = shaping.conform(dict(documented), collection.record)
            assert shaped is not MISSING, (collection.template, documented)
            assert compiled.schemas.is_valid(collection.record, shaped)
            # A record the engine stores goes through shaping again on every update.
            assert shaping.conform(shaped, collection.record) == shaped
            checked += 1
    assert checked > 0


def test_shaping_returns_new_containers_never_the_callers() -> None:
    compiled = compile_api("pylon")
    contact = compiled.collections["/contacts"].record
    written: dict[str, Any] = {"id": "c1", "emails": ["a@example.com"], "phone_numbers": ["1"]}
    shaped = shaper("pylon").conform(written, contact)
    assert shaped == written
    assert shaped is not written and shaped["emails"] is not written["emails"]


def test_a_recursive_schema_links_to_its_own_plan() -> None:
    compiled = compile_api("pylon")
    plan = compiled.plans.of(compiled.schemas.ref("#/components/schemas/ContactFilter"))
    subfilters = plan.properties["subfilters"].items
    assert subfilters is not None and subfilters.resolved.pointer == plan.resolved.pointer
    assert compiled.plans.of(subfilters.ref) is subfilters  # one plan per pointer


def test_a_scalar_plan_is_flat_and_an_object_plan_is_not() -> None:
    compiled = compile_api("pylon")
    contact = compiled.plans.of(compiled.collections["/contacts"].record)
    assert not contact.flat
    assert contact.properties["name"].flat and contact.properties["emails"].flat
    assert not contact.properties["external_ids"].flat  # its items are objects
    # `$ref` with only a description validates like its target: one validator serves both.
    written = compiled.plans.of(compiled.schemas.ref(
        "#/components/schemas/ContactCreate/properties/primary_phone_number"))  # fmt: skip
    assert written.resolved_is_valid is written.is_valid
    assert written.is_valid("14155550123") and not written.is_valid("+1 415")


def written_examples(api: str) -> list[Any]:
    """Every documented request body of the API (in the write shape, often not the read one)."""
    compiled = compile_api(api)
    found: list[Any] = []
    for op in compiled.operations:
        if "requestBody" in op.node:
            node, pointer = compiled.document.resolve(
                op.node["requestBody"], op.pointer + "/requestBody"
            )
            for media in (node.get("content") or {}).values():
                found += compiled.document.examples(media, pointer)
    return found


@pytest.mark.parametrize("api", APIS)
def test_refit_gives_what_conform_gives_for_read_and_write_shapes(api: str) -> None:
    compiled = compile_api(api)
    compared = 0
    for collection in compiled.collections.values():
        documented = DocumentedRecords(compiled.schemas, collection, compiled.operations)
        for value in [*documented.records, *written_examples(api)]:
            # Fresh shapers: conform may number nested ids, and both must start alike.
            careful = shaper(api).conform(value, collection.record)
            assert shaper(api).refit(value, collection.record) == careful
            compared += 1
    assert compared > 0
