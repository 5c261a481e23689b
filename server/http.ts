import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { createServer, type Server } from "node:http";
import { createContext, type Context } from "./context.js";
import type { Database } from "./db.js";
import { createAuthenticator, type OidcOptions } from "./modules/auth/authenticator.js";

export interface HubServer {
  app: express.Express;
  httpServer: Server;
  apollo: ApolloServer<Context>;
}

/** Express with /healthz (open) and /graphql (bearer token); not listening yet. */
export interface HubServerOptions {
  production: boolean;
  oidc?: OidcOptions;
  /** Browser origins allowed to call /graphql (CORS); none when empty or omitted. */
  corsOrigins?: readonly string[];
}

export async function createHubServer(database: Database, schema: GraphQLSchema, options: HubServerOptions): Promise<HubServer> {
  const authenticate = createAuthenticator(database.db, options.oidc);
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !options.production,
    // main.ts owns shutdown: drain Apollo and HTTP, then close the database, then exit.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    formatError: (formatted, error) => {
      if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
      console.error(error);
      // Outside development a server fault says nothing of SQL, parameters or code.
      return options.production ? { message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } } : formatted;
    },
  });
  await apollo.start();

  app.get("/healthz", async (_request, response) => {
    try {
      await database.ping();
      response.json({ status: "ok", database: database.kind });
    } catch {
      response.status(503).json({ status: "unavailable", database: database.kind });
    }
  });

  app.use(
    "/graphql",
    // Only listed origins get CORS headers (and preflight answers); others stay same-origin only.
    // Bearer tokens, no cookies: so no credentials.
    cors({ origin: options.corsOrigins?.length ? [...options.corsOrigins] : false, maxAge: 600 }),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        createContext(database.db, authenticate, {
          authorization: req.headers.authorization,
          acceptLanguage: req.headers["accept-language"],
        }),
    }),
  );
  return { app, httpServer, apollo };
}
