/**
 * Whole answers from the look-ahead compiler: a query whose every field it can read in SQL is
 * answered by one statement that builds the response's `data` as JSON, as PostGraphile does, and
 * neither graphql-jit nor any resolver runs. The roots and relations are the registry's, read with
 * the same descriptions as their DataLoaders (visibility scope included); a field without a
 * resolver is its table's column of the same name; a field with a resolver needs a shape (how to
 * read it in SQL) in the field registry. A query with anything else (`viewerCan…`, summaries,
 * focal points, `node`) runs as usual, with the compiler priming the DataLoaders.
 */
import { getTableColumns, sql, type Query, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isEnumType,
  isListType,
  isObjectType,
  isScalarType,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Context } from "../../context.js";
import { Scope } from "../../modules/auth/policy.js";
import { viewerCheckOf } from "../../modules/auth/viewer-check.js";
import { JsonText } from "../json-text.js";
import { Language } from "../language.js";
import type { PageQuery } from "../pagination.js";
import { runPreparedBytes } from "../statements.js";
import { AliasNames, answerOrder, countJson, pageRows, parentKeyOf, RANK, rowsJson, SORT_KEY } from "./compile.js";
import { MAX_RELATIONS_PER_STATEMENT, type FieldArguments, type FieldPlan, type RelationRegistry } from "./plan.js";
import type { RenderedFrom, RenderedStatements } from "./rendered.js";
import { collectFields, fragmentsOf, selectionSetsOf, type SelectionContext } from "./selection.js";

/** The columns of the row an item is built from. */
export interface ItemRow {
  column(column: AnyPgColumn): SQL;
  /** A value the store's description adds to the row (`extra`), such as whether a body's details are visible. */
  extra(name: string): SQL;
}

/** How a field with a resolver is read in SQL: a value, or an object of both languages (`…Translations`). */
export type FieldShape =
  | { kind: "value"; read: (row: ItemRow, ctx: Context) => SQL }
  | { kind: "translations"; read: (row: ItemRow) => SQL };

/** For each object type of the relation registry: its fields with a resolver that the compiler can read. */
export type ShapeRegistry = Record<string, Record<string, FieldShape>>;

/** What whole answers are built from: the registries, and the statements already rendered. */
export interface AnswerSources {
  relations: RelationRegistry;
  shapes: ShapeRegistry;
  statements: RenderedStatements;
}

export interface QueryToAnswer {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
}

/** Thrown while building when something selected cannot be read in SQL: the query runs as usual. */
class NotInSql extends Error {}

interface Build extends SelectionContext {
  ctx: Context;
  relations: RelationRegistry;
  shapes: ShapeRegistry;
  names: AliasNames;
  budget: number;
}

const ROOT = "la0";
const LOCALIZED_TEXT_FIELDS = new Set<string>(Object.values(Language));

/**
 * The query's `data`, read in one statement as JSON text; null when the query must run as usual, or when the
 * viewer (remembered from an earlier request) no longer holds and must be read again.
 */
export async function answerInSql(ctx: Context, query: QueryToAnswer, sources: AnswerSources): Promise<JsonText | null> {
  const { schema, document, operation } = query;
  const queryType = schema.getQueryType();
  if (operation.operation !== "query" || !queryType) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], query.variables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  // A viewer remembered from an earlier request is confirmed in the answer's own statement.
  const check = viewerCheckOf(ctx);
  const from = { document, operationName: operation.name?.value, language: ctx.language, hiddenBodyIds: ctx.viewer.hiddenBodyIds, variables, confirming: check.confirms };
  const statement = sources.statements.get(from, () => render(ctx, query, queryType, from, check.holds, sources));
  if (!statement) return null;
  try {
    const data = await runPreparedBytes(ctx.db, "whole_answer", statement, check.values);
    if (data == null) return null;
    ctx.unconfirmed = null;
    return new JsonText(data);
  } catch {
    // Refused (e.g. a cursor of another list) or unreachable: execution reads again and reports it in the field's own terms, or as a 503.
    return null;
  }
}

const dialect = new PgDialect();

/** The statement of a whole answer as text and parameters; null when something selected is not read in SQL. */
function render(ctx: Context, query: QueryToAnswer, queryType: GraphQLObjectType, from: RenderedFrom, confirmed: SQL<boolean>, sources: AnswerSources): Query | null {
  const build: Build = { ctx, schema: query.schema, fragments: fragmentsOf(query.document), variables: from.variables, relations: sources.relations, shapes: sources.shapes, names: new AliasNames(), budget: MAX_RELATIONS_PER_STATEMENT };
  try {
    const data = objectJson(build, queryType, [query.operation.selectionSet], (name, fields) => rootJson(build, queryType, name, fields));
    // No answer (null) when the remembered viewer no longer holds.
    return dialect.sqlToQuery(sql`select case when ${confirmed} then (${data})::text end as "data" from (select 1) as ${sql.identifier(ROOT)}`);
  } catch {
    // Not readable in SQL, or not valid (e.g. @skip(if: null)): execution answers, or reports what is wrong.
    return null;
  }
}

