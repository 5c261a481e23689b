/**
 * Apollo Server on Express: what `@as-integrations/express5` does (the request to Apollo, its
 * response to Express), except that a whole answer read from PostgreSQL as bytes is written as
 * those bytes. Through Apollo's string body, a 164 kB answer was decoded into a string, encoded
 * back, and hashed for an ETag: 1.8 ms of the dashboard's 4-5 ms of server CPU here (bench step 36).
 * A `route` may answer the request before Apollo (direct-route.ts), or hand it over with its context.
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import type { Context } from "./context.js";
import type { DirectRoute } from "./modules/mutations/direct-route.js";
import { responseBytes } from "./shared/json-text.js";

export function graphqlExpress(apollo: ApolloServer<Context>, context: (req: Request, res: Response) => Promise<Context>, route?: DirectRoute): RequestHandler {
  apollo.assertStarted("graphqlExpress()");
  return async (req, res) => {
    const contentType = responseType(req);
    const createContext = () => context(req, res);
    const takeOver = route && contentType ? await route(req, res, contentType, createContext) : createContext;
    if (!takeOver) return;
    let contextValue: Context | undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: httpRequestOf(req),
      context: async () => {
        contextValue = await takeOver();
        // Refused before it runs (notAcceptablePlugin); Apollo then answers its own 406.
        if (!contentType) contextValue.http.unacceptable = true;
        return contextValue;
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "chunked") {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    const bytes = contextValue?.http.wholeAnswer && responseBytes(contextValue.http.wholeAnswer);
    if (bytes) res.end(bytes);
    else res.send(response.body.string);
  };
}

/** Apollo's media types for a single result, in its order of preference (`chooseContentTypeForSingleResultResponse`). */
const RESPONSE_TYPES = ["application/json; charset=utf-8", "application/graphql-response+json; charset=utf-8", "application/json; callbackSpec=1.0; charset=utf-8"];

/** The content type Apollo answers with (Express's `accepts` runs the same negotiator as Apollo); none when the client accepts none of them. */
function responseType(req: Request): string | undefined {
  return req.accepts(RESPONSE_TYPES) || undefined;
}

function httpRequestOf(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const query = req.url.indexOf("?");
  return { method: req.method.toUpperCase(), headers, search: query < 0 ? "" : req.url.slice(query), body: req.body };
}
