/**
 * A viewer remembered from an earlier request with the same token (`Context.unconfirmed`) is
 * confirmed before anything runs for it: a whole answer, and a mutation that confirms it in its
 * own statement (`confirmedInTheirStatements`), inside a statement (viewer-check.ts); any other
 * operation reads the token again here first, and one whose token is no longer valid is refused
 * with 401, as at the start of a request.
 */
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import { GraphQLError, Kind, type OperationDefinitionNode } from "graphql";
import { confirmViewer, invalidToken, type Context } from "../../context.js";

/** The mutations whose services confirm the viewer in their own statement, and read the token again when that does not. */
const confirmedInTheirStatements = new Set(["progressReportSubmit"]);

export function viewerConfirmationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let refusal: GraphQLError | null = null;
      return {
        // After whole answers (plugin order), before execution: answers nothing itself.
        async responseForOperation({ contextValue, operation }) {
          if (operation && confirmsItsViewer(operation)) return null;
          // The direct route may have read the token again already (direct-route.ts).
          refusal = contextValue.http.viewerRefusal ?? (await refusalOf(contextValue));
          return refusal && { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: {} } };
        },
        // Also refused before any operation ran (validation, limits, trusted documents) while the
        // viewer was a remembered one: a token no longer valid hears 401 and nothing else. Last in
        // plugin order, so that nothing (the cost report) is added after.
        async willSendResponse({ contextValue, response }) {
          refusal ??= await refusalOf(contextValue);
          if (refusal) answerWith(response, refusal);
        },
      };
    },
  };
}

/** Confirms a remembered viewer (nothing to do for one read in this request): null, or why it is refused. */
export async function refusalOf(ctx: Context): Promise<GraphQLError | null> {
  try {
    return (await confirmViewer(ctx)) ? null : invalidToken();
  } catch (error) {
    // The database is unreachable: 503, as when the token is read at the start.
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

/** A mutation of one root field that confirms the viewer itself, besides `__typename` (a fragment is not looked into). */
export function confirmsItsViewer(operation: OperationDefinitionNode): boolean {
  const fields = operation.selectionSet.selections.filter((field) => !(field.kind === Kind.FIELD && field.name.value === "__typename"));
  const [field] = fields;
  return operation.operation === "mutation" && fields.length === 1 && field!.kind === Kind.FIELD && confirmedInTheirStatements.has(field!.name.value);
}

/** The response Apollo gives an error raised while creating the context: its status and headers, its code, nothing else. */
function answerWith(response: GraphQLRequestContext<Context>["response"], error: GraphQLError): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } };
  response.body = { kind: "single", singleResult: { errors: [{ message: error.message, extensions }] } };
  response.http.status = http?.status;
  response.http.headers.delete("retry-after");
  for (const [name, value] of http?.headers ?? []) response.http.headers.set(name, value);
}
