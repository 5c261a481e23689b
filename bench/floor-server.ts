/**
 * The floor: what the benchmark's operations cost with no GraphQL at all. The same HTTP stack as
 * the hub (Express 5 on the hub's createExpressServer, express.json with the hub's body limit,
 * postgres.js with 10 connections and prepared statements); the handler takes the same request as
 * the hub (POST /graphql with a bearer token and `{ query, operationName, variables }`), hashes the
 * token, decodes the global ids and runs ONE hand-written SQL statement that returns the response
 * as JSON (token lookup and visibility rule included; bench/scenarios.ts has the SQL), written as
 * the bytes PostgreSQL sent, as the hub writes its whole answers.
 *
 *   DATABASE_URL=… PORT=… node --import tsx bench/floor-server.ts
 */
import { randomUUID } from "node:crypto";
import express from "express";
import postgres from "postgres";
import { createExpressServer } from "../server/express-server.js";
import { hashToken } from "../server/modules/auth/tokens.js";
import { idOfType } from "../server/shared/ids.js";
import { FLOOR_SQL } from "./scenarios.js";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is required");
const sql = postgres(databaseUrl, { max: 10, onnotice: () => {} });

type Variables = Record<string, unknown>;
type Params = (string | number | null)[];

/** The statement's parameters after $1 (the token hash), from the request's variables; null when an id does not decode. */
const parameters: Record<string, (variables: Variables) => Params | null> = {
  Directory: () => [],
  Dashboard: (v) => {
    const id = idOfType(String(v.id), "CoordinationBody");
    return id ? [id, Number(v.year), Number(v.first ?? 20)] : null;
  },
  PartnerView: (v) => {
    const id = idOfType(String(v.id), "Organisation");
    return id ? [id, Number(v.year)] : null;
  },
  Submit: (v) => {
    const input = v.input as {
      commitmentId: string;
      idempotencyKey: string;
      periodStart: string;
      periodEnd: string;
      status: string;
      narrative?: unknown;
      values: { indicatorId: string; value?: number | null; text?: string | null }[];
    };
    const commitmentId = idOfType(input.commitmentId, "Commitment");
    if (!commitmentId) return null;
    const values = input.values.map((value) => ({ indicator_id: idOfType(value.indicatorId, "Indicator"), value: value.value ?? null, text: value.text ?? null }));
    return [
      commitmentId,
      randomUUID(),
      input.idempotencyKey,
      input.periodStart,
      input.periodEnd,
      input.status,
      input.narrative == null ? null : JSON.stringify(input.narrative),
      JSON.stringify(values),
    ];
  },
};

const DATA_KEY = Buffer.from('{"data":');
const END = Buffer.from("}\n");

const app = express();
app.use(express.json({ limit: 256 * 1024 }));
app.get("/healthz", (_request, response) => void response.json({ status: "ok" }));
app.post("/graphql", async (request, response) => {
  const body = request.body as { operationName?: string; variables?: Variables } | undefined;
  const match = request.headers.authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) return void response.status(401).json({ errors: [{ message: "Send an access token.", extensions: { code: "UNAUTHENTICATED" } }] });
  const statement = body?.operationName ? FLOOR_SQL[body.operationName] : undefined;
  const params = body?.operationName ? parameters[body.operationName]?.(body.variables ?? {}) : null;
  if (!statement || !params) return void response.status(400).json({ errors: [{ message: "Unknown operation or bad id.", extensions: { code: "BAD_USER_INPUT" } }] });
  try {
    // As the hub writes whole answers: the bytes PostgreSQL sent, never a string (server/graphql-express.ts).
    const [row] = await sql.unsafe(statement, [hashToken(match[1]!), ...params], { prepare: true }).raw();
    if (!row) return void response.status(401).json({ errors: [{ message: "The access token is not valid.", extensions: { code: "UNAUTHENTICATED" } }] });
    response.type("application/json").end(Buffer.concat([DATA_KEY, row[0]!, END]));
  } catch (error) {
    console.error(error);
    response.status(500).json({ errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
  }
});

const server = createExpressServer(app);
server.listen(Number(process.env.PORT ?? 4100), process.env.HOST ?? "127.0.0.1", () => {
  console.log(`floor on http://127.0.0.1:${process.env.PORT ?? 4100}/graphql`);
});
const stop = () => server.close(() => void sql.end({ timeout: 5 }).then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
