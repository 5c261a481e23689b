/**
 * Structured JSON logs (pino): one line per request with its id, operation, duration and viewer.
 * Never tokens or focal points' contacts: request headers and bodies are not logged.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pino, { type Logger } from "pino";
import { pinoHttp } from "pino-http";

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

/** Takes the caller's `x-request-id` when it is sane, or makes one, and echoes it in the response. */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers["x-request-id"];
      const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader("x-request-id", id);
      return id;
    },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    // Known only once the request has run; none at its start, so no child logger is made for them then.
    customProps: (_request, response) => fieldsIfAny(requestLogFields(response)) as object,
    // "silent" below the logger's level: pino-http would otherwise build the line's logger and fields for nothing.
    customLogLevel: (_request, response, error) => {
      const level = lineLevel(response.statusCode, error);
      return logger.isLevelEnabled(level) ? level : "silent";
    },
  });
}

function fieldsIfAny(fields: RequestLogFields): RequestLogFields | undefined {
  return Object.keys(fields).length ? { ...fields } : undefined;
}

/** 503s (database restarting, server draining) are expected during operations: a warning, not an error. */
function lineLevel(status: number, error: Error | undefined): "error" | "warn" | "info" {
  return error || (status >= 500 && status !== 503) ? "error" : status >= 400 ? "warn" : "info";
}
