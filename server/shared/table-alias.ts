import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, AnyPgTable } from "drizzle-orm/pg-core";

export interface TableAlias {
  /** `table AS alias`, for a FROM or JOIN clause. */
  from: SQL;
  /** `alias.column`. */
  column(column: AnyPgColumn): SQL;
}

/** A table under an alias in raw SQL (drizzle renders an aliased table by its alias only). */
export function tableAlias(table: AnyPgTable, name: string): TableAlias {
  const alias = sql.identifier(name);
  return { from: sql`${table} as ${alias}`, column: (column) => sql`${alias}.${sql.identifier(column.name)}` };
}
