/**
 * Mutations answered without execution. The mutation's resolver method runs as in execution
 * (`mutationRunners`), with the variables coerced as graphql-jit coerces them, and the payload is
 * written straight from the value it returns when everything selected under the mutation is plain
 * (shared/plain-answer.ts) — as `progressReport { id version } userErrors { field code message }`
 * is. graphql-jit, type-graphql's wrapper and Apollo's execution hooks cost about 0.12 ms of the
 * ~0.86 ms of server CPU that a `progressReportSubmit` cost (bench/README.md, step 33).
 *
 * Anything else executes as usual: another operation, a selection that is not plain, more than one
 * root field, variables or arguments that do not coerce (execution says why). An answer with
 * errors (a server fault, a value that does not serialize) is handed to the executor
 * (`takeDirectAnswer`, jit-executor.ts) instead of being run again, so that Apollo reports and
 * formats its errors as execution's. Last in plugin order: a remembered viewer is confirmed
 * (viewer-confirmation.plugin.ts) before any mutation runs.
 */
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import {
  getArgumentValues,
  isNonNullType,
  Kind,
  type GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { CoercedVariableValues, compileVariableParsing as CompileVariableParsing } from "graphql-jit/dist/variables.js";
import { createRequire } from "node:module";
import type { Context } from "../../context.js";
import { fragmentsOf } from "../../shared/lookahead/selection.js";
import { located, plainCompletion, type Completion } from "../../shared/plain-answer.js";
import { mutationRunners, type MutationRunner } from "./mutation-runners.js";

// graphql-jit's own variable coercion, compiled per operation (graphql-js's takes ~20 µs for a
// report's input). Its ESM build of this file imports "./generate" without an extension, which
// Node refuses; its CommonJS build is the one graphql-jit's index itself loads.
const { compileVariableParsing } = createRequire(import.meta.url)("graphql-jit/dist/variables.js") as { compileVariableParsing: typeof CompileVariableParsing };

/** How one operation is answered directly, worked out once per parsed document (Apollo keeps them). */
export interface DirectPlan {
  key: string;
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  run: MutationRunner;
  variables: (inputs: Record<string, unknown>) => CoercedVariableValues;
  complete: Completion;
}

/** Answers with errors, for the executor to return in place of executing: by request. */
const answersWithErrors = new WeakMap<Context, ExecutionResult>();

/** The answer this request already has, with errors (once): the executor returns it instead of executing. */
export function takeDirectAnswer(ctx: Context): ExecutionResult | undefined {
  const answer = answersWithErrors.get(ctx);
  answersWithErrors.delete(ctx);
  return answer;
}

export function directAnswersPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const runners = mutationRunners();
  const plans = new WeakMap<OperationDefinitionNode, DirectPlan | null>();
  const planFor = (document: DocumentNode, operation: OperationDefinitionNode) => {
    let plan = plans.get(operation);
    if (plan === undefined) plans.set(operation, (plan = directPlan(schema, document, operation, runners)));
    return plan;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue, document, operation, request }) {
          const plan = contextValue.answers && operation?.operation === "mutation" ? planFor(document, operation) : null;
          const answer = plan && (await answerDirectly(plan, contextValue, request.variables ?? {}));
          if (!answer) return null;
          if (answer.errors) {
            answersWithErrors.set(contextValue, answer);
            return null;
          }
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data: answer.data } } };
        },
      };
    },
  };
}

/** How an operation is answered directly: one root field, no directives, a mutation with a runner, a plain selection under it; else null. */
export function directPlan(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, runners: Map<string, MutationRunner>): DirectPlan | null {
  const mutationType = schema.getMutationType();
  const [node, ...others] = operation.selectionSet.selections;
  if (!mutationType || operation.directives?.length || others.length || node?.kind !== Kind.FIELD || node.directives?.length) return null;
  const field = mutationType.getFields()[node.name.value];
  const run = runners.get(node.name.value);
  if (!field || !run) return null;
  const complete = plainCompletion({ schema, fragments: fragmentsOf(document), variables: {} }, mutationType, [node], field.type);
  if (!complete) return null;
  return { key: node.alias?.value ?? node.name.value, node, field, run, variables: compileVariableParsing(schema, operation.variableDefinitions ?? []), complete };
}

/** The operation's result as execution gives it; null when the variables or arguments do not coerce (nothing ran). */
async function answerDirectly(plan: DirectPlan, ctx: Context, inputs: Record<string, unknown>): Promise<ExecutionResult | null> {
  const variables = plan.variables(inputs);
  if (!("coerced" in variables)) return null;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(plan.field, plan.node, variables.coerced);
  } catch {
    return null;
  }
  const path = { prev: undefined, key: plan.key };
  const errors: GraphQLError[] = [];
  let value: unknown;
  try {
    value = await plan.run(ctx, args);
  } catch (error) {
    // The root field's own error: execution nulls the field, and so the whole `data` when it is non-null.
    errors.push(located(error, [plan.node], path));
    return { data: isNonNullType(plan.field.type) ? null : { [plan.key]: null }, errors };
  }
  try {
    const completed = plan.complete(value, path, errors);
    return errors.length ? { data: { [plan.key]: completed }, errors } : { data: { [plan.key]: completed } };
  } catch (error) {
    // Thrown only past a non-null root field.
    errors.push(error as GraphQLError);
    return { data: null, errors };
  }
}
