/**
 * A response's `data` as the JSON PostgreSQL built (a whole answer), written to the client as it
 * is: parsing it into objects only for Apollo to write them out again cost 0.1-0.3 ms a request
 * and more for large answers. PostgreSQL writes `{"a" : 1, "b" : 2}`: the same JSON with spaces.
 */
import type { FormattedExecutionResult } from "graphql";

export class JsonText {
  /**
   * What follows the bytes in the response, once `stringifyResult` has left them to the HTTP
   * handler to write (graphql-express.ts); undefined until then, and for text.
   */
  rest: string | undefined;

  /** The JSON in UTF-8 as PostgreSQL sent it (postgres.js), or as text (PGlite). */
  constructor(readonly json: Uint8Array | string) {}

  get text(): string {
    return typeof this.json === "string" ? this.json : Buffer.from(this.json.buffer, this.json.byteOffset, this.json.byteLength).toString("utf8");
  }

  /** Anything else that writes the value (a log, a plugin) gets the parsed value. */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/**
 * Apollo's `stringifyResult`: its own `JSON.stringify(value) + "\n"`, with a `JsonText` data
 * written as it is. Bytes are not made into a string here: this returns only what follows them,
 * and the HTTP handler, which alone asks Apollo for HTTP responses, writes the whole.
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  const data: unknown = value.data;
  if (!(data instanceof JsonText) || value.errors !== undefined) return `${JSON.stringify(value)}\n`;
  const extensions = value.extensions === undefined ? "" : `,"extensions":${JSON.stringify(value.extensions)}`;
  if (typeof data.json === "string") return `{"data":${data.json}${extensions}}\n`;
  data.rest = `${extensions}}\n`;
  return data.rest;
}

/** The response of a `JsonText` whose bytes `stringifyResult` left to the caller. */
export function responseBytes(data: JsonText): Buffer | null {
  if (data.rest === undefined || typeof data.json === "string") return null;
  return Buffer.concat([DATA_KEY, data.json, Buffer.from(data.rest)]);
}

const DATA_KEY = Buffer.from('{"data":');
