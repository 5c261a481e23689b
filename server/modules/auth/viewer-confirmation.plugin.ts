/**
 * A viewer remembered from an earlier request with the same token (`Context.unconfirmed`) is
 * confirmed before anything runs for it: a whole answer confirms it inside its own statement
 * (`viewerConfirmation`), in the snapshot it reads; any other operation reads the token again here
 * first, and one whose token is no longer valid is refused with 401, as at the start of a request.
 */
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from "@apollo/server";
import { GraphQLError } from "graphql";
import { confirmViewer, invalidToken, type Context } from "../../context.js";
import { placeholders, placeholderValues } from "../../shared/statements.js";
import { tokenStillMeans } from "./auth.store.js";
import { hiddenBodiesOfUser } from "./policy.js";

const PREFIX = "viewer_";
const held = placeholders(PREFIX, ["tokenHash", "userId", "hiddenBodyIds"] as const);

/** In SQL, whether the request's remembered viewer still holds; its values for a request. */
export const viewerConfirmation = {
  holds: tokenStillMeans(held.tokenHash, held.userId, held.hiddenBodyIds, hiddenBodiesOfUser()),
  values(ctx: Context): Record<string, unknown> {
    if (!ctx.unconfirmed) return {};
    return placeholderValues(PREFIX, { tokenHash: ctx.unconfirmed.tokenHash, userId: ctx.viewer.user.id, hiddenBodyIds: JSON.stringify(ctx.viewer.hiddenBodyIds) });
  },
};

export function viewerConfirmationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        // After whole answers (plugin order), before execution: answers nothing itself.
        async responseForOperation({ contextValue }) {
          try {
            return (await confirmViewer(contextValue)) ? null : errorResponse(invalidToken());
          } catch (error) {
            // The database is unreachable: 503, as when the token is read at the start.
            if (error instanceof GraphQLError) return errorResponse(error);
            throw error;
          }
        },
      };
    },
  };
}

/** The response Apollo gives an error raised while creating the context: its status and headers, its code. */
function errorResponse(error: GraphQLError): GraphQLResponse {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } };
  return {
    http: { status: http?.status, headers: new HeaderMap([...(http?.headers ?? [])]) },
    body: { kind: "single", singleResult: { errors: [{ message: error.message, extensions }] } },
  };
}
