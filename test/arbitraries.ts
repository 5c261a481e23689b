/**
 * fast-check generators of bad input, shared by the property-based tests (bad-input.test.ts,
 * http-garbage.test.ts): texts that are empty, blank, huge, broken Unicode or Arabic and
 * mixed-direction text spoilt in one way; ids that are not ids or of the wrong type; dates that
 * are not calendar dates or far out of range; years, versions and numbers out of range; values of
 * the wrong GraphQL type; huge lists.
 *
 * Each `bad…` generator yields only values that the hub must refuse for the kind of field it is
 * named after; the comments say why, by the rules in server/shared/validation.ts and the write
 * services. The building blocks (mixedDirectionText, blank, hugeString) are not bad on their own.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";

// ---------------------------------------------------------------------------------------------
// Raw JSON: numbers that JSON.stringify cannot write (Infinity), sent as literals

/** A JSON literal sent as is, e.g. `1e400`, which the server's JSON.parse reads as Infinity. */
export class RawJson {
  constructor(readonly literal: string) {}
  toString(): string {
    return `RawJson(${this.literal})`;
  }
}

/** JSON.stringify, with each RawJson written as its literal. */
export function stringifyWithRaw(value: unknown): string {
  const literals: string[] = [];
  const text = JSON.stringify(value, (_key, item) => {
    if (item instanceof RawJson) {
      literals.push(item.literal);
      return `\u0001raw${literals.length - 1}\u0001`;
    }
    return item;
  });
  // The marker's control characters come out escaped as \u0001, which no other string can produce here.
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_match, index: string) => literals[Number(index)]!);
}

// ---------------------------------------------------------------------------------------------
// Text building blocks

/** Arabic words, with and without diacritics, and Arabic-Indic digits. */
const ARABIC_WORDS = ["الوصول", "الآمن", "إلى", "الخدمات", "للنساء", "والفتيات", "في", "عكار", "مُؤَشِّر", "٢٠٢٦", "لعام", "منظمة"];
const ENGLISH_WORDS = ["GBV", "response", "phase", "2", "Akkar", "(2026)", "café", "e\u0301", "100%", "—"];
/** Bidi controls: LRM, RLM, ALM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. None of them is whitespace to String.prototype.trim. */
export const BIDI_MARKS = ["\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];
/** Characters that String.prototype.trim (and so zod's .trim()) removes. */
export const WHITESPACE = [" ", "\t", "\n", "\r", "\u000B", "\u000C", "\u00A0", "\u1680", "\u2003", "\u2009", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF"];

/**
 * Arabic and mixed-direction text with bidi marks and an emoji: a valid text on its own, which the
 * generators below spoil. Starts and ends with a word, so trimming does not shorten it.
 */
export const mixedDirectionText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...ARABIC_WORDS),
    fc.array(fc.oneof(fc.constantFrom(...ARABIC_WORDS), fc.constantFrom(...ENGLISH_WORDS), fc.constantFrom(...BIDI_MARKS), fc.constant("\u{1F91D}")), {
      minLength: 0,
      maxLength: 8,
    }),
    fc.constantFrom(...ARABIC_WORDS, ...ENGLISH_WORDS),
  )
  .map(([first, middle, last]) => [first, ...middle, last].join(" "));

/** A whitespace-only string (never empty). */
export const blank: fc.Arbitrary<string> = fc.array(fc.constantFrom(...WHITESPACE), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(""));

/** The most bytes a generated huge string takes in UTF-8, so a request stays well under the hub's body limit. */
export const HUGE_STRING_MAX_BYTES = 200_000;

/** Units repeated into huge strings: ASCII, Arabic, mixed with bidi marks, and astral (two UTF-16 units each). */
const HUGE_UNITS = ["x", "ع", "نص\u200Ftext", "\u202Bعربي\u202C ok", "\u{1F91D}", "مُؤَشِّر"];

/** Length in characters (code points), as the hub's rules count it (zod 4 counts code points, not UTF-16 units). */
export const characters = (text: string) => [...text].length;

/**
 * A huge string: from `minLength` (at least 10,000) up to 200,000 characters, within
 * HUGE_STRING_MAX_BYTES of UTF-8; more than `minLength` characters after trimming.
 */
