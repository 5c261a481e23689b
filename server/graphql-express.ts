/**
 * Apollo Server on Express: what `@as-integrations/express5` does (the request to Apollo, its
 * response to Express), except that a whole answer read from PostgreSQL as bytes is written as
 * those bytes. Through Apollo's string body, a 164 kB answer was decoded into a string, encoded
 * back, and hashed for an ETag: 1.8 ms of the dashboard's 4-5 ms of server CPU here (bench step 36).
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import type { Context } from "./context.js";
import { responseBytes } from "./shared/json-text.js";

export function graphqlExpress(apollo: ApolloServer<Context>, context: (req: Request, res: Response) => Promise<Context>): RequestHandler {
  apollo.assertStarted("graphqlExpress()");
  return async (req, res) => {
    let contextValue: Context | undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: httpRequestOf(req),
      context: async () => (contextValue = await context(req, res)),
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

function httpRequestOf(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const query = req.url.indexOf("?");
  return { method: req.method.toUpperCase(), headers, search: query < 0 ? "" : req.url.slice(query), body: req.body };
}
