/**
 * Structured JSON logs (pino): one line per request with its id, operation, duration and viewer.
 * Never tokens or focal points' contacts: request headers and bodies are not logged.
 */
import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { Request, RequestHandler } from "express";
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "tansiq" }, redact: { paths: ["req.headers", "*.authorization", "*.token"], remove: true } });
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** What a request's log line says beyond method, URL, status and time. */
export interface RequestLogFields {
  operationName?: string | null;
  userId?: string;
}

export function requestLogFields(response: ServerResponse): RequestLogFields {
  return ((response as ServerResponse & { locals?: RequestLogFields }).locals ??= {});
}

/**
 * Takes the caller's `x-request-id` when it is sane, or makes one, and echoes it in the response;
 * logs the request's line once it is answered (or abandoned). Not pino-http: it builds a child
 * logger, with the request serialised into it, for every request, even when no line is written
 * (measured: 0.06–0.12 ms of server CPU per write, bench/README.md); this builds nothing below
 * the logger's level.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const started = Date.now();
    const given = request.headers["x-request-id"];
    const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    response.setHeader("x-request-id", id);
    // A response always closes, after it is written or when the client goes away first.
    response.once("close", () => logRequest(logger, request, response, { id, started }));
    next();
  };
}

function logRequest(logger: Logger, request: Request, response: ServerResponse, { id, started }: { id: string; started: number }): void {
  const level = lineLevel(response.statusCode);
  if (!logger.isLevelEnabled(level)) return;
  const answered = response.writableFinished && !request.readableAborted;
  logger[level](
    {
      req: { id, method: request.method, url: request.originalUrl },
      res: { statusCode: response.statusCode },
      responseTime: Date.now() - started,
      ...requestLogFields(response),
    },
    answered ? "request completed" : "request aborted",
  );
}

/** 503s (database restarting, server draining) are expected during operations: a warning, not an error. */
function lineLevel(status: number): "error" | "warn" | "info" {
  return status >= 500 && status !== 503 ? "error" : status >= 400 ? "warn" : "info";
}
