import { badInput } from "./errors.js";

/** Where a page starts: the sort key and id of the last row the client saw. */
export interface Cursor {
  sortKey: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.id])).toString("base64url");
}

export function decodeCursor(value: string, argument = "after"): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === "string")) {
      const [sortKey, id] = parsed as [string, string];
      if (/^[0-9a-f-]{36}$/i.test(id)) return { sortKey, id };
    }
  } catch {
    // falls through to the error below
  }
  throw badInput(argument, "is not a cursor returned by this connection");
}
