import type { Context } from "../../context.js";
import { byKey, groupBy } from "../../shared/loaders.js";
import { asNode } from "../../shared/node.js";
import { rowsLoader, type RowsRelation } from "../../shared/rows.js";
import { findFocalPoints, findFocalPointsOf, leadsOfBodies, membershipsById } from "./membership.store.js";
import type { FocalPointRow, MembershipRow } from "./membership.type.js";

export const membershipRelation = { name: "membership", type: "Membership", query: membershipsById, many: false } as const satisfies RowsRelation;

export function membershipById(ctx: Context) {
  return rowsLoader<MembershipRow>(ctx, membershipRelation);
}

export const leadsRelation = { name: "body.leads", type: "Membership", query: leadsOfBodies, many: true } as const satisfies RowsRelation;

export function leadsOfBody(ctx: Context) {
  return rowsLoader<MembershipRow>(ctx, leadsRelation);
}

export function focalPointsOfMembership(ctx: Context) {
  return ctx.loaders.get<FocalPointRow[]>(
    "membership.focalPoints",
    async (ids) =>
      groupBy((await findFocalPointsOf(ctx.db, ctx.scope, ids)).map((row) => asNode("FocalPoint", row)), (row) => row.membershipId),
    [],
  );
}

export function focalPointById(ctx: Context) {
  return ctx.loaders.get<FocalPointRow | null>(
    "focalPoint",
    async (ids) => byKey((await findFocalPoints(ctx.db, ctx.scope, ids)).map((row) => asNode("FocalPoint", row)), (row) => row.id),
    null,
  );
}
