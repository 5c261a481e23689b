// @ts-check
/**
 * graphql-codegen plugin: from the hand-written operations, the SDK's method table.
 *
 * It writes `src/generated/operations.ts`: the `HubOperations` interface (one documented method
 * per operation), `HubStrictMutations` (the same mutations, throwing on user errors),
 * `HubPaginators` (one async iterator per connection an operation pages through) and the runtime
 * tables the client builds those methods from. The TSDoc of each method is the `#` comment above
 * its operation, so the documentation lives next to the GraphQL it describes.
 *
 * Plain JavaScript because the codegen CLI imports plugins with Node's own loader.
 */
import { Kind, getNamedType, isInputObjectType, isNonNullType } from "graphql";

/** Members of the client that are not operations; an operation may not take these names. */
const RESERVED = new Set(["paginate", "strict", "request", "withOptions"]);

const lowerFirst = (name) => name[0].toLowerCase() + name.slice(1);
const upperFirst = (name) => name[0].toUpperCase() + name.slice(1);

/** The `#` comment lines directly above an operation, without the `#`. */
function commentAbove(definition) {
  const loc = definition.loc;
  if (!loc) return [];
  const before = loc.source.body.slice(0, loc.start).split("\n");
  before.pop(); // the text on the operation's own line, before `query`
  const lines = [];
  while (before.length && /^\s*#/.test(before.at(-1))) lines.unshift(before.pop().replace(/^\s*#\s?/, ""));
  return lines;
}

/** A TSDoc block, indented for an interface member. */
function tsdoc(lines) {
  const body = lines.flatMap((line) => line.split("\n")).map((line) => (line ? `   * ${line}` : "   *"));
  return ["  /**", ...body, "   */"].join("\n");
}

/** True when a variable must be given: non-null and without a default value. */
const isRequired = (variable) => variable.type.kind === Kind.NON_NULL_TYPE && !variable.defaultValue;

/**
 * The path from the operation's root to the field that takes `after: $after`, as steps of
 * `{ field }` (response name) or `{ type }` (an inline fragment's type condition).
 */
function findConnectionPath(selectionSet, path = []) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const step = [...path, { field: selection.alias?.value ?? selection.name.value }];
      const pagesHere = selection.arguments?.some(
        (arg) => arg.name.value === "after" && arg.value.kind === Kind.VARIABLE && arg.value.name.value === "after",
      );
      if (pagesHere) return step;
      if (selection.selectionSet) {
        const found = findConnectionPath(selection.selectionSet, step);
        if (found) return found;
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT && selection.selectionSet) {
      const step = selection.typeCondition ? [...path, { type: selection.typeCondition.name.value }] : path;
      const found = findConnectionPath(selection.selectionSet, step);
      if (found) return found;
    }
  }
  return null;
}

/** A TypeScript type for the connection at `path` in `resultType` (null-safe, narrowed by __typename). */
function connectionType(resultType, path) {
  let type = resultType;
  for (const [index, step] of path.entries()) {
    const parent = index === 0 ? type : `NonNullable<${type}>`;
    type = step.field ? `${parent}['${step.field}']` : `Extract<${parent}, { __typename: '${step.type}' }>`;
  }
  return `NonNullable<${type}>`;
}

/** The first sentence of an operation's comment, for the paginator's documentation. */
const firstSentence = (lines) => lines.join(" ").split(/(?<=\.)\s/)[0];

