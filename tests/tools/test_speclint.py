"""The spec checker names the file and the JSON pointer of every defect it finds."""

from __future__ import annotations

import textwrap

import pytest

from tools.speclint.__main__ import main
from tools.speclint.check import check_spec

VALID = """\
openapi: 3.1.0
info: {title: Demo, version: "1"}
servers: [{url: "https://api.example.test"}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        created: {type: string, format: date-time}
    ItemList:
      type: object
      properties:
        data: {type: array, items: {$ref: '#/components/schemas/Item'}}
        meta:
          type: object
          properties:
            next_cursor: {type: [string, "null"]}
paths:
  /items:
    get:
      operationId: listItems
      security: [{bearer: []}]
      x-pagination:
        style: cursor
        items: /data
        sizeParam: "page[size]"
        defaultSize: 30
        cursorParam: "page[cursor]"
        nextCursor: /meta/next_cursor
      parameters:
        - {name: "page[size]", in: query, schema: {type: integer, default: 30}}
        - {name: "page[cursor]", in: query, schema: {type: string}}
      responses:
        "200":
          description: A page of items.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ItemList'}
              examples:
                page:
                  summary: documented
                  value: {data: [{id: 1, created: "2024-01-02T03:04:05Z"}], meta: {next_cursor: null}}
        "401":
          description: "Inferred: any server rejects a bad token."
          x-inferred: true
"""


def _write(tmp_path, text, name="demo.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return str(path)


def _problems(tmp_path, text):
    return check_spec(_write(tmp_path, text)).problems


def test_valid_spec_has_no_problems(tmp_path):
    report = check_spec(_write(tmp_path, VALID))
    assert report.problems == []
    assert (report.operations, report.schemas, report.examples) == (1, 2, 1)


def test_invalid_example_names_example_pointer_and_field(tmp_path):
    problems = _problems(tmp_path, VALID.replace("{id: 1, created", "{id: one, created"))
    assert len(problems) == 1
    problem = problems[0]
    assert problem.check == "example"
    assert problem.pointer == ("/paths/~1items/get/responses/200/content/application~1json"
                               "/examples/page/value")
    assert "/data/0/id" in problem.message
    assert problem.file.endswith("demo.yaml")
    assert problem.line is not None


def test_malformed_date_time_in_example_is_caught(tmp_path):
    problems = _problems(tmp_path, VALID.replace("2024-01-02T03:04:05Z", "2024-01-02 3:04 PM"))
    assert [p.check for p in problems] == ["example"]
    assert "date-time" in problems[0].message


def test_duplicate_key_is_reported_with_line(tmp_path):
    text = VALID.replace("      operationId: listItems\n",
                         "      operationId: listItems\n      operationId: listThings\n")
    problems = _problems(tmp_path, text)
    assert [(p.check, p.pointer) for p in problems] == [("yaml", "/paths/~1items/get/operationId")]
    assert "first at line" in problems[0].message


def test_unquoted_yaml11_date_is_rejected(tmp_path):
    problems = _problems(tmp_path, VALID.replace('version: "1"', "version: 2024-01-02"))
    assert [(p.check, p.pointer) for p in problems] == [("yaml", "/info/version")]


def test_dangling_ref_names_the_referring_pointer(tmp_path):
    text = VALID.replace("#/components/schemas/Item'}}", "#/components/schemas/Itme'}}")
    problems = _problems(tmp_path, text)
    assert [(p.check, p.pointer) for p in problems] == [
        ("ref", "/components/schemas/ItemList/properties/data/items/$ref")]


def test_pagination_names_must_exist(tmp_path):
    problems = _problems(tmp_path, VALID.replace("nextCursor: /meta/next_cursor",
                                                 "nextCursor: /meta/cursor"))
    assert [(p.check, p.pointer) for p in problems] == [
        ("x-pagination", "/paths/~1items/get/x-pagination/nextCursor")]


def test_paging_parameters_without_declaration_are_reported(tmp_path):
    text = VALID.split("      x-pagination:")[0] + "      parameters:" + \
        VALID.split("      parameters:")[1]
    problems = _problems(tmp_path, text)
    assert [(p.check, p.pointer) for p in problems] == [("x-pagination", "/paths/~1items/get")]


def test_rate_limited_operation_needs_a_429_with_retry_after(tmp_path):
    limit = "x-rate-limit: {limit: 60, window: 60, scope: operation}\n"
    text = VALID.replace("servers:", limit + "servers:")
    problems = _problems(tmp_path, text)
    assert [(p.check, p.message) for p in problems] == [
        ("conventions", "rate-limited operation without a 429 response")]


def test_operation_without_security_is_reported(tmp_path):
    problems = _problems(tmp_path, VALID.replace("      security: [{bearer: []}]\n", ""))
    assert [p.message for p in problems] == ["operation declares no `security`"]


def test_structural_error_is_reported_by_pointer(tmp_path):
    problems = _problems(tmp_path, VALID.replace("in: query, schema: {type: string}",
                                                 "in: nowhere, schema: {type: string}"))
    structural = [p for p in problems if p.check == "openapi"]
    assert structural, problems
    assert all(p.pointer.startswith("/paths/~1items/get/parameters/1") for p in structural)


@pytest.mark.parametrize("broken", [True, False])
def test_cli_exit_status_and_output(tmp_path, capsys, broken):
    text = VALID.replace("{id: 1,", "{id: x,") if broken else VALID
    path = _write(tmp_path, text)
    status = main([path])
    out = capsys.readouterr().out
    assert status == (1 if broken else 0)
    assert ("FAIL (1)" in out) is broken
    if broken:
        assert f"{path}#/paths/~1items/get/responses/200" in out


def test_required_name_missing_from_properties_is_reported(tmp_path):
    problems = _problems(tmp_path, VALID.replace("required: [id]", "required: [idd]"))
    # The example now lacks the required name too; the typo itself is named by its pointer.
    assert ("conventions", "/components/schemas/Item/required/0") in [
        (p.check, p.pointer) for p in problems]


QUERY = """\
      x-query:
        filter:
          param: filter
          language: kanbert
          operators: {eq: eq, gte: gte}
          types: {string: [eq]}
          fields:
            name: string
            created: {type: date, operators: [gte]}
        sort: {param: sort, keys: [created], descendingPrefix: "-"}
      x-pagination:"""


def _with_query(query=QUERY):
    text = VALID.replace("      x-pagination:", query, 1)
    return text.replace(
        '        - {name: "page[cursor]", in: query, schema: {type: string}}',
        '        - {name: "page[cursor]", in: query, schema: {type: string}}\n'
        '        - {name: filter, in: query, schema: {type: string}}\n'
        '        - {name: sort, in: query, schema: {type: string}}',
    )


def test_a_query_declaration_in_its_format_has_no_problems(tmp_path):
    assert _problems(tmp_path, _with_query()) == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (("param: filter", "param: where"), "/paths/~1items/get/x-query/filter/param"),
        (("sort: {param: sort", "sort: {param: order"), "/paths/~1items/get/x-query/sort/param"),
        (("string: [eq]", "string: [eq, like]"), "/paths/~1items/get/x-query/filter/types/string"),
        (("operators: [gte]", "operators: [lt]"),
         "/paths/~1items/get/x-query/filter/fields/created"),
        (("gte: gte}", "gte: bigger}"), "/paths/~1items/get/x-query/filter/operators/gte"),
        (("language: kanbert", "language: sql"), "/paths/~1items/get/x-query/filter/language"),
    ],
)
def test_a_broken_query_declaration_is_reported_where_it_breaks(tmp_path, change, where):
    problems = _problems(tmp_path, _with_query(QUERY.replace(*change)))
    assert [(p.check, p.pointer) for p in problems] == [("x-query", where)]


