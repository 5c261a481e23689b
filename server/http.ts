import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import cors from "cors";
import express, { type ErrorRequestHandler } from "express";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import { createContext, type Context, type LookaheadMode } from "./context.js";
import type { Database } from "./db.js";
import { createExpressServer } from "./express-server.js";
import { graphqlExpress } from "./graphql-express.js";
import { httpStatusPlugin, notAcceptablePlugin } from "./http-status.plugin.js";
import { stringifyResult } from "./shared/json-text.js";
import { jitGateway } from "./jit-executor.js";
import { armorProtection, type Limits } from "./limits/limits.js";
import { CostGate, costLimitPlugin } from "./limits/limits.plugin.js";
import { trustedDocumentsPlugin } from "./limits/trusted-documents.plugin.js";
import { requestLogFields, requestLogger, type Logger } from "./logger.js";
import { createAuthenticator, type OidcOptions } from "./modules/auth/authenticator.js";
import { viewerConfirmationPlugin } from "./modules/auth/viewer-confirmation.plugin.js";
import { DirectAnswers, directAnswersPlugin, takeDirectAnswer } from "./modules/mutations/direct-answers.plugin.js";
import { directRoute } from "./modules/mutations/direct-route.js";
import { wholeAnswersPlugin } from "./modules/lookahead/lookahead.plugin.js";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE, serviceUnavailable } from "./shared/faults.js";

export interface HubServer {
  app: express.Express;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** From now on, refuse new requests without running them (503), while those in flight finish. */
  beginShutdown(): void;
}

export interface HubServerOptions {
  /** Stack traces and the details of server faults in errors, for developers only. */
  development: boolean;
  introspection: boolean;
  limits: Limits;
  logger: Logger;
  oidc?: OidcOptions;
  /** Browser origins allowed to call /graphql (CORS); none when empty or omitted. */
  corsOrigins?: readonly string[];
  /** The look-ahead compiler's mode (default "on"). */
  lookahead?: LookaheadMode;
  /** When set, only these documents (SHA-256 of their text) run: trusted-documents mode. */
  trustedDocuments?: Set<string>;
  /**
   * What runs operations: graphql-jit (the default: compiled once per document, see
   * jit-executor.ts) or graphql-js's `execute` (kept for comparison in tests).
   */
  executor?: "jit" | "graphql-js";
}

const HEALTH_TIMEOUT_MS = 2000;

/** Express with /healthz (open) and /graphql (bearer token); not listening yet. */
export async function createHubServer(database: Database, schema: GraphQLSchema, options: HubServerOptions): Promise<HubServer> {
  const authenticator = createAuthenticator(database.db, options.oidc);
  const app = express();
  // No ETags: clients (the SDK among them) ask by POST, whose answers are never revalidated, and
  // hashing every answer cost 0.1 ms per 164 kB. Whole answers are written without one anyway.
  app.set("etag", false);
  const httpServer = createExpressServer(app);
  const armor = armorProtection(options.limits, !options.introspection);
  const costGate = new CostGate(schema, options.limits);
  // Needs the executor that returns the answers given before execution (takeDirectAnswer).
  const directAnswers = options.executor === "graphql-js" ? null : new DirectAnswers(schema);
  const apollo = new ApolloServer<Context>({
    // graphql-jit runs the operations, through Apollo's executor hook (the `gateway` interface).
    ...(options.executor === "graphql-js" ? { schema } : { gateway: jitGateway(schema, { answered: takeDirectAnswer }) }),
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    // main.ts owns shutdown: drain Apollo and HTTP, then close the database, then exit.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: options.development,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: options.limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // We set no cache hints; Apollo's cache-control plugin would otherwise wrap every resolver (STACK.md).
      ApolloServerPluginCacheControlDisabled(),
      ...(options.trustedDocuments ? [trustedDocumentsPlugin(options.trustedDocuments) as ApolloServerPlugin<Context>] : []),
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      costLimitPlugin(costGate),
      httpStatusPlugin(),
      notAcceptablePlugin(),
      operationNameForLogs(),
      wholeAnswersPlugin(),
      viewerConfirmationPlugin(),
      ...(directAnswers ? [directAnswersPlugin(directAnswers)] : []),
    ],
    formatError: (formatted, error) => formatError(formatted, error, options),
    stringifyResult,
  });
  await apollo.start();

  let shuttingDown = false;
  app.use(requestLogger(options.logger));
  // A request that reaches a draining server (e.g. on a kept-alive connection) is not run: its
  // answer could be lost with the connection, leaving a write the client never saw. It can retry.
  app.use((_request, response, next) => {
    if (!shuttingDown) return next();
    response.set({ connection: "close", "retry-after": String(RETRY_AFTER_SECONDS) });
    response.status(503).json({ errors: [{ message: "The server is restarting; try again shortly. Nothing was changed.", extensions: { code: SERVICE_UNAVAILABLE } }] });
  });
  app.get("/healthz", async (_request, response) => {
    const ready = await Promise.race([
      database.ping().then(() => true, () => false),
      new Promise<boolean>((resolve) => setTimeout(resolve, HEALTH_TIMEOUT_MS, false)),
    ]);
    response.status(ready ? 200 : 503).json({ status: ready ? "ok" : "unavailable", database: database.kind });
  });

  app.use(
    "/graphql",
    // Only listed origins get CORS headers (and preflight answers); others stay same-origin only.
    // Bearer tokens, no cookies: so no credentials.
    cors({ origin: options.corsOrigins?.length ? [...options.corsOrigins] : false, methods: ["GET", "POST"], maxAge: 600 }),
    express.json({ limit: options.limits.maxBodyBytes }),
    graphqlExpress(apollo, (req, res) =>
      createContext(
        database.db,
        authenticator,
        { authorization: req.headers.authorization, acceptLanguage: req.headers["accept-language"] },
        requestLogFields(res),
        { lookahead: options.lookahead },
      ),
      directAnswers ? directRoute(directAnswers, costGate) : undefined,
    ),
  );
  app.use(bodyErrors(options.limits.maxBodyBytes));
  return { app, httpServer, apollo, beginShutdown: () => void (shuttingDown = true) };
}

/** Outages are SERVICE_UNAVAILABLE; other faults say nothing of SQL or code outside development. */
function formatError(formatted: GraphQLFormattedError, error: unknown, options: HubServerOptions): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) return { ...serviceUnavailable().toJSON(), path: formatted.path };
  if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
  options.logger.error({ err: original }, "request failed");
  return options.development ? formatted : { message: "Internal server error.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** Bodies too large or not JSON: a GraphQL-shaped error with the right status, never HTML or a 500. */
function bodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      status === 413
        ? `The request body is larger than ${maxBodyBytes} bytes.`
        : status === 400
          ? "The request body is not valid JSON."
          : status < 500
            ? String(error.message)
            : "Internal server error.";
    const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
    response.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

function operationNameForLogs(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.log.operationName = operationName ?? null;
        },
      };
    },
  };
}