/** A root field of the registry, with everything selected below it. */
function rootJson(build: Build, queryType: GraphQLObjectType, name: string, fields: FieldNode[]): SQL {
  const plan = planOf(build, queryType, name, fields[0]!);
  return relationJson(build, plan, queryType.getFields()[name]!, fields, null);
}

/** A JSON object of the fields selected on `type`, in the order GraphQL answers them. */
function objectJson(build: Build, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], value: (name: string, fields: FieldNode[]) => SQL): SQL {
  const entries = [...collectFields(build, type, selectionSets)].map(([key, fields]) => {
    const name = fields[0]!.name.value;
    return sql`${literal(key)}, ${name === "__typename" ? literal(type.name) : value(name, fields)}`;
  });
  if (!entries.length) throw new NotInSql();
  return sql`json_build_object(${sql.join(entries, sql`, `)})`;
}

/** An object of a registry type, read from the row under `alias`. */
function itemJson(build: Build, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], alias: string): SQL {
  const table = build.relations[type.name]?.table;
  if (!table) throw new NotInSql();
  const row = itemRow(alias);
  return objectJson(build, type, selectionSets, (name, fields) => {
    const definition = type.getFields()[name];
    if (!definition) throw new NotInSql();
    if (build.relations[type.name]!.fields[name]) return relationJson(build, planOf(build, type, name, fields[0]!), definition, fields, alias);
    const shape = build.shapes[type.name]?.[name];
    if (shape?.kind === "value") return shape.read(row, build.ctx);
    if (shape?.kind === "translations") return translationsJson(build, definition, fields, shape.read(row));
    if (name === "id" && type.getInterfaces().some((face) => face.name === "Node")) return globalIdSql(type.name, row.column(getTableColumns(table)["id"]!));
    return columnJson(definition, table, row);
  });
}

function itemRow(alias: string): ItemRow {
  return {
    column: (column) => sql`${sql.identifier(alias)}.${sql.identifier(column.name)}`,
    extra: (name) => sql`${sql.identifier(alias)}.${sql.identifier(name)}`,
  };
}

/** The field's relation plan from the registry, for its (coerced) arguments; the resolver reports bad ones. */
function planOf(build: Build, type: GraphQLObjectType, name: string, field: FieldNode): FieldPlan {
  const planner = build.relations[type.name]?.fields[name];
  const definition = type.getFields()[name];
  if (!planner || !definition || --build.budget < 0) throw new NotInSql();
  // Every row of a whole answer was read under the viewer's scope, or under a parent so read.
  const ctx = build.relations[type.name]!.sameVisibility?.includes(name) ? { ...build.ctx, scope: Scope.withinVisibleParent } : build.ctx;
  let plan: FieldPlan | null;
  try {
    plan = planner(ctx, getArgumentValues(definition, field, build.variables) as FieldArguments);
  } catch {
    throw new NotInSql();
  }
  if (!plan) throw new NotInSql();
  return plan;
}

/** A relation: its object (or null), its list, or its connection, for the parent row under `parentAlias`. */
function relationJson(build: Build, plan: FieldPlan, definition: GraphQLField<unknown, unknown>, fields: FieldNode[], parentAlias: string | null): SQL {
  const returned = getNamedType(definition.type);
  if (!isObjectType(returned)) throw new NotInSql();
  const parentKey = parentKeyOf(plan, parentAlias);
  if (plan.kind === "page") return connectionJson(build, { ...plan.source.query(), page: plan.page }, returned, fields, parentKey);
  const alias = build.names.next();
  return rowsJson(plan.query, plan.relation.many, parentKey, alias, itemJson(build, returned, selectionSetsOf(fields), alias));
}

/**
 * A connection (`totalCount`, `nodes`, `edges`, `pageInfo`) over one page, as `toConnection`
 * builds it: the page is read with one row more than asked, which only says whether there is more.
 */
