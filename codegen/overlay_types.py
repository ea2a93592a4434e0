"""Write ``overlays/crm_overlays/_typed_api.py``: the typed overloads of the overlay's entry points.

``python -m codegen.overlay_types``          rewrite the module when it differs
``python -m codegen.overlay_types --check``  exit 1, printing the difference, when it is stale

Why generated: ``paginate(list_contacts, client=c)`` must yield ``Contact`` to mypy, and
``unwrap``/``call`` must return ``ContactList`` rather than ``ContactList | Error``. The only
way to tell mypy that today is one ``@overload`` per response type, and a hand-kept table of
them would drift from the specs. This script derives every overload from two sources:

* the specs: which operations page (``x-pagination``), where their items sit (its ``items``
  pointer) and which response schema is the success (the 2xx response's ``$ref``);
* the generated clients, imported: ``typing.get_type_hints(module.sync_detailed)`` gives the
  exact ``Response[...]`` union, and the page model's hints give the item type.

Run it after ``codegen.generate`` (``make generate``); ``--check`` belongs in CI next to
``codegen.generate --check``.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import importlib
import operator
import pkgutil
import subprocess
import sys
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_overlays import specs
from crm_overlays.pagination import model_attribute
from crm_overlays.responses import spec_operation
from crm_overlays.spec_extensions import pagination_rule

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "overlays" / "crm_overlays" / "_typed_api.py"


class GenerationError(Exception):
    """The specs and the generated clients disagree in a way the overloads cannot express."""


@dataclass(frozen=True)
class TypedOperation:
    """What the overloads need to know about one generated endpoint."""

    api: str
    operation_id: str
    module: types.ModuleType
    response: Any  # the generated Response[...] type of sync_detailed
    success: Any  # the member of its union that a 2xx response parses into
    item: Any | None  # the type of one item, for a paginated operation


# ------------------------------------------------------------------ discovery


def endpoint_modules(api: str) -> Iterator[types.ModuleType]:
    """Every generated endpoint module of ``api``, in a stable order."""
    package = importlib.import_module(f"{api}_client.api")
    for info in sorted(
        pkgutil.walk_packages(package.__path__, f"{package.__name__}."),
        key=lambda found: found.name,
    ):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            yield module


def _hints_namespace(api: str, owner: Any) -> dict[str, Any]:
    # Generated models import each other under TYPE_CHECKING only; resolving their string
    # annotations needs the models package (which imports them all) as namespace.
    models = importlib.import_module(f"{api}_client.models")
    types_module = importlib.import_module(f"{api}_client.types")
    return {**vars(types_module), **vars(models), **vars(sys.modules[owner.__module__])}


def _success_schema_names(api: str, operation: dict[str, Any]) -> set[str]:
    """The component schema names of the operation's 2xx JSON responses."""
    document = specs.load(api)
    names: set[str] = set()
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        response, _ = specs.resolve(document, response)
        schema = response.get("content", {}).get("application/json", {}).get("schema", {})
        name = specs.ref_name(schema)
        if name is not None:
            names.add(name)
            # A response that admits several shapes (the vendor's sources disagree) parses
            # into one of its branches: each is a success model.
            component, _ = specs.resolve(document, schema)
            for keyword in ("oneOf", "anyOf"):
                for branch in component.get(keyword) or []:
                    branch_name = specs.ref_name(branch)
                    if branch_name is not None:
                        names.add(branch_name)
    return names


def _union_members(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp) if isinstance(tp, types.UnionType) else (tp,)


def _strip_unset(tp: Any) -> Any:
    """``list[Contact] | Unset`` → ``list[Contact]``: an optional property's present type."""
    kept = [m for m in _union_members(tp) if m is not type(None) and m.__name__ != "Unset"]
    if len(kept) != 1:
        raise GenerationError(f"expected one type besides Unset/None in {tp}")
    return kept[0]


def _item_type(api: str, page_model: Any, pointer: str, where: str) -> Any:
    """The element type of the list at JSON ``pointer`` inside ``page_model``."""
    current = page_model
    for token in specs.pointer_tokens(pointer):
        attribute = model_attribute(current, token)
        if attribute is None:
            raise GenerationError(f"{where}: {page_model.__name__} has no property {token!r}")
        hints = typing.get_type_hints(current, globalns=_hints_namespace(api, current))
        current = _strip_unset(hints[attribute])
    if typing.get_origin(current) is not list:
        raise GenerationError(f"{where}: the items at {pointer} are {current}, not a list")
    (item,) = typing.get_args(current)
    return item


