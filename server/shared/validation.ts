import { z } from "zod";
import { badInput } from "./errors.js";
import { UserErrorCode, UserErrorException, userError } from "./user-errors.js";

/** NUL, which PostgreSQL text cannot hold, and UTF-16 surrogates without their pair, which are not Unicode. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_MESSAGE = "must not contain NUL characters or broken Unicode (unpaired surrogates)";

/** The path of the first string in a value that could not be stored as text, or null; a path is built only for what is found (every input is walked). */
function unstorableTextAt(value: unknown): string[] | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? [] : null;
  if (value && typeof value === "object") {
    for (const key of Object.keys(value)) {
      const found = unstorableTextAt((value as Record<string, unknown>)[key]);
      if (found) return [key, ...found];
    }
  }
  return null;
}

/** A text argument of a query (e.g. a search) that the database could not compare: BAD_USER_INPUT naming it. */
export function checkTextArgument(value: string | null | undefined, argument: string): string | null | undefined {
  if (value && UNSTORABLE.test(value)) throw badInput(argument, UNSTORABLE_MESSAGE);
  return value;
}

/** Checks a mutation's input; every problem becomes an INVALID user error naming its field. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const unstorable = unstorableTextAt(input);
  if (unstorable) throw new UserErrorException([userError(UserErrorCode.INVALID, UNSTORABLE_MESSAGE, ["input", ...unstorable])]);
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new UserErrorException(
    parsed.error.issues.map((issue) => userError(UserErrorCode.INVALID, issue.message, ["input", ...issue.path.map(String)])),
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reusable field rules, so every mutation checks the same thing the same way. */
export const rules = {
  text: (max: number) =>
    z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(max, `must be at most ${max} characters`),
  optionalText: (max: number) => rules.text(max).nullish(),
  /** `{ en, ar }` with at least one of the two. */
  localized: (max: number) =>
    z
      .object({ en: rules.optionalText(max), ar: rules.optionalText(max) })
      .refine((text) => Boolean(text.en || text.ar), "needs an English or an Arabic text"),
  date: () =>
    z
      .string()
      .regex(DATE, "must be a date as YYYY-MM-DD")
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "is not a calendar date")
      .refine((value) => value >= "1990-01-01" && value <= "2100-12-31", "must be between 1990 and 2100"),
  year: () => z.number().int("must be a whole year").min(2000, "must be 2000 or later").max(2100, "must be 2100 or earlier"),
  email: () => z.string().trim().max(254, "must be at most 254 characters").email("must be an e-mail address"),
  phone: () =>
    z
      .string()
      .trim()
      .max(40, "must be at most 40 characters")
      .regex(/^\+?[0-9 ()./-]{4,}$/, "must be a phone number (digits, spaces and + ( ) . / -)"),
  version: () => z.number().int("must be a whole number").min(1, "must be 1 or more"),
  idempotencyKey: () => z.string().min(1, "must not be empty").max(200, "must be at most 200 characters").nullish(),
  number: () => z.number().finite("must be a finite number").min(-1e12, "is too small").max(1e12, "is too large"),
};

/** Adds an error on `field` when two dates are out of order. */
export function datesInOrder<T extends Record<string, unknown>>(start: keyof T & string, end: keyof T & string) {
  return (value: T, context: z.RefinementCtx) => {
    const from = value[start];
    const to = value[end];
    if (typeof from === "string" && typeof to === "string" && to < from) {
      context.addIssue({ code: "custom", path: [end], message: `must not be before ${start}` });
    }
  };
}