export function hugeString(minLength = 10_000): fc.Arbitrary<string> {
  const min = Math.max(10_000, minLength);
  return fc.tuple(fc.integer({ min, max: 200_000 }), fc.constantFrom(...HUGE_UNITS)).map(([length, unit]) => {
    const unitCharacters = characters(unit);
    const byLength = Math.ceil(length / unitCharacters);
    const byBytes = Math.floor(HUGE_STRING_MAX_BYTES / Buffer.byteLength(unit, "utf8"));
    return unit.repeat(Math.max(Math.ceil((min + 2) / unitCharacters), Math.min(byLength, byBytes)));
  });
}

/** Inserts `piece` into `text` at a generated position. */
function insertSomewhere(text: fc.Arbitrary<string>, piece: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, piece, fc.nat()).map(([base, inserted, at]) => {
    const position = at % (base.length + 1);
    return base.slice(0, position) + inserted + base.slice(position);
  });
}

/** Lone surrogates: the total count of surrogates becomes odd, so at least one is unpaired wherever it lands. */
const loneSurrogate = fc.constantFrom("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83E");

/** Text with a NUL character (PostgreSQL text cannot hold it). */
export const withNul = (text: fc.Arbitrary<string> = mixedDirectionText) => insertSomewhere(text, fc.constantFrom("\u0000", "\u0000\u0000", "a\u0000"));
/** Text with an unpaired surrogate (not Unicode). */
export const withLoneSurrogate = (text: fc.Arbitrary<string> = mixedDirectionText) => insertSomewhere(text, loneSurrogate);

/** Arabic / mixed-direction text, with bidi marks, padded beyond `max` characters (but not huge). */
export function mixedTooLong(max: number): fc.Arbitrary<string> {
  return fc.tuple(mixedDirectionText, fc.integer({ min: 1, max: 400 })).map(([text, extra]) => {
    const target = max + extra;
    let result = text;
    while (characters(result.trim()) <= target) result = `${result} ${BIDI_MARKS[result.length % BIDI_MARKS.length]}${text}`;
    return result;
  });
}

/** Values of the wrong JSON type for a String field (GraphQL cannot coerce them). */
export const notAString: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant({}),
  fc.constant({ en: "text" }),
  fc.constant(["text", 1]),
);

// ---------------------------------------------------------------------------------------------
// Omitting a field

/** Marks a field to be left out of the input. */
export const OMIT = Symbol("omit");

// ---------------------------------------------------------------------------------------------
// Texts

export interface TextRule {
  /** The longest text accepted. */
  max: number;
  /** Whether the rule trims and then needs one character (rules.text); false for keys (min 1, no trim). */
  trimmed?: boolean;
  /** Whether null is refused (a required String!, or a field that cannot be cleared). */
  nullIsBad?: boolean;
  /** Whether the field is a required one (so leaving it out is refused). */
  required?: boolean;
}

/** Bad values for a text field. */
export function badText(rule: TextRule): fc.Arbitrary<unknown> {
  const trimmed = rule.trimmed ?? true;
  const options: Array<fc.Arbitrary<unknown>> = [
    fc.constant(""),
    hugeString(rule.max + 1),
    mixedTooLong(rule.max),
    withNul(),
    withLoneSurrogate(),
    withNul(fc.constantFrom("Dana Saleh", "x", "")),
    withLoneSurrogate(fc.constantFrom("Dana Saleh", "x", "")),
    notAString,
  ];
  if (trimmed) options.push(blank);
  if (rule.nullIsBad || rule.required) options.push(fc.constant(null));
  if (rule.required) options.push(fc.constant(OMIT));
  return fc.oneof(...options);
}

/** A text that one language of a `{ en, ar }` may hold (or null / left out). */
const goodLanguageText: fc.Arbitrary<unknown> = fc.oneof(mixedDirectionText, fc.constant("A valid text"), fc.constant(null), fc.constant(OMIT));

/** Bad values for a `{ en, ar }` input with texts of at most `max` characters. */
export function badLocalized(rule: { max: number; required?: boolean }): fc.Arbitrary<unknown> {
  const spoiltLanguage = fc
    .tuple(fc.constantFrom("en", "ar"), badText({ max: rule.max }).filter((value) => value !== OMIT && value !== null), goodLanguageText)
    .map(([language, bad, other]) => withoutOmitted({ [language]: bad, [language === "en" ? "ar" : "en"]: other }));
  const options: Array<fc.Arbitrary<unknown>> = [
    fc.constant({ en: null, ar: null }),
    fc.constant({}),
    fc.constant({ en: null }),
    fc.constant({ ar: null }),
    spoiltLanguage,
    // A field LocalizedTextInput does not have.
    fc.tuple(fc.constantFrom("fr", "de", "عربي", "EN", "en "), mixedDirectionText).map(([key, text]) => ({ en: "A valid text", [key]: text })),
    fc.oneof(mixedDirectionText, fc.integer(), fc.boolean(), fc.constant([]), fc.constant(["text"])),
  ];
  if (rule.required) options.push(fc.constant(null), fc.constant(OMIT));
  return fc.oneof(...options);
}

