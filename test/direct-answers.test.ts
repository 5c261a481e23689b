/**
 * Mutations answered directly (server/modules/mutations/direct-answers.plugin.ts): the payload is
 * written from the value the resolver returns, without execution. It must be execution's answer
 * exactly — the same data, the same errors at the same paths, the same statements — and anything
 * that is not a plain selection must still execute.
 */
import fc from "fast-check";
import {
  execute,
  GraphQLEnumType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type OperationDefinitionNode,
} from "graphql";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { directPlan } from "../server/modules/mutations/direct-answers.plugin.js";
import { mutationRunners } from "../server/modules/mutations/mutation-runners.js";
import { ProgressMutationResolver } from "../server/modules/progress/progress-mutation.resolver.js";
import { createSchema } from "../server/schema.js";
import { pathArray, plainCompletion } from "../server/shared/plain-answer.js";
import { startHub, startTwin, type Hub } from "./testkit.js";
import { joinBody, lookUpDemo, newCommitment, newPartner, newPriority, valuesFor, type DemoIds } from "./write-helpers.js";

describe("a plain selection is completed as execution completes it", () => {
  const Status = new GraphQLEnumType({ name: "Status", values: { OPEN: { value: "open" }, CLOSED: { value: "closed" } } });
  const Item = new GraphQLObjectType({
    name: "Item",
    fields: { n: { type: new GraphQLNonNull(GraphQLInt) }, label: { type: GraphQLString }, status: { type: Status } },
  });
  const Box = new GraphQLObjectType({
    name: "Box",
    fields: {
      item: { type: new GraphQLNonNull(Item) },
      items: { type: new GraphQLList(new GraphQLNonNull(Item)) },
      maybeItems: { type: new GraphQLNonNull(new GraphQLList(Item)) },
      tags: { type: new GraphQLList(GraphQLString) },
    },
  });
  const Query = new GraphQLObjectType({ name: "Query", fields: { box: { type: Box }, requiredBox: { type: new GraphQLNonNull(Box) } } });
  const schema = new GraphQLSchema({ query: Query });
  const document = parse(`{
    box { __typename item { n label } items { ...ItemFields } first: maybeItems { n } tags }
    requiredBox { items { n status } tags item { __typename status } }
  }
  fragment ItemFields on Item { n status label renamed: label }`);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fragments = { ItemFields: document.definitions[1] as FragmentDefinitionNode };

  /** The answer for `rootValue` written by the completions of the two root fields, the way the plugin writes a mutation's. */
  function completed(rootValue: Record<string, unknown>) {
    const errors: GraphQLError[] = [];
    const data: Record<string, unknown> = {};
    for (const node of operation.selectionSet.selections as FieldNode[]) {
      const field = Query.getFields()[node.name.value]!;
      const complete = plainCompletion({ schema, fragments, variables: {} }, Query, [node], field.type)!;
      try {
        data[node.name.value] = complete(rootValue[node.name.value], { prev: undefined, key: node.name.value }, errors);
      } catch (error) {
        errors.push(error as GraphQLError);
        return { data: null, errors };
      }
    }
    return { data, errors };
  }

  const value = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constantFrom("open", "closed", "OPEN"));
  const item = fc.oneof(value, fc.record({ n: value, label: value, status: value }, { requiredKeys: [] }));
  const list = fc.oneof(value, fc.array(item, { maxLength: 3 }));
  const box = fc.oneof(value, fc.record({ item, items: list, maybeItems: list, tags: fc.oneof(value, fc.array(value, { maxLength: 3 })) }, { requiredKeys: [] }));

  it("gives the same data and the same errors at the same paths as graphql-js, for any value", async () => {
    await fc.assert(
      fc.asyncProperty(box, box, async (boxValue, requiredBoxValue) => {
        const rootValue = { box: boxValue, requiredBox: requiredBoxValue };
        const executed = await execute({ schema, document, rootValue });
        const direct = completed(rootValue);
        expect(JSON.stringify(direct.data)).toBe(JSON.stringify(executed.data));
        const described = (errors: readonly GraphQLError[] = []) => errors.map((error) => ({ message: error.message, path: error.path }));
        expect(described(direct.errors)).toEqual(described(executed.errors));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a path as a list of keys", () => {
    expect(pathArray({ prev: { prev: { prev: undefined, key: "box" }, key: "items" }, key: 2 })).toEqual(["box", "items", 2]);
  });
});

describe("which mutations are answered directly", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });
  const planned = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    return directPlan(schema, document, operation, mutationRunners()) !== null;
  };
  const SUBMIT = "progressReportSubmit(input: $input)";

  it("every mutation has a runner: its resolver method, called with the context and its input", () => {
    expect([...mutationRunners().keys()].sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });

  it("answers a payload whose every field reads the value: properties, a node's id, __typename, through aliases and fragments", () => {
    expect(planned(`mutation($input: ProgressReportSubmitInput!) { ${SUBMIT} { progressReport { id version reviewState } userErrors { field code message } } }`)).toBe(true);
    expect(planned(`mutation($input: ProgressReportSubmitInput!) { done: ${SUBMIT} { __typename progressReport { ...R submittedAt reviewedAt } errors: userErrors { code } } }
      fragment R on ProgressReport { id status periodStart periodEnd revision }`)).toBe(true);
  });

  it("executes anything else: a field with a resolver, a directive, two root fields, a query", () => {
    expect(planned(`mutation($input: ProgressReportSubmitInput!) { ${SUBMIT} { progressReport { id commitment { id } } } }`)).toBe(false);
    expect(planned(`mutation($input: ProgressReportSubmitInput!) { ${SUBMIT} { progressReport { narrative } } }`)).toBe(false);
    expect(planned(`mutation($input: ProgressReportSubmitInput!) { ${SUBMIT} { progressReport { viewerCanCorrect } } }`)).toBe(false);
    expect(planned(`mutation($input: ProgressReportSubmitInput!, $yes: Boolean!) { ${SUBMIT} { progressReport { id @include(if: $yes) } } }`)).toBe(false);
    expect(planned(`mutation($input: ProgressReportSubmitInput!) { a: ${SUBMIT} { userErrors { code } } b: ${SUBMIT} { userErrors { code } } }`)).toBe(false);
    expect(planned(`query { __typename }`)).toBe(false);
  });
});