def typed_operation(module: types.ModuleType) -> TypedOperation:
    operation = spec_operation(module)
    api, where = operation.api, f"specs/{operation.api}.yaml {operation.operation_id}"
    hints = typing.get_type_hints(module.sync_detailed)
    response = hints["return"]
    (union,) = typing.get_args(response)
    members = _union_members(union)
    wanted = _success_schema_names(api, dict(operation.spec))
    success = [m for m in members if getattr(m, "__name__", None) in wanted]
    if len(success) > 1:
        success = [functools.reduce(operator.or_, success)]
    if len(success) != 1:
        raise GenerationError(
            f"{where}: cannot tell the success model among {members} (2xx schemas: {wanted})"
        )
    item = None
    rule = pagination_rule(operation.spec, where)
    if rule is not None:
        item = _item_type(api, success[0], rule.items, where)
    return TypedOperation(api, operation.operation_id, module, response, success[0], item)


def _has_success(module: types.ModuleType) -> bool:
    """Whether the operation documents any 2xx response; an OAuth authorization endpoint
    answers only with a redirect, so it has no success model to type."""
    responses = spec_operation(module).spec.get("responses") or {}
    return any(str(status).startswith("2") for status in responses)


def typed_operations() -> list[TypedOperation]:
    found = [
        typed_operation(m)
        for api in specs.APIS
        for m in endpoint_modules(api)
        if _has_success(m)
    ]
    paginated = {(op.api, op.operation_id) for op in found if op.item is not None}
    for api in specs.APIS:
        for _method, _path, operation in specs.operations(api):
            if "x-pagination" in operation and (api, operation["operationId"]) not in paginated:
                raise GenerationError(
                    f"specs/{api}.yaml {operation['operationId']} has x-pagination but no "
                    f"generated endpoint module was found for it"
                )
    return found


# ------------------------------------------------------------------- rendering


def render_type(tp: Any) -> str:
    """A type as source text whose names resolve through ``import <api>_client.*``."""
    if tp is type(None):
        return "None"
    if isinstance(tp, types.UnionType):
        return " | ".join(render_type(member) for member in typing.get_args(tp))
    origin = typing.get_origin(tp)
    if origin is not None:
        inner = ", ".join(render_type(arg) for arg in typing.get_args(tp))
        return f"{render_type(origin)}[{inner}]"
    module = getattr(tp, "__module__", "")
    if module == "builtins":
        return str(tp.__name__)
    package, name = module.split(".", 1)[0], str(tp.__name__)
    for public in (f"{package}.models", f"{package}.types"):
        if getattr(importlib.import_module(public), name, None) is tp:
            return f"{public}.{name}"
    raise GenerationError(f"cannot name {tp!r} through {package}.models or {package}.types")