function withoutOmitted(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== OMIT));
}

/** Bad idempotency keys: 1–200 characters, not trimmed (so a blank key is a valid one). */
export const badIdempotencyKey: fc.Arbitrary<unknown> = badText({ max: 200, trimmed: false });

/** Bad e-mail addresses (rules.email: at most 254 characters, an address). */
export const badEmail: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("not-an-email", "a@b", "two@@example.org", "spaces in@example.org", "dana@", "@example.org", "dana@example", "", "dana.saleh@example.org\u0000"),
  blank,
  mixedDirectionText,
  mixedDirectionText.map((text) => `${text}@مثال.عرب`),
  fc.constantFrom(...BIDI_MARKS).map((mark) => `${mark}dana.saleh@example.org`),
  fc.integer({ min: 255, max: 5_000 }).map((length) => `${"d".repeat(length - 12)}@example.org`),
  hugeString(),
  withLoneSurrogate(fc.constant("dana.saleh@example.org")),
  fc.string().map((text) => text.replace(/@/g, "")),
  notAString,
);

/** Bad phone numbers (rules.phone: at most 40 characters of digits, spaces and + ( ) . / -; four or more). */
export const badPhone: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("call me", "12", "+1", "", "+961 1 234 567 ext. 5", "+961\u200F1 234 567", "+٩٦١ ١ ٢٣٤ ٥٦٧", "٠١٢٣٤٥٦٧", "+961 1 234 567\u0000"),
  blank,
  mixedDirectionText,
  fc.integer({ min: 41, max: 2_000 }).map((length) => "1".repeat(length)),
  hugeString(),
  fc.string({ minLength: 1 }).map((text) => `${text}x`),
  notAString,
);

// ---------------------------------------------------------------------------------------------
// Ids

/** Node types, as they appear in global ids. */
export type NodeType = "CoordinationBody" | "Organisation" | "Membership" | "FocalPoint" | "Priority" | "Indicator" | "Commitment" | "ProgressReport" | "User";

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

/**
 * Bad values for an ID field of `type`: not ids at all, broken text, an id of a missing object,
 * and ids of existing objects of other types (`wrongType`); values GraphQL cannot read as an ID.
 */
export function badId(rule: { type: NodeType; wrongType: string[]; required?: boolean }): fc.Arbitrary<unknown> {
  const options: Array<fc.Arbitrary<unknown>> = [
    fc.constantFrom("", "not-an-id", "0", "-1", "null", "undefined", "{}", "[]", "' or 1=1 --", "../../etc/passwd", "%00"),
    blank,
    mixedDirectionText,
    hugeString(),
    withNul(fc.constantFrom("not-an-id", "")),
    withLoneSurrogate(fc.constantFrom("not-an-id", "")),
    // A uuid that is not wrapped in a global id, a global id of a missing object, a global id of a broken uuid.
    fc.uuid(),
    fc.uuid().map((uuid) => globalId(rule.type, uuid)),
    fc.constantFrom(`${rule.type}:not-a-uuid`, `${rule.type}:`, ":", "Nope:00000000-0000-0000-0000-000000000000").map((text) => Buffer.from(text).toString("base64url")),
    fc.string({ maxLength: 40 }),
    // GraphQL reads an integer as an ID string; the id still does not exist.
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    // Not an ID to GraphQL at all.
    fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)), fc.boolean(), fc.constant({}), fc.constant({ id: randomUUID() })),
  ];
  if (rule.wrongType.length > 0) options.push(fc.constantFrom(...rule.wrongType));
  if (rule.required ?? true) options.push(fc.constant(null), fc.constant(OMIT));
  return fc.oneof(...options);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Whole numbers GraphQL's Int refuses (beyond 32 bits, fractions) and strings of digits. */