describe("progressReportSubmit answered directly, and executed, on the same rows", () => {
  let direct: Hub;
  let executed: Hub;
  let ids: DemoIds;
  beforeAll(async () => {
    direct = await startHub();
    executed = await startTwin(direct, { lookahead: "off" });
    ids = await lookUpDemo(direct);
  });
  afterAll(async () => {
    await executed.close();
    await direct.close();
  });

  const SELECTION = `__typename
    progressReport { __typename id version reviewState status periodStart periodEnd revision reviewerComment reviewedAt submittedAt ...Same }
    userErrors { code field message }`;
  const MUTATION = `mutation($input: ProgressReportSubmitInput!) { submitted: progressReportSubmit(input: $input) { ${SELECTION} } }
    fragment Same on ProgressReport { again: id }`;

  async function reporting() {
    const partner = await newPartner(direct, "Directly answered NGO");
    await joinBody(direct, partner, ids.bodies.gbvSector);
    const priority = await newPriority(direct, ids.bodies.gbvSector);
    const commitment = await newCommitment(direct, partner, priority.id);
    const input = (extra: Record<string, unknown> = {}) => ({
      commitmentId: commitment.id,
      periodStart: "2026-04-01",
      periodEnd: "2026-06-30",
      status: "AT_RISK",
      narrative: { en: "Second quarter.", ar: "الربع الثاني." },
      values: valuesFor(priority.indicators),
      ...extra,
    });
    return { partner, input };
  }

  /** The same request on both servers; the responses as written, and the statements each cost. */
  async function onBoth(first: Hub, second: Hub, variables: Record<string, unknown>, token: string) {
    const run = async (hub: Hub) => {
      const before = hub.database.statementCount();
      const response = await fetch(`${hub.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: MUTATION, variables }),
      });
      return { status: response.status, text: await response.text(), statements: hub.database.statementCount() - before };
    };
    return [await run(first), await run(second)] as const;
  }

  it("answers byte for byte as execution does: a first write, and its retry through the other path, both ways", async () => {
    const { partner, input } = await reporting();
    for (const [first, second] of [[direct, executed], [executed, direct]] as const) {
      const [written, retried] = await onBoth(first, second, { input: input({ idempotencyKey: randomUUID() }) }, partner.token);
      expect(written.status).toBe(200);
      expect(JSON.parse(written.text).data.submitted.userErrors).toEqual([]);
      expect(retried.text).toBe(written.text);
    }
  });

  it("writes with one statement, as execution does", async () => {
    const { partner, input } = await reporting();
    // The partner's token read once on each server: later requests confirm it in the write's statement.
    for (const hub of [direct, executed]) await hub.query("{ __typename }", {}, { token: partner.token });
    const [answered, ran] = await onBoth(direct, executed, { input: input({ periodStart: "2026-07-01", periodEnd: "2026-09-30" }) }, partner.token);
    expect(JSON.parse(answered.text).data.submitted.progressReport.reviewState).toBe("SUBMITTED");
    expect(JSON.parse(ran.text).data.submitted.progressReport.reviewState).toBe("SUBMITTED");
    expect([answered.statements, ran.statements]).toEqual([1, 1]);
  });

  it("reports a fault as execution does, running the mutation once: Apollo formats the errors the direct answer hands to the executor", async () => {
    const { partner, input } = await reporting();
    const fault = vi.spyOn(ProgressMutationResolver.prototype, "progressReportSubmit").mockImplementation(() => {
      throw new Error("a fault inside the service");
    });
    try {
      const [answered, ran] = await onBoth(direct, executed, { input: input() }, partner.token);
      expect(fault).toHaveBeenCalledTimes(2);
      expect(answered.text).toBe(ran.text);
      expect(JSON.parse(answered.text)).toMatchObject({ data: null, errors: [{ message: "Internal server error.", path: ["submitted"], extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    } finally {
      fault.mockRestore();
    }
  });

  it("refuses with the same user errors, and the same 400 for variables that do not coerce", async () => {
    const { partner, input } = await reporting();
    const cases = [
      input({ periodEnd: "2026-03-31" }),
      input({ commitmentId: "Q29tbWl0bWVudDowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA" }),
      input({ values: [{ indicatorId: "not an id", value: 1 }] }),
      input({ periodStart: "2026-02-30" }),
      input({ status: "SOMEWHERE" }),
      { ...input(), narrative: 42 },
    ];
    for (const variables of cases) {
      const [answered, ran] = await onBoth(direct, executed, { input: variables }, partner.token);
      expect(answered.text, JSON.stringify(variables)).toBe(ran.text);
      expect(answered.status).toBe(ran.status);
    }
  });
});
