import { asc, inArray } from "drizzle-orm";
import { frameworks, frameworkTracks } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import { pagedList, type ListSource } from "../../shared/lists.js";

export type FrameworkRecord = typeof frameworks.$inferSelect;

/** Frameworks are public reference data, sorted by code. */
export function frameworkList(db: Db): ListSource<FrameworkRecord> {
  const sort = { expression: frameworks.code, sqlType: "text", direction: "ASC" as const };
  return pagedList(db, "frameworks", "Framework", () => ({ table: frameworks, idColumn: frameworks.id, sort }));
}

export function findFrameworks(db: Db, ids: readonly string[]) {
  return db.select().from(frameworks).where(inArray(frameworks.id, [...ids]));
}

export function findTracksOf(db: Db, frameworkIds: readonly string[]) {
  return db
    .select()
    .from(frameworkTracks)
    .where(inArray(frameworkTracks.frameworkId, [...frameworkIds]))
    .orderBy(asc(frameworkTracks.position), asc(frameworkTracks.code));
}

export function findTracks(db: Db, ids: readonly string[]) {
  return db.select().from(frameworkTracks).where(inArray(frameworkTracks.id, [...ids]));
}
