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
import { LruCache } from "../../shared/lru-cache.js";
import { located, plainCompletion, type Completion } from "../../shared/plain-answer.js";
import { confirmsItsViewer } from "../auth/viewer-confirmation.plugin.js";
import { mutationRunners, type MutationRunner } from "./mutation-runners.js";

// graphql-jit's own variable coercion, compiled per operation (graphql-js's takes ~20 µs for a
// report's input). Its ESM build of this file imports "./generate" without an extension, which
// Node refuses; its CommonJS build is the one graphql-jit's index itself loads.
const { compileVariableParsing } = createRequire(import.meta.url)("graphql-jit/dist/variables.js") as { compileVariableParsing: typeof CompileVariableParsing };

/** How one operation is answered directly, worked out once per parsed document (Apollo keeps them). */
export interface DirectPlan {
  /** The operation's own name, for the logs. */
  name: string | null;
  /** Whether it confirms a remembered viewer in its own statement; else the viewer is read again before it runs. */
  confirmsItsViewer: boolean;
  key: string;
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  run: MutationRunner;
  variables: (inputs: Record<string, unknown>) => CoercedVariableValues;
  complete: Completion;
}

/** The answer this request was given before execution, if any (once): the executor returns it instead of executing. */
export function takeDirectAnswer(ctx: Context): ExecutionResult | undefined {
  const answer = ctx.http.directAnswer;
  ctx.http.directAnswer = undefined;
  return answer;
}

/** An operation Apollo has accepted (parsed, validated, trusted) and that is answered directly. */
export interface AcceptedOperation {
  document: DocumentNode;
  plan: DirectPlan;
}

/**
 * How many accepted operations to remember (least recently used forgotten first), and the longest
 * text remembered: a deployment's mutations are a few dozen short texts (the SDK's are under 2 kB),
 * and each entry keeps its text and parsed document alive, so that this stays within ~20 MB
 * whatever texts clients send.
 */
const ACCEPTED_OPERATIONS = 200;
const LONGEST_ACCEPTED_TEXT = 8 * 1024;

/** A GraphQL name: an operation name that is not one never finds an operation (nor a key of another text). */
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * The plans of the operations answered directly, worked out once per parsed document (Apollo keeps
 * them), and the texts Apollo accepted for them, for the direct route (direct-route.ts).
 */
export class DirectAnswers {
  private readonly runners = mutationRunners();
  private readonly plans = new WeakMap<OperationDefinitionNode, DirectPlan | null>();
  private readonly accepted = new LruCache<string, AcceptedOperation>(ACCEPTED_OPERATIONS);

  constructor(private readonly schema: GraphQLSchema) {}

  planFor(document: DocumentNode, operation: OperationDefinitionNode): DirectPlan | null {
    let plan = this.plans.get(operation);
    if (plan === undefined) this.plans.set(operation, (plan = directPlan(this.schema, document, operation, this.runners)));
    return plan;
  }

  /** Remembers that Apollo's pipeline accepted this text and operation name, and answered it directly without errors. */
  accept(query: string | undefined, operationName: string | undefined, accepted: AcceptedOperation): void {
    const key = query === undefined ? undefined : acceptedKey(query, operationName);
    if (key !== undefined) this.accepted.set(key, accepted);
  }

  /** The operation Apollo accepted for this text and operation name, if it did. */
  acceptedFor(query: string, operationName: string | undefined): AcceptedOperation | undefined {
    const key = acceptedKey(query, operationName);
    return key === undefined ? undefined : this.accepted.get(key);
  }
}

/** The key of a text and operation name: none for a long text, or a name that is not a GraphQL name (a name has no NUL, so the first one ends it). */
function acceptedKey(query: string, operationName: string | undefined): string | undefined {
  if (query.length > LONGEST_ACCEPTED_TEXT || (operationName !== undefined && !NAME.test(operationName))) return undefined;
  return `${operationName ?? ""}\u0000${query}`;
}

export function directAnswersPlugin(answers: DirectAnswers): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue, document, operation, request }) {
          // Answered on the direct route already: the executor returns that answer.
          if (contextValue.http.directAnswer) return null;
          const plan = contextValue.answers && operation?.operation === "mutation" ? answers.planFor(document, operation) : null;
          if (!plan) return null;
          const answer = await answerDirectly(plan, contextValue, request.variables ?? {});
          if (!answer) return null;
          if (answer.errors) {
            contextValue.http.directAnswer = answer;
            return null;
          }
          answers.accept(request.query, request.operationName, { document, plan });
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
  return {
    name: operation.name?.value ?? null,
    confirmsItsViewer: confirmsItsViewer(operation),
    key: node.alias?.value ?? node.name.value,
    node,
    field,
    run,
    variables: compileVariableParsing(schema, operation.variableDefinitions ?? []),
    complete,
  };
}

/** The operation's result as execution gives it; null when the variables or arguments do not coerce (nothing ran). */
export async function answerDirectly(plan: DirectPlan, ctx: Context, inputs: Record<string, unknown>): Promise<ExecutionResult | null> {
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