def _distinct(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One overload per parameter type; a type that maps to two results gets none (the
    untyped fallback then applies) rather than a wrong one."""
    results: dict[str, set[str]] = {}
    for parameter, result in pairs:
        results.setdefault(parameter, set()).add(result)
    return [(p, next(iter(r))) for p, r in sorted(results.items()) if len(r) == 1]


HEADER = '''\
"""The overlay's typed entry points: paginate, apaginate, unwrap, call and acall.

Generated by codegen/overlay_types.py from specs/*.yaml and the generated clients; do not edit.
Regenerate with `python -m codegen.overlay_types` (part of `make generate`).

Each function has one overload per response type of the generated endpoints, which tells mypy
the result: `paginate(list_contacts, client=c)` yields `Contact`, `call(get_contact, ...)`
returns `Contact`, and the ParamSpec checks every argument passed on to the endpoint. The last
overload is the untyped fallback for an endpoint this module does not know yet.
"""

# The overloads of one vendor share its error model (`ContactList | Error`, `TaskList |
# Error`), which mypy reports as overlapping; they are not, because a generated `Response` is
# invariant and an endpoint module matches exactly one of them.
# mypy: disable-error-code="overload-overlap"

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ParamSpec, overload

from .pagination import AsyncPaginator, Paginator
from .responses import (
    Endpoint,
    GeneratedResponse,
    acall_endpoint,
    call_endpoint,
    unwrap_response,
)

if TYPE_CHECKING:
{imports}

P = ParamSpec("P")

__all__ = ["acall", "apaginate", "call", "paginate", "unwrap"]
'''

ENTRY_POINTS = '''
{paginate_overloads}
@overload
def paginate(
    endpoint: Endpoint[P, Any], *args: P.args, **kwargs: P.kwargs
) -> Paginator[Any, Any]: ...
def paginate(
    endpoint: Endpoint[P, Any], *args: P.args, **kwargs: P.kwargs
) -> Paginator[Any, Any]:
    """Every item of every page of a list operation, fetched page by page.

    `args` and `kwargs` (`client=` included) go to the endpoint as they would to its
    `sync_detailed`. Use `.pages()` for the pages and `.limit(max_items=, max_pages=)` to stop
    early.
    """
    return Paginator(endpoint, args, kwargs)

{apaginate_overloads}
@overload
def apaginate(
    endpoint: Endpoint[P, Any], *args: P.args, **kwargs: P.kwargs
) -> AsyncPaginator[Any, Any]: ...
def apaginate(
    endpoint: Endpoint[P, Any], *args: P.args, **kwargs: P.kwargs
) -> AsyncPaginator[Any, Any]:
    """The asyncio twin of `paginate`: `async for item in apaginate(...)`."""
    return AsyncPaginator(endpoint, args, kwargs)

{unwrap_overloads}
@overload
def unwrap(response: GeneratedResponse[Any]) -> Any: ...
def unwrap(response: GeneratedResponse[Any]) -> Any:
    """The success model of a generated `Response`, or the typed error (`crm_overlays.errors`)."""
    return unwrap_response(response)

{call_overloads}
@overload
def call(endpoint: Endpoint[P, Any], *args: P.args, **kwargs: P.kwargs) -> Any: ...
def call(endpoint: Endpoint[P, Any], *args: P.args, **kwargs: P.kwargs) -> Any:
    """Call the endpoint's `sync_detailed` and return the success model.

    Raises the typed error for an error status and `InvalidResponseError` (naming the operation
    and the field) when a 2xx body does not parse.
    """
    return call_endpoint(endpoint, *args, **kwargs)

{acall_overloads}
@overload
async def acall(endpoint: Endpoint[P, Any], *args: P.args, **kwargs: P.kwargs) -> Any: ...
async def acall(endpoint: Endpoint[P, Any], *args: P.args, **kwargs: P.kwargs) -> Any:
    """The asyncio twin of `call` (awaits the endpoint's `asyncio_detailed`)."""
    return await acall_endpoint(endpoint, *args, **kwargs)
'''


def _endpoint_overloads(name: str, prefix: str, pairs: list[tuple[str, str]]) -> str:
    return "".join(
        f"@overload\n{prefix}def {name}(\n"
        f"    endpoint: Endpoint[P, {parameter}], *args: P.args, **kwargs: P.kwargs\n"
        f") -> {result}: ...\n"
        for parameter, result in pairs
    )


def render(operations: list[TypedOperation]) -> str:
    paged = _distinct(
        [
            (render_type(op.response), f"{render_type(op.success)}, {render_type(op.item)}")
            for op in operations
            if op.item is not None
        ]
    )
    results = _distinct([(render_type(op.response), render_type(op.success)) for op in operations])
    imports = sorted(
        {f"    import {op.api}_client.{part}" for op in operations for part in ("models", "types")}
    )
    body = ENTRY_POINTS.format(
        paginate_overloads=_endpoint_overloads(
            "paginate", "", [(p, f"Paginator[{r}]") for p, r in paged]
        ),
        apaginate_overloads=_endpoint_overloads(
            "apaginate", "", [(p, f"AsyncPaginator[{r}]") for p, r in paged]
        ),
        unwrap_overloads="".join(
            f"@overload\ndef unwrap(response: {p}) -> {r}: ...\n" for p, r in results
        ),
        call_overloads=_endpoint_overloads("call", "", results),
        acall_overloads=_endpoint_overloads("acall", "async ", results),
    )
    return HEADER.format(imports="\n".join(imports)) + body


def ruff_format(source: str) -> str:
    """``source`` formatted by ruff with the project's settings, so the output is stable."""
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [
            str(ruff),
            "format",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--stdin-filename",
            TARGET.name,
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        raise GenerationError(f"ruff format failed:\n{result.stderr}")
    return result.stdout


def generate() -> str:
    return ruff_format(render(typed_operations()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.overlay_types",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 with a diff when the module is stale"
    )
    args = parser.parse_args(argv)
    try:
        wanted = generate()
    except GenerationError as exc:
        print(f"overlay_types: {exc}", file=sys.stderr)
        return 2
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    relative = str(TARGET.relative_to(ROOT)) if TARGET.is_relative_to(ROOT) else str(TARGET)
    if args.check:
        if current == wanted:
            print(f"{relative} is current")
            return 0
        sys.stdout.writelines(
            difflib.unified_diff(
                current.splitlines(keepends=True),
                wanted.splitlines(keepends=True),
                fromfile=f"{relative} (committed)",
                tofile=f"{relative} (from the specs)",
            )
        )
        print(f"{relative} is stale; fix: python -m codegen.overlay_types")
        return 1
    if current != wanted:
        TARGET.write_text(wanted, encoding="utf-8")
        print(f"wrote {relative}")
    else:
        print(f"{relative} is current")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
