/**
 * HTTP status codes as the GraphQL over HTTP specification asks. Apollo answers a request that
 * cannot run (parse, validation or variable errors) with 400; that is right for
 * `application/graphql-response+json`, but a client that accepts only the legacy
 * `application/json` should get 200 with the errors in the body. Database outages become 503.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Context } from "./context.js";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from "./shared/faults.js";

const REQUEST_ERRORS = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

function acceptsOnlyLegacyJson(accept: string | undefined): boolean {
  return !!accept && accept.includes("application/json") && !accept.includes("application/graphql-response+json");
}

export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response, errors }) {
          const codes = (errors ?? []).map((error) => error.extensions?.code);
          if (codes.includes(SERVICE_UNAVAILABLE) || (errors ?? []).some(isDatabaseUnavailable)) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          } else if (response.http.status === 400 && acceptsOnlyLegacyJson(request.http?.headers.get("accept")) && codes.every((code) => REQUEST_ERRORS.has(String(code)))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

/**
 * Apollo negotiates the answer's content type only after the operation has run: a mutation from a
 * client that accepts no JSON type (say `accept: text/html`) wrote, and then answered 406. The HTTP
 * handler marks such a request (graphql-express.ts) and this refuses it once its operation is
 * known, before it runs; Apollo then answers with its own 406, as for any answer it cannot type.
 * What Apollo refuses earlier (CSRF, a token no longer valid, a document that does not parse or
 * validate) it answers as before.
 */
export function notAcceptablePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.http.unacceptable) throw new GraphQLError("The client accepts no JSON answer.", { extensions: { code: "BAD_REQUEST", http: { status: 406 } } });
        },
      };
    },
  };
}
