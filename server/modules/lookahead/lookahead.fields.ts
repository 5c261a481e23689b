/**
 * How the look-ahead compiler reads, in SQL, the fields that have a resolver (fields without one
 * are their table's column of the same name): each shape says in SQL what its resolver returns.
 * A field not listed here makes the compiler leave the whole query to the resolvers.
 */
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { bodies, commitments, indicators, organisations, priorities, progressReports } from "../../../schema/database.js";
import type { FieldShape, ItemRow, ShapeRegistry } from "../../shared/lookahead/answer.js";
import { localizedText } from "../../shared/sql.js";

/** `localize(row.column, ctx.language)`. */
const localized = (column: AnyPgColumn): FieldShape => ({ kind: "value", read: (row, ctx) => localizedText(row.column(column), ctx.language) });
/** Both languages of a localized column. */
const translations = (column: AnyPgColumn): FieldShape => ({ kind: "translations", read: (row) => row.column(column) });
const value = (read: (row: ItemRow) => SQL): FieldShape => ({ kind: "value", read });

/** `detailsOf(body, …)`: a body's details, or what a viewer who may not see them gets instead. */
const detailsVisible = (row: ItemRow) => row.extra("detailsVisible");
const bodyDetail = (shape: FieldShape, hidden: SQL = sql`null`): FieldShape =>
  shape.kind === "value"
    ? { kind: "value", read: (row, ctx) => sql`case when ${detailsVisible(row)} then ${shape.read(row, ctx)} else ${hidden} end` }
    : { kind: "translations", read: (row) => sql`case when ${detailsVisible(row)} then ${shape.read(row)} end` };

export const fieldShapes: ShapeRegistry = {
  CoordinationBody: {
    name: localized(bodies.name),
    nameTranslations: translations(bodies.name),
    acronym: bodyDetail(value((row) => row.column(bodies.acronym))),
    description: bodyDetail(localized(bodies.description)),
    descriptionTranslations: bodyDetail(translations(bodies.description)),
    level: bodyDetail(value((row) => row.column(bodies.level))),
    workAreas: bodyDetail(value((row) => sql`to_json(${row.column(bodies.workAreas)})`), sql`'[]'::json`),
    viewerCanSeeDetails: value(detailsVisible),
  },
  Organisation: {
    name: localized(organisations.name),
    nameTranslations: translations(organisations.name),
    typeCode: value((row) => row.column(organisations.type)),
  },
  Priority: {
    title: localized(priorities.title),
    titleTranslations: translations(priorities.title),
    description: localized(priorities.description),
    descriptionTranslations: translations(priorities.description),
    archived: value((row) => sql`${row.column(priorities.archivedAt)} is not null`),
  },
  Indicator: {
    name: localized(indicators.name),
    nameTranslations: translations(indicators.name),
    unitLabel: localized(indicators.unitLabel),
    unitLabelTranslations: translations(indicators.unitLabel),
  },
  Commitment: {
    description: localized(commitments.description),
    descriptionTranslations: translations(commitments.description),
  },
  ProgressReport: {
    narrative: localized(progressReports.narrative),
    narrativeTranslations: translations(progressReports.narrative),
    locked: value((row) => sql`${row.column(progressReports.reviewState)} = 'VALIDATED'`),
  },
};