function connectionJson(build: Build, query: PageQuery, connection: GraphQLObjectType, fields: FieldNode[], parentKey: SQL | null): SQL {
  const rows = build.names.next();
  const page = build.names.next();
  const aggregates: SQL[] = [];
  const aggregate = (expression: SQL): SQL => {
    const name = `a${aggregates.length}`;
    aggregates.push(sql`${expression} as ${sql.identifier(name)}`);
    return sql`${sql.identifier(page)}.${sql.identifier(name)}`;
  };
  const rank = sql`${sql.identifier(rows)}.${sql.identifier(RANK)}`;
  const order = answerOrder(query, rows);
  // The row read past the page, if the selection turns out to read it, is left out by its rank.
  // Only then are the rows ranked: a sort and a window per page, 1 ms of the dashboard's 14 (bench step 36).
  const inPage = sql.empty();
  const list = (item: SQL) => sql`coalesce(${aggregate(sql`json_agg(${item} order by ${order}) ${inPage}`)}, '[]'::json)`;
  let cursorWanted = false;
  const cursor = () => ((cursorWanted = true), cursorSql(rows));
  const nodeType = getNamedType(connection.getFields()["nodes"]!.type) as GraphQLObjectType;
  const edgeType = getNamedType(connection.getFields()["edges"]!.type) as GraphQLObjectType;
  let more: SQL | undefined;
  let cursors: SQL | undefined;
  const hasMore = () => (more ??= aggregate(sql`count(*) > ${query.page.size}`));
  const cursorList = () => (cursors ??= aggregate(sql`array_agg(${cursor()} order by ${order}) ${inPage}`));
  const askedFrom = literalBoolean(query.page.cursor !== null);
  // A cursor is read (and a bad one refused, which execution then reports) even when no row is selected.
  if (query.page.cursor) hasMore();

  const json = objectJson(build, connection, selectionSetsOf(fields), (name, parts) => {
    const selections = selectionSetsOf(parts);
    switch (name) {
      case "totalCount":
        return countJson(query, parentKey);
      case "nodes":
        return list(itemJson(build, nodeType, selections, rows));
      case "edges":
        return list(
          objectJson(build, edgeType, selections, (edgeField, nodes) => {
            if (edgeField === "cursor") return cursor();
            if (edgeField === "node") return itemJson(build, nodeType, selectionSetsOf(nodes), rows);
            throw new NotInSql();
          }),
        );
      case "pageInfo":
        return objectJson(build, getNamedType(connection.getFields()["pageInfo"]!.type) as GraphQLObjectType, selections, (infoField) => {
          if (infoField === "hasNextPage") return query.page.backward ? askedFrom : hasMore();
          if (infoField === "hasPreviousPage") return query.page.backward ? hasMore() : askedFrom;
          if (infoField === "startCursor") return sql`(${cursorList()})[1]`;
          if (infoField === "endCursor") return sql`(${cursorList()})[cardinality(${cursorList()})]`;
          throw new NotInSql();
        });
      default:
        throw new NotInSql();
    }
  });
  if (!aggregates.length) return json;
  if (more) inPage.append(sql`filter (where ${rank} <= ${query.page.size})`);
  return sql`(select ${json} from (select ${sql.join(aggregates, sql`, `)} from (${pageRows(query, parentKey, { sortKey: cursorWanted, oneMore: more !== undefined })}) as ${sql.identifier(rows)}) as ${sql.identifier(page)})`;
}

/** `encodeCursor` in SQL: base64url of the JSON array [sort key, id]. */
function cursorSql(alias: string): SQL {
  const column = (name: string) => sql`${sql.identifier(alias)}.${sql.identifier(name)}`;
  const json = sql`'[' || to_json(${column(SORT_KEY)})::text || ',' || to_json(${column("id")}::text)::text || ']'`;
  return base64url(json);
}

/** `toGlobalId` in SQL: base64url of "<type>:<uuid>". */
function globalIdSql(typeName: string, id: SQL): SQL {
  return base64url(sql`${literal(`${typeName}:`)} || ${id}::text`);
}

function base64url(text: SQL): SQL {
  return sql`rtrim(translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;
}

/** A field without a resolver: the column of the same name, as GraphQL would serialize its value. */
function columnJson(definition: GraphQLField<unknown, unknown>, table: PgTable, row: ItemRow): SQL {
  const column = getTableColumns(table)[definition.name];
  const type = getNullableType(definition.type);
  if (definition.resolve || !column || isListType(type)) throw new NotInSql();
  const value = row.column(column);
  if (isEnumType(type)) {
    const values = type.getValues();
    if (values.every((entry) => entry.value === entry.name)) return value;
    return sql`case ${value} ${sql.join(values.map((entry) => sql`when ${entry.value} then ${literal(entry.name)}`), sql` `)} end`;
  }
  if (!isScalarType(type)) throw new NotInSql();
  // graphql-scalars' DateTime answers `Date#toISOString()`: milliseconds, UTC.
  if (type.name === "DateTime") return sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return value;
}

/** A `LocalizedText` object (`en`, `ar`), or null. */
function translationsJson(build: Build, definition: GraphQLField<unknown, unknown>, fields: FieldNode[], text: SQL): SQL {
  const type = getNamedType(definition.type) as GraphQLObjectType;
  const json = objectJson(build, type, selectionSetsOf(fields), (name) => {
    if (!LOCALIZED_TEXT_FIELDS.has(name)) throw new NotInSql();
    return sql`${text}->>${literal(name)}`;
  });
  return sql`case when ${text} is null then null else ${json} end`;
}

/** A GraphQL name (response key, type or enum value) as an SQL string: names hold only [_A-Za-z0-9]. */
function literal(name: string): SQL {
  if (!/^[_A-Za-z][_A-Za-z0-9]*:?$/.test(name)) throw new NotInSql();
  return sql.raw(`'${name}'::text`);
}

const literalBoolean = (value: boolean): SQL => sql.raw(value ? "true" : "false");