const notAnInt: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1.5, -0.5),
  fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
  fc.constantFrom("1", "2026", "one", "NaN", "Infinity", "", "١"),
  fc.constantFrom(new RawJson("1e400"), new RawJson("-1e400")),
  fc.boolean(),
  fc.constant([1]),
  fc.constant({}),
);

/** Bad `expectedVersion` values: below 1, a stale version (CONFLICT), or not an Int. */
export function badVersion(rule: { current: number; required: boolean }): fc.Arbitrary<unknown> {
  const options: Array<fc.Arbitrary<unknown>> = [
    fc.constantFrom(0, -1, -(2 ** 31)),
    fc.integer({ min: -(2 ** 31), max: 0 }),
    fc.integer({ min: rule.current + 1, max: 2 ** 31 - 1 }),
    notAnInt,
  ];
  if (rule.required) options.push(fc.constant(null), fc.constant(OMIT));
  return fc.oneof(...options);
}

/** Bad years (rules.year: a whole year from 2000 to 2100). */
export function badYear(rule: { required: boolean }): fc.Arbitrary<unknown> {
  const options: Array<fc.Arbitrary<unknown>> = [
    fc.constantFrom(-1, 0, 1, 1999, 2101, 2 ** 31 - 1, -(2 ** 31)),
    fc.integer({ min: -(2 ** 31), max: 1999 }),
    fc.integer({ min: 2101, max: 2 ** 31 - 1 }),
    notAnInt,
  ];
  if (rule.required) options.push(fc.constant(null), fc.constant(OMIT));
  return fc.oneof(...options);
}

/** Values GraphQL's Float refuses: Infinity as a JSON literal, strings, booleans, objects. */
const notAFloat: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(new RawJson("1e400"), new RawJson("-1e400"), new RawJson("1e999999")),
  fc.constantFrom("NaN", "Infinity", "-Infinity", "50", "50%", "", "٥٠"),
  fc.boolean(),
  fc.constant([50]),
  fc.constant({ value: 50 }),
);

/** Finite numbers beyond ±1e12 (rules.number). */
const outOfRangeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(1e12 + 1, -1e12 - 1, Number.MAX_VALUE, -Number.MAX_VALUE, 1e13, -1e300),
  fc.double({ min: 1.000001e12, max: Number.MAX_VALUE, noNaN: true }),
  fc.double({ min: -Number.MAX_VALUE, max: -1.000001e12, noNaN: true }),
);

/** Bad numbers for an indicator of this measure: out of range for UNIT, outside 0–100 for PERCENTAGE, any for QUALITATIVE. */
export function badNumber(measure: "UNIT" | "PERCENTAGE" | "QUALITATIVE"): fc.Arbitrary<unknown> {
  switch (measure) {
    case "UNIT":
      return fc.oneof(outOfRangeNumber, notAFloat);
    case "PERCENTAGE":
      return fc.oneof(
        fc.constantFrom(100.0001, -0.0001, 101, -1, 100.00000000001, -1e-9, 1000),
        fc.double({ min: 100.0000001, max: 1e12, noNaN: true }),
        fc.double({ min: -1e12, max: -1e-9, noNaN: true }),
        outOfRangeNumber,
        notAFloat,
      );
    case "QUALITATIVE":
      return fc.oneof(fc.constantFrom(0, 1, -1, 100, 0.5), fc.double({ min: -1e12, max: 1e12, noNaN: true }), outOfRangeNumber, notAFloat);
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Calendar dates of years outside 1990–2100 (rules.date), e.g. 0001-01-01 and 9999-12-31. */
const farDate: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 1989 }), fc.integer({ min: 2101, max: 9999 })), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

/** Strings shaped like dates that are not calendar dates: Feb 30, Feb 29 of a common year, April 31, month 13, day 0. */
const impossibleDate: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1990, max: 2100 }).map((year) => `${year}-02-30`),
  fc.integer({ min: 1990, max: 2100 }).filter((year) => year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0)).map((year) => `${year}-02-29`),
  fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(4, 6, 9, 11)).map(([year, month]) => `${year}-${pad(month, 2)}-31`),
  fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 13, max: 99 })).map(([year, month]) => `${year}-${month}-01`),
  fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${pad(month, 2)}-00`),
  fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 32, max: 99 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${d}`),
);

