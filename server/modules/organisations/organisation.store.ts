import { and, inArray, sql, type SQL } from "drizzle-orm";
import { organisations } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import type { Language } from "../../shared/language.js";
import { pagedList, type ListSource } from "../../shared/lists.js";
import { type SortDirection, type SortSpec } from "../../shared/pagination.js";
import { fetchRows, type RowsQuery } from "../../shared/rows.js";
import { localizedSortKey, searchCondition } from "../../shared/sql.js";

export type OrganisationRecord = typeof organisations.$inferSelect;

export function organisationSort(field: "NAME" | "ACRONYM" | "CREATED_AT", direction: SortDirection, language: Language): SortSpec {
  if (field === "CREATED_AT") return { expression: organisations.createdAt, sqlType: "timestamptz", direction };
  const name = localizedSortKey(organisations.name, language);
  const expression = field === "ACRONYM" ? sql`lower(coalesce(${organisations.acronym}, ${name}))` : name;
  return { expression, sqlType: "text", direction };
}

export function organisationWhere(conditions: { types?: number[] | null; search?: string | null }): SQL | undefined {
  return and(
    conditions.types?.length ? inArray(organisations.type, conditions.types) : undefined,
    conditions.search ? searchCondition(conditions.search, organisations.name, organisations.acronym, organisations.iatiIdentifier) : undefined,
  );
}

/** Organisations are a public directory: every signed-in user may list them. */
export function organisationList(db: Db, key: string, where: SQL | undefined, sort: SortSpec): ListSource<OrganisationRecord> {
  return pagedList(db, `organisations:${key}`, "Organisation", () => ({ table: organisations, idColumn: organisations.id, where, sort }));
}

/** Organisations by id; every organisation is public. */
export const organisationsById: RowsQuery = { table: organisations, keyColumn: organisations.id };

export async function findOrganisations(db: Db, ids: readonly string[]): Promise<OrganisationRecord[]> {
  return fetchRows(db, organisationsById, ids);
}