OAUTH = VALID.replace(
    "    bearer: {type: http, scheme: bearer}\n",
    """    bearer: {type: http, scheme: bearer}
    oauth:
      type: oauth2
      x-oauth: {clientAuthentication: client_secret_post, pkce: false, refreshRotates: true,
                accessTokenLifetime: 7200, defaultScopes: [read]}
      flows:
        authorizationCode:
          authorizationUrl: https://auth.example.test/oauth/authorize
          tokenUrl: https://auth.example.test/oauth/token
          scopes: {read: Read items.}
""",
) + """  /oauth/authorize:
    servers: [{url: "https://auth.example.test"}]
    get:
      operationId: authorize
      security: []
      responses:
        "302": {description: The redirect with the code.}
        "400": {description: A bad request.}
"""


def test_an_oauth_authorization_endpoint_may_declare_no_security_and_answer_302(tmp_path):
    assert _problems(tmp_path, OAUTH) == []


def test_an_operation_that_is_no_oauth_endpoint_still_needs_security_and_a_2xx(tmp_path):
    text = OAUTH.replace('https://auth.example.test"}]\n    get:',
                         'https://elsewhere.test"}]\n    get:')
    problems = {(p.check, p.pointer, p.message) for p in _problems(tmp_path, text)}
    assert problems == {
        ("conventions", "/paths/~1oauth~1authorize/get", "operation declares no `security`"),
        ("conventions", "/paths/~1oauth~1authorize/get/responses", "no 2xx response documented"),
    }


def test_x_oauth_is_checked_against_its_format_and_the_flow_scopes(tmp_path):
    text = OAUTH.replace("pkce: false", "pkce: maybe").replace("[read]", "[write]")
    problems = sorted((p.check, p.pointer) for p in _problems(tmp_path, text))
    assert problems == [
        ("x-oauth", "/components/securitySchemes/oauth/x-oauth/defaultScopes/0"),
        ("x-oauth", "/components/securitySchemes/oauth/x-oauth/pkce"),
    ]
