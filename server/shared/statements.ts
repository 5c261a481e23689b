/**
 * Raw statements for hot paths, where one statement does what several would (data-modifying CTEs)
 * and its cost is worth watching: written with drizzle's `sql` and table objects, rendered once,
 * run as prepared statements, read back as drizzle reads rows.
 */
import { getTableColumns, getTableName, is, Placeholder, SQL, sql, type Query } from "drizzle-orm";
import { PgDialect, type AnyPgColumn, type AnyPgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db.js";

const dialect = new PgDialect();

/**
 * A statement written once with `sql.placeholder(name)` for everything that changes between calls,
 * rendered to text on first use: drizzle takes longer to walk a large template than PostgreSQL
 * takes to run it. Every parameter must be a placeholder, so that no call's value is kept.
 */
export function renderedOnce(build: () => SQL): () => Query {
  let query: Query | undefined;
  return () => {
    if (query) return query;
    const rendered = dialect.sqlToQuery(build());
    if (!rendered.params.every((param) => is(param, Placeholder))) throw new Error("renderedOnce: a statement's parameters must all be placeholders");
    return (query = rendered);
  };
}

/** A call's values by placeholder group: `{ report: { id, … } }` for `placeholders("report", …)`. */
export type StatementValues = Readonly<Record<string, object>>;

/**
 * Runs raw SQL (a template, or a statement rendered once with its placeholders' `values`) as a
 * prepared statement — drizzle prepares only named queries, and a hot statement should not be
 * parsed and planned again on every call — and returns its rows by column name, whichever the
 * driver (postgres.js answers an array, PGlite `{ rows }`).
 */
export async function runPrepared<T>(db: Db, name: string, statement: SQL | Query, values: StatementValues = {}): Promise<T[]> {
  const query = is(statement, SQL) ? dialect.sqlToQuery(statement) : statement;
  const result: unknown = await db._.session.prepareQuery({ sql: query.sql, params: parameters(query, values) }, undefined, name, false).execute();
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/** What drizzle's sessions hold, for a statement sent past drizzle's mapping of rows. */
interface SessionParts {
  client: { unsafe?: (query: string, parameters: unknown[], options: { prepare: boolean }) => { raw(): Promise<Uint8Array[][]> } };
  logger: { logQuery(query: string, parameters: unknown[]): void };
}

/**
 * The first value of a prepared statement's first row as the driver received it, not decoded: its
 * bytes from postgres.js, its text from PGlite (undefined when there is no row). A whole answer's
 * JSON goes from PostgreSQL to the client without ever being a JavaScript string: here, making a
 * string of the dashboard's 164 kB cost 0.8 ms, and encoding it again for the socket 1 ms, of the
 * 4-5 ms of server CPU per request (bench/README.md, step 36).
 */
export async function runPreparedBytes(db: Db, name: string, statement: Query, values: StatementValues = {}): Promise<Uint8Array | string | null | undefined> {
  const session = db._.session as unknown as SessionParts;
  const { unsafe } = session.client;
  if (!unsafe) {
    const [row] = await runPrepared<Record<string, string | null>>(db, name, statement, values);
    return row && Object.values(row)[0];
  }
  const params = parameters(statement, values);
  session.logger.logQuery(statement.sql, params); // counted as drizzle counts its own
  const [row] = await unsafe.call(session.client, statement.sql, params, { prepare: true }).raw();
  return row && row[0];
}

/** Each parameter of a statement: where its placeholder's value is found, or null for a value given in the statement. */
const slotsByQuery = new WeakMap<Query, ([group: string, key: string] | null)[]>();

/**
 * The statement's parameters with its placeholders' values looked up by group and key, so that a
 * call passes the groups it has rather than a new object of prefixed names (measurably slower on
 * the busiest write, bench/README.md).
 */
function parameters(query: Query, values: StatementValues): unknown[] {
  let slots = slotsByQuery.get(query);
  if (!slots) slotsByQuery.set(query, (slots = query.params.map(slotOf)));
  return query.params.map((param, index) => {
    const slot = slots[index];
    if (!slot) return param;
    const value = (values[slot[0]] as Record<string, unknown> | undefined)?.[slot[1]];
    if (value === undefined) throw new Error(`No value for the placeholder ${slot.join(".")}`);
    return value;
  });
}

function slotOf(param: unknown): [string, string] | null {
  if (!is(param, Placeholder)) return null;
  const [group, key, ...rest] = param.name.split(".");
  if (!group || !key || rest.length) throw new Error(`runPrepared: the placeholder ${param.name} is not named <group>.<key> (placeholders())`);
  return [group, key];
}

const columnsByTable = new WeakMap<AnyPgTable, [string, AnyPgColumn][]>();
const columnsOf = (table: AnyPgTable) => {
  let columns = columnsByTable.get(table);
  if (!columns) columnsByTable.set(table, (columns = Object.entries(getTableColumns(table))));
  return columns;
};

/** A whole row of `table` from raw SQL (`returning *`), as drizzle reads it: by property name, values decoded. */
export function rowOf<T extends AnyPgTable>(table: T, raw: Record<string, unknown>): T["$inferSelect"] {
  const row: Record<string, unknown> = {};
  for (const [property, column] of columnsOf(table)) {
    const value = raw[column.name];
    row[property] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T["$inferSelect"];
}

/** A value (or placeholder) cast to a column's type: raw SQL has no column to infer it from. The value is as the driver takes it (JSON as text). */
export function typedParam(column: AnyPgColumn, value: unknown): SQL {
  return sql`${value}::${sql.raw(column.getSQLType())}`;
}

/** Columns by their bare names, for the column list of a raw INSERT. */
export function columnList(columns: AnyPgColumn[]): SQL {
  return sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
}

/** Column kinds whose PostgreSQL JSON is what JSON.stringify writes for the value drizzle reads. */
const SAME_JSON = new Set(["PgUUID", "PgText", "PgVarchar", "PgEnumColumn", "PgInteger", "PgSmallInt", "PgDoublePrecision", "PgBoolean", "PgJsonb", "PgJson", "PgDateString"]);

/** JSON.stringify's form of a Date (`2026-03-01T09:30:00.123Z`); PostgreSQL's own JSON of a timestamp differs. */
const isoTimestamp = (value: SQL) => sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * In SQL, the JSON of a row of `table` from `source` (a CTE, or an alias) exactly as the row reads
 * in JavaScript through drizzle and then JSON.stringify: property names, not column names, and
 * timestamps as JavaScript writes dates. So an audit event's `after` can be built in the statement
 * that writes the row. Only column kinds whose JSON is known to agree are accepted.
 */
export function rowJson(table: AnyPgTable, source: string): SQL {
  const from = sql.identifier(source);
  const pairs = columnsOf(table).map(([property, column]) => {
    const value = sql`${from}.${sql.identifier(column.name)}`;
    const json = column.columnType === "PgTimestamp" ? isoTimestamp(value) : SAME_JSON.has(column.columnType) ? value : null;
    if (!json || !/^\w+$/.test(property)) throw new Error(`rowJson: no JSON form for ${getTableName(table)}.${column.name} (${column.columnType})`);
    return sql`${sql.raw(`'${property}'`)}, ${json}`;
  });
  // jsonb_build_object takes at most 100 arguments: 50 properties per call.
  const chunks: SQL[] = [];
  for (let start = 0; start < pairs.length; start += 50) chunks.push(sql`jsonb_build_object(${sql.join(pairs.slice(start, start + 50), sql`, `)})`);
  return sql`(${sql.join(chunks, sql` || `)})`;
}

/** Placeholders named `<group>.<key>`, one per key, for a statement run by `runPrepared` with `{ [group]: values }`. */
export function placeholders<K extends string>(group: string, keys: readonly K[]): Record<K, Placeholder> {
  return Object.fromEntries(keys.map((key) => [key, sql.placeholder(`${group}.${key}`)])) as Record<K, Placeholder>;
}
