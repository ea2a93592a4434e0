// Drives Repzo's own SDK (npm repzo@1.0.254, from the repository's node_modules) against a
// served mock. Run by tests/peers/test_repzo_sdk.py:
//
//   node driver.mjs < steps.json
//
// The mock's base URL and API key come from the environment (REPZO_PEER_URL, REPZO_PEER_KEY);
// the key is never printed. stdin holds a JSON list of steps, each an SDK call:
//   {"call": "find" | "get" | "create" | "update" | "remove", "args": [...]}
//   {"call": "pages", "args": [params]}   every page of find(), as an application pages
//   {"key": "other"}                       on any step: call with another API key
// stdout is one JSON line: {"steps": [{"result": ...} | {"status": n, "body": ...}, ...]}.
// Each record the SDK hands back is also checked against the SDK's own type for it
// (`problems`), since a JavaScript SDK has no runtime models to parse into.

import Repzo from "repzo";

const baseUrl = process.env.REPZO_PEER_URL;
const apiKey = process.env.REPZO_PEER_KEY;
if (!baseUrl || !apiKey) {
  console.error("REPZO_PEER_URL and REPZO_PEER_KEY must be set");
  process.exit(2);
}

function client(key) {
  // retryAttempts 1 and a short timeout: a test must fail fast, not back off for seconds.
  const sdk = new Repzo(key, { retryAttempts: 1, timeout: 10000 });
  // The SDK has no base-URL option: `env` picks one of three hard-coded hosts
  // (node_modules/repzo/src/index.ts, the constructor). The host lives in the instance field
  // `svAPIEndpoint` (TypeScript-private, a plain property at run time), read on every call.
  sdk.svAPIEndpoint = baseUrl;
  return sdk;
}

// ---------------------------------------------------------------- the SDK's own types
// node_modules/repzo/src/types/index.ts: `ClientContact.ClientContactSchema` and the
// `AdminCreator` / `RepCreator` / `ClientCreator` interfaces it refers to.

const CREATOR_TYPES = { admin: "admin", rep: "rep", client: "client" };

function checkCreator(value, where, problems) {
  if (typeof value !== "object" || value === null) {
    problems.push(`${where} is not an object`);
    return;
  }
  if (typeof value._id !== "string") problems.push(`${where}._id is not a string`);
  if (!(value.type in CREATOR_TYPES)) problems.push(`${where}.type is ${JSON.stringify(value.type)}`);
  if ("name" in value && typeof value.name !== "string") problems.push(`${where}.name is not a string`);
  const own = CREATOR_TYPES[value.type];
  if (own && own in value && typeof value[own] !== "string") {
    problems.push(`${where}.${own} is not a string`);
  }
}

const STRINGS = ["local_name", "phone1", "phone2", "email", "title", "extra_info", "cover_photo"];

function checkContact(value, where = "record") {
  const problems = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [`${where} is not an object`];
  }
  for (const key of ["_id", "name", "createdAt", "updatedAt"]) {
    if (typeof value[key] !== "string") problems.push(`${where}.${key} is not a string`);
  }
  if (typeof value.__v !== "number") problems.push(`${where}.__v is not a number`);
  checkCreator(value.creator, `${where}.creator`, problems);
  if ("editor" in value) checkCreator(value.editor, `${where}.editor`, problems);
  if (!Array.isArray(value.company_namespace) || value.company_namespace.some((n) => typeof n !== "string")) {
    problems.push(`${where}.company_namespace is not a string[]`);
  }
  for (const key of STRINGS) {
    if (key in value && typeof value[key] !== "string") problems.push(`${where}.${key} is not a string`);
  }
  if ("disabled" in value && typeof value.disabled !== "boolean") problems.push(`${where}.disabled is not a boolean`);
  if ("media" in value && (!Array.isArray(value.media) || value.media.some((m) => typeof m !== "string"))) {
    problems.push(`${where}.media is not a string[]`);
  }
  if ("integration_meta" in value && (typeof value.integration_meta !== "object" || value.integration_meta === null)) {
    problems.push(`${where}.integration_meta is not an object`);
  }
  return problems;
}

// The records of an answer, where the vendor's description of this page puts them
// (`data`: node_modules/repzo/docs/generated/client-contact-bundled.yaml).
function records(result) {
  if (result && Array.isArray(result.data)) return result.data;
  if (result && typeof result.data === "object" && result.data !== null) return [result.data];
  return [];
}

// ---------------------------------------------------------------- the steps

async function pages(sdk, params) {
  // An application's loop over find(): ask for the next page until the server says there is
  // none. The SDK offers no paginator; its type names `next_page_url`/`total_pages`
  // (DefaultPaginationResult), the vendor's description of this page `pagination.next_page`:
  // either marker ends the loop, and so does a short page. A cap guards against a loop.
  const seen = [];
  const perPage = params.per_page ?? 25;
  for (let page = 1; page <= 100; page++) {
    const result = await sdk.clientContact.find({ ...params, page });
    seen.push(result);
    const items = records(result);
    const next = result?.pagination ? result.pagination.next_page : result?.next_page_url;
    if (items.length < perPage || next === null || next === undefined || next === 0) break;
  }
  return seen;
}

async function run(step) {
  const sdk = client(step.key ?? apiKey);
  const args = step.args ?? [];
  try {
    let result;
    if (step.call === "pages") {
      result = await pages(sdk, args[0] ?? {});
    } else {
      result = await sdk.clientContact[step.call](...args);
    }
    const answers = step.call === "pages" ? result : [result];
    const problems = answers.flatMap((answer) => records(answer).flatMap((r, i) => checkContact(r, `data[${i}]`)));
    const out = { result, problems };
    if (step.typed) out.typed = typedProblems(step.call, result);
    return out;
  } catch (error) {
    if (error?.response) return { status: error.response.status, body: error.response.data };
    return { exception: String(error?.message ?? error) };
  }
}

// The answer against the SDK's declared result type, as a TypeScript caller reads it:
// `Find.Result extends DefaultPaginationResult` and `Get/Create/Update/Remove.Result =
// ClientContactSchema` (node_modules/repzo/src/types/index.ts).
function typedProblems(call, result) {
  if (call === "find") {
    const problems = [];
    for (const key of ["total_result", "current_count", "total_pages", "current_page", "per_page"]) {
      if (typeof result?.[key] !== "number") problems.push(`${key} is not a number`);
    }
    for (const key of ["first_page_url", "last_page_url", "path"]) {
      if (typeof result?.[key] !== "string") problems.push(`${key} is not a string`);
    }
    if (!Array.isArray(result?.data)) problems.push("data is not an array");
    else result.data.forEach((r, i) => problems.push(...checkContact(r, `data[${i}]`)));
    return problems;
  }
  return checkContact(result, "result");
}

const input = await new Promise((resolve, reject) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
  process.stdin.on("error", reject);
});
const steps = JSON.parse(input);
const results = [];
for (const step of steps) results.push(await run(step));
process.stdout.write(JSON.stringify({ steps: results }) + "\n");
