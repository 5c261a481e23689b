/**
 * The relations the look-ahead compiler reads in SQL: for each GraphQL type, its table, and for
 * each relation field, the same list or loader description its resolver uses (so the compiled
 * read and the DataLoader read cannot differ). Fields not listed are resolved by DataLoaders.
 */
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Context } from "../../context.js";
import { bodies, commitments, indicators, memberships, organisations, priorities, progressReports } from "../../../schema/database.js";
import type { PageRequest } from "../../shared/connection.js";
import type { FieldPlan, RelationRegistry } from "../../shared/lookahead/plan.js";
import type { ListSource } from "../../shared/lists.js";
import type { RowsRelation } from "../../shared/rows.js";
import { idOfType } from "../../shared/ids.js";
import { bodyRelation } from "../bodies/body.loaders.js";
import { allBodies } from "../bodies/body.service.js";
import { allCommitments, commitmentRelation, commitmentsOf } from "../commitments/commitment.service.js";
import { leadsRelation } from "../memberships/membership.loaders.js";
import { membershipsOf } from "../memberships/membership.service.js";
import { allOrganisations, organisationRelation } from "../organisations/organisation.service.js";
import { allPriorities, indicatorsRelation, prioritiesOfBodies, priorityRelation } from "../priorities/priority.service.js";
import { latestReportRelation, reportsOfCommitments } from "../progress/progress.service.js";

const rows = (ctx: Context, relation: RowsRelation, parentKey: AnyPgColumn): FieldPlan => ({ kind: "rows", relation, query: relation.query(ctx.scope), parentKey });
/** The object with this key, for a root field such as `body(id:)`. */
const byKey = (ctx: Context, relation: RowsRelation, key: string | null): FieldPlan | null =>
  key ? { kind: "rows", relation, query: relation.query(ctx.scope), key } : null;
const page = <T extends { id: string }>(list: { source: ListSource<T>; page: PageRequest }, parentKey?: AnyPgColumn): FieldPlan => ({
  kind: "page",
  source: list.source as unknown as ListSource<{ id: string }>,
  page: list.page,
  parentKey,
});

export const relations: RelationRegistry = {
  Query: {
    fields: {
      body: (ctx, args) => byKey(ctx, bodyRelation, idOfType(args.id, "CoordinationBody")),
      organisation: (ctx, args) => byKey(ctx, organisationRelation, idOfType(args.id, "Organisation")),
      bodies: (ctx, args) => page(allBodies(ctx, args, args.filter, args.orderBy)),
      organisations: (ctx, args) => page(allOrganisations(ctx, args, args.filter, args.orderBy)),
      priorities: (ctx, args) => page(allPriorities(ctx, args, args.filter, args.orderBy)),
      commitments: (ctx, args) => page(allCommitments(ctx, args, args.filter, args.orderBy)),
    },
  },
  CoordinationBody: {
    table: bodies,
    fields: {
      leads: (ctx) => rows(ctx, leadsRelation, bodies.id),
      memberships: (ctx, args) => page(membershipsOf(ctx, "body", args, args.filter, args.orderBy), bodies.id),
      priorities: (ctx, args) => page(prioritiesOfBodies(ctx, args, args.year, args.filter, args.orderBy), bodies.id),
    },
  },
  Organisation: {
    table: organisations,
    fields: {
      memberships: (ctx, args) => page(membershipsOf(ctx, "organisation", args, args.filter, args.orderBy), organisations.id),
      commitments: (ctx, args) => page(commitmentsOf(ctx, "organisation", args, args.filter, args.orderBy), organisations.id),
    },
  },
  Membership: {
    table: memberships,
    fields: {
      organisation: (ctx) => rows(ctx, organisationRelation, memberships.organisationId),
      body: (ctx) => rows(ctx, bodyRelation, memberships.bodyId),
    },
  },
  Priority: {
    table: priorities,
    sameVisibility: ["indicators", "commitments"],
    fields: {
      body: (ctx) => rows(ctx, bodyRelation, priorities.bodyId),
      indicators: (ctx) => rows(ctx, indicatorsRelation, priorities.id),
      commitments: (ctx, args) => page(commitmentsOf(ctx, "priority", args, args.filter, args.orderBy), priorities.id),
    },
  },
  Indicator: {
    table: indicators,
    fields: {
      priority: (ctx) => rows(ctx, priorityRelation, indicators.priorityId),
    },
  },
  Commitment: {
    table: commitments,
    sameVisibility: ["latestReport", "progressReports"],
    fields: {
      organisation: (ctx) => rows(ctx, organisationRelation, commitments.organisationId),
      priority: (ctx) => rows(ctx, priorityRelation, commitments.priorityId),
      latestReport: (ctx) => rows(ctx, latestReportRelation, commitments.id),
      progressReports: (ctx, args) => page(reportsOfCommitments(ctx, args, args.orderBy), commitments.id),
    },
  },
  ProgressReport: {
    table: progressReports,
    fields: {
      commitment: (ctx) => rows(ctx, commitmentRelation, progressReports.commitmentId),
    },
  },
};