/** A function body that reads the connection at `path` from `data`, or undefined when absent. */
function connectionSelector(path) {
  let expression = "data";
  const conditions = [];
  for (const step of path) {
    if (step.field) expression += `${expression === "data" ? "." : "?."}${step.field}`;
    else conditions.push(`${expression}?.__typename === '${step.type}'`);
  }
  return conditions.length ? `${conditions.join(" && ")} ? ${expression} : undefined` : expression;
}

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
export const plugin = (schema, documents) => {
  const operations = [];
  for (const file of documents) {
    for (const definition of file.document?.definitions ?? []) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      if (definition.operation === "subscription") throw new Error("sdk-methods: subscriptions are not supported");
      if (!definition.name) throw new Error(`sdk-methods: every operation needs a name (${file.location})`);
      const name = lowerFirst(definition.name.value);
      if (RESERVED.has(name)) throw new Error(`sdk-methods: "${name}" is a client member; rename the operation`);
      const doc = commentAbove(definition);
      if (!doc.length) throw new Error(`sdk-methods: document ${definition.name.value} with a # comment above it (${file.location})`);
      operations.push({ definition, name, doc, location: file.location });
    }
  }
  operations.sort((a, b) => a.name.localeCompare(b.name));
  const seen = new Set();
  for (const { name } of operations) {
    if (seen.has(name)) throw new Error(`sdk-methods: two operations are named ${name}`);
    seen.add(name);
  }

  const methods = [];
  const strictMethods = [];
  const paginators = [];
  const specs = [];
  const selectors = [];

  for (const { definition, name, doc } of operations) {
    const Name = upperFirst(definition.name.value);
    const kind = definition.operation;
    const suffix = kind === "query" ? "Query" : "Mutation";
    const resultType = `G.${Name}${suffix}`;
    const variablesType = `G.${Name}${suffix}Variables`;
    const variables = definition.variableDefinitions ?? [];
    const rootFields = definition.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);

    if (kind === "mutation") {
      // Every mutation of the hub takes one `input:` and returns a payload with `userErrors`: the
      // method takes the input itself and returns the payload.
      const onlyInput = variables.length === 1 && variables[0].variable.name.value === "input";
      if (!onlyInput || rootFields.length !== 1) {
        throw new Error(`sdk-methods: mutation ${Name} must take exactly $input and select one field`);
      }
      const field = rootFields[0].alias?.value ?? rootFields[0].name.value;
      const inputType = getNamedType(schema.getMutationType()?.getFields()[rootFields[0].name.value]?.args.find((a) => a.name === "input")?.type);
      const keyed = isInputObjectType(inputType) && "idempotencyKey" in inputType.getFields();
      const payloadType = `${resultType}['${field}']`;
      const retryNote = keyed
        ? "Retried on network errors and 5xx only when `input.idempotencyKey` is set (the hub then returns the first result)."
        : "Never retried automatically: a repeated write could apply twice.";
      const returns = "@returns The payload: the written object, or null and `userErrors` saying why the hub refused the write.";
      methods.push(`${tsdoc([...doc, "", retryNote, returns])}\n  ${name}(input: ${variablesType}['input'], options?: CallOptions): Promise<${payloadType}>;`);
      strictMethods.push(
        `${tsdoc([...doc, "", "@throws `HubUserErrors` when the hub refuses the write (non-empty `userErrors`).", "@returns The payload, its object non-null."])}\n  ${name}(input: ${variablesType}['input'], options?: CallOptions): Promise<Strict<${payloadType}>>;`,
      );
      specs.push(`  ${name}: { kind: 'mutation', name: '${name}', operation: '${Name}', document: D.${Name}Document, args: 'input', field: '${field}' },`);
      continue;
    }

    const args = variables.length === 0 ? "none" : "variables";
    const optional = variables.every((variable) => !isRequired(variable));
    const parameters = args === "none" ? "" : `variables${optional ? "?" : ""}: ${variablesType}, `;
    methods.push(`${tsdoc(doc)}\n  ${name}(${parameters}options?: CallOptions): Promise<${resultType}>;`);
    specs.push(`  ${name}: { kind: 'query', name: '${name}', operation: '${Name}', document: D.${Name}Document, args: '${args}' },`);

    const path = variables.some((v) => v.variable.name.value === "after") ? findConnectionPath(definition.selectionSet) : null;
    if (path) {
      const pageVariables = variables.filter((v) => v.variable.name.value !== "after");
      const pageOptional = pageVariables.every((variable) => !isRequired(variable));
      const connection = connectionType(resultType, path);
      paginators.push(
        `${tsdoc([
          `Every item of {@link HubOperations.${name}}, page after page: the iterator follows the cursors.`,
          "`first` sets the page size (default 20, at most 100).",
          "",
          firstSentence(doc),
        ])}\n  ${name}(variables${pageOptional ? "?" : ""}: PageVariables<${variablesType}>, options?: CallOptions): PageWalker<${connection}>;`,
      );
      selectors.push(`  ${name}: (data: ${resultType}) => ${connectionSelector(path)},`);
    }
  }

  return [
    "// Generated by client-sdk/codegen/sdk-methods.js from client-sdk/operations/*.graphql.",
    "// Do not edit: change the operations and run `npm run codegen`.",
    "import type * as G from './graphql.js';",
    "import * as D from './graphql.js';",
    "import type { CallOptions, OperationSpec, PageVariables, PageWalker, Strict } from '../types.js';",
    "",
    "/** One method per operation of the hub: queries return their data, mutations their payload. */",
    "export interface HubOperations {",
    methods.join("\n\n"),
    "}",
    "",
    "/** The mutations, throwing `HubUserErrors` instead of returning `userErrors`. */",
    "export interface HubStrictMutations {",
    strictMethods.join("\n\n"),
    "}",
    "",
    "/** For each paginated query, an async iterator over all its items. */",
    "export interface HubPaginators {",
    paginators.join("\n\n"),
    "}",
    "",
    "/** How the client sends each operation. */",
    "export const operationSpecs = {",
    specs.join("\n"),
    "} as const satisfies Record<string, OperationSpec>;",
    "",
    "/** Where each paginated query keeps its connection. */",
    "export const connectionSelectors = {",
    selectors.join("\n"),
    "};",
    "",
  ].join("\n");
};
