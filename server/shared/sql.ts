import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { Language } from "./language.js";

/** A localized column as sortable text in the wanted language, falling back to the other one. */
export function localizedSortKey(column: AnyPgColumn | SQL, language: Language): SQL {
  const other = language === Language.AR ? Language.EN : Language.AR;
  return sql`lower(coalesce(nullif(${column}->>${sql.raw(`'${language}'`)}, ''), ${column}->>${sql.raw(`'${other}'`)}))`;
}

/** `localize` in SQL: the text in the wanted language, else in the other one, else null (empty texts count as missing). */
export function localizedText(column: SQL, language: Language): SQL {
  const other = language === Language.AR ? Language.EN : Language.AR;
  return sql`coalesce(nullif(${column}->>${sql.raw(`'${language}'`)}, ''), nullif(${column}->>${sql.raw(`'${other}'`)}, ''))`;
}

/** An enum column, with the values its type allows. */
type EnumColumn = AnyPgColumn & { enumValues: readonly string[] | undefined };

/**
 * `column in (…)` (or `not in`) on an enum column, with the values written into the statement
 * rather than bound. PostgreSQL keeps one plan for a prepared statement only when its generic plan
 * costs no more than a plan for the given values, which a bound enum value defeats: it then plans
 * the statement again on every execution, a third of the directory's whole answer. There are few
 * values, and only those of the column's type are accepted.
 */
export function enumIn(column: EnumColumn, values: readonly string[], negated = false): SQL {
  const allowed = column.enumValues ?? [];
  const unknown = values.find((value) => !allowed.includes(value) || !/^[A-Z0-9_]+$/.test(value));
  if (unknown !== undefined || !values.length) throw new Error(`enumIn: ${JSON.stringify(unknown ?? values)} is not a value of ${column.name}`);
  return sql`${column} ${sql.raw(negated ? "not in" : "in")} (${sql.raw(values.map((value) => `'${value}'`).join(", "))})`;
}

/** A LIKE pattern that matches the text anywhere, with LIKE's own characters taken literally. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive match of a search text against a localized column (both languages) and plain columns. */
export function searchCondition(search: string, localized: AnyPgColumn, ...plain: AnyPgColumn[]): SQL {
  const pattern = containsPattern(search);
  const matches = [
    sql`${localized}->>'en' ilike ${pattern}`,
    sql`${localized}->>'ar' ilike ${pattern}`,
    ...plain.map((column) => sql`${column} ilike ${pattern}`),
  ];
  return sql`(${sql.join(matches, sql` or `)})`;
}
