"""Everything the engine derives from one spec, compiled once per process and shared by apps.

Compiling is pure: it reads the spec and produces operations, collections, a router and the
error envelopes. Validators compile lazily on first use and stay cached here, so building a
second app for the same API (tests build many) costs almost nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from mocks.envelope import ErrorEnvelopes
from mocks.examples import ExampleIndex
from mocks.openapi import SpecDocument
from mocks.operations import Operation, compile_operations
from mocks.plans import Plans
from mocks.roles import Collection, RoleInference
from mocks.routing import Router
from mocks.schemas import Schemas


@dataclass(frozen=True, slots=True)
class CompiledApi:
    name: str
    document: SpecDocument
    schemas: Schemas
    operations: tuple[Operation, ...]
    collections: dict[str, Collection]
    router: Router
    errors: ErrorEnvelopes
    examples: ExampleIndex
    # Shaping plans, filled as schemas are first shaped, shared by every app of this API.
    plans: Plans

    @property
    def base_path(self) -> str:
        return self.document.base_path


@functools.cache
def compile_api(name: str) -> CompiledApi:
    document = SpecDocument.load(name)
    schemas = Schemas(document)
    operations = compile_operations(document, schemas)
    collections = RoleInference(schemas, operations).run()
    return CompiledApi(
        name=name,
        document=document,
        schemas=schemas,
        operations=tuple(operations),
        collections=collections,
        router=Router(document.base_path, operations),
        errors=ErrorEnvelopes(schemas, operations),
        examples=ExampleIndex(schemas).collect(operations),
        plans=Plans(schemas),
    )