/** Bad values for a LocalDate field (YYYY-MM-DD, a calendar date from 1990 to 2100). */
export function badDate(rule: { required: boolean }): fc.Arbitrary<unknown> {
  const options: Array<fc.Arbitrary<unknown>> = [
    fc.constantFrom(
      "2026-02-30",
      "0001-01-01",
      "9999-12-31",
      "1989-12-31",
      "2101-01-01",
      "yesterday",
      "today",
      "",
      "2026-1-1",
      "26-01-01",
      "2026/01/01",
      "01-01-2026",
      "2026-01-01T00:00:00Z",
      "2026-01-01 ",
      " 2026-01-01",
      "+002026-01-01",
      "-0001-01-01",
      "٢٠٢٦-٠١-٠١",
      "2026-01-01\u0000",
      "2026\u200F-01-01",
    ),
    farDate,
    impossibleDate,
    fc.constantFrom(...BIDI_MARKS).map((mark) => `${mark}2026-01-01`),
    mixedDirectionText,
    blank,
    hugeString(),
    fc.oneof(fc.constant(20260101), fc.boolean(), fc.constant(["2026-01-01"]), fc.constant({ year: 2026 })),
  ];
  if (rule.required) options.push(fc.constant(null), fc.constant(OMIT));
  return fc.oneof(...options);
}

/** Two calendar dates within 1990–2100, the second strictly before the first. */
export const datesOutOfOrder: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.integer({ min: Date.UTC(1990, 0, 2), max: Date.UTC(2100, 11, 31) }), fc.integer({ min: 1, max: 3650 }))
  .map(([startMs, daysBack]) => {
    const day = 86_400_000;
    const start = Math.floor(startMs / day) * day;
    const end = Math.max(Date.UTC(1990, 0, 1), start - daysBack * day);
    return [new Date(start).toISOString().slice(0, 10), new Date(end).toISOString().slice(0, 10)];
  });

// ---------------------------------------------------------------------------------------------
// Enums and lists

/**
 * Bad values for an enum field: strings that are not values of the GraphQL enum (lowercase,
 * padded, with a bidi mark, Arabic, huge), other types, and values GraphQL accepts but the field
 * refuses (`refused`, e.g. CHAIR for a membership request).
 */
export function badEnum(rule: {
  values: readonly string[];
  refused?: readonly string[];
  /** Null is refused (a non-null enum, with or without a default). */
  nullIsBad: boolean;
  /** Leaving the field out is refused (a non-null enum without a default). */
  omitIsBad: boolean;
}): fc.Arbitrary<unknown> {
  const known = new Set(rule.values);
  const options: Array<fc.Arbitrary<unknown>> = [
    fc
      .constantFrom(...rule.values)
      .chain((value) => fc.constantFrom(value.toLowerCase(), ` ${value}`, `${value} `, `\u200F${value}`, `${value}\u0000`, `"${value}"`, value.replace(/_/g, " ")))
      .filter((value) => !known.has(value)),
    fc.constantFrom("", "NONE", "null", "عضو", "مكتمل"),
    blank,
    hugeString(),
    fc.string({ maxLength: 30 }).filter((text) => !known.has(text)),
    fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({})),
  ];
  if (rule.refused?.length) options.push(fc.constantFrom(...rule.refused));
  if (rule.nullIsBad) options.push(fc.constant(null));
  if (rule.omitIsBad) options.push(fc.constant(OMIT));
  return fc.oneof(...options);
}

/** The most bytes of JSON a generated huge list takes, so a request stays under the hub's body limit (256 KiB by default). */
export const HUGE_LIST_MAX_BYTES = 200_000;

/**
 * A list longer than `max`: from max + 1 up to 5,000 copies of small elements (fewer when the
 * elements are too big for HUGE_LIST_MAX_BYTES).
 */
export function hugeList(max: number, elements: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  return fc.tuple(fc.integer({ min: max + 1, max: 5_000 }), fc.array(elements, { minLength: 1, maxLength: 4 })).map(([length, pool]) => {
    const biggest = Math.max(...pool.map((element) => JSON.stringify(element).length + 1));
    const fitting = Math.max(max + 1, Math.min(length, Math.floor(HUGE_LIST_MAX_BYTES / biggest)));
    return Array.from({ length: fitting }, (_, index) => pool[index % pool.length]);
  });
}

/** Values that are not a list of input objects at all. */
export const notAnObjectList: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant("x"),
  fc.integer(),
  fc.boolean(),
  fc.constant([null]),
  fc.constant(["x"]),
  fc.constant([[{}]]),
  fc.constant([1, 2, 3]),
);
