/**
 * A tiny HTTP proxy in front of the hub that fails requests on command, to test the SDK's retries:
 * each request takes the next planned failure, if any, and is forwarded otherwise.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Failure =
  /** Answer 503 with an HTML body, like a load balancer whose backend is down. */
  | "503"
  /** Answer 429 with this `Retry-After` (seconds): plain text, or a GraphQL error like the hub's rate limit. */
  | { status: 429; retryAfter: number; graphql?: boolean }
  /** Close the connection without an answer, before the hub sees the request. */
  | "reset"
  /** Forward the request to the hub (so a write happens), then close the connection: the answer is lost. */
  | "lose-answer";

export interface FlakyProxy {
  /** The proxy's GraphQL endpoint. */
  endpoint: string;
  /** Requests received, failed or not. */
  requests: number;
  /** Failures for the next requests, in order. */
  plan(...failures: Failure[]): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFlakyProxy(hubUrl: string): Promise<FlakyProxy> {
  const planned: Failure[] = [];
  const forward = async (request: IncomingMessage, body: string) =>
    fetch(`${hubUrl}${request.url}`, {
      method: request.method,
      headers: Object.fromEntries(Object.entries(request.headers).filter(([name]) => !["host", "content-length", "connection"].includes(name))) as Record<string, string>,
      body: request.method === "POST" ? body : undefined,
    });

  const state = { requests: 0 };
  const server: Server = createServer(async (request, response) => {
    state.requests++;
    const body = await readBody(request);
    const failure = planned.shift();
    if (failure === "reset") return request.socket.destroy();
    if (failure === "503") return response.writeHead(503, { "content-type": "text/html" }).end("<h1>503 Service Unavailable</h1>");
    if (typeof failure === "object") {
      const rateLimited = JSON.stringify({ errors: [{ message: "Too many requests", extensions: { code: "RATE_LIMITED" } }] });
      return response
        .writeHead(failure.status, { "retry-after": String(failure.retryAfter), "content-type": failure.graphql ? "application/json" : "text/plain" })
        .end(failure.graphql ? rateLimited : "slow down");
    }
    const answer = await forward(request, body);
    const text = await answer.text();
    if (failure === "lose-answer") return request.socket.destroy();
    response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/graphql`,
    get requests() {
      return state.requests;
    },
    plan: (...failures) => void planned.push(...failures),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
