import type { Context } from "../../context.js";
import { OrderDirection, pageRequest, type PageArgs } from "../../shared/connection.js";
import { emptyConnection, nestedConnection } from "../../shared/lists.js";
import type { BodyRow } from "../bodies/body.type.js";
import type { MembershipFilter, MembershipOrder } from "./membership.input.js";
import { membershipList, membershipSort, type MembershipSortField } from "./membership.store.js";
import { leadsOfBody } from "./membership.loaders.js";
import type { FocalPointRow, MembershipRow } from "./membership.type.js";

const DEFAULT_ORDER = { body: "ORGANISATION_NAME", organisation: "BODY_NAME" } as const satisfies Record<string, MembershipSortField>;

/** The list of memberships per body or per organisation for these arguments, and the page asked for. */
export function membershipsOf(
  ctx: Context,
  groupBy: "body" | "organisation",
  args: PageArgs,
  filter: MembershipFilter | null | undefined,
  order: MembershipOrder | null | undefined,
) {
  const field = order?.field ?? DEFAULT_ORDER[groupBy];
  const sort = membershipSort(field, order?.direction ?? OrderDirection.ASC, ctx.language);
  const source = membershipList(ctx.db, ctx.scope, groupBy, { roles: filter?.roles, statuses: filter?.statuses }, sort, `${field}:${ctx.language}`);
  return { source, page: pageRequest(args) };
}

/** A body's memberships; none for a body whose details the viewer may not see. */
export function membershipsOfBody(ctx: Context, body: BodyRow, args: PageArgs, filter?: MembershipFilter | null, order?: MembershipOrder | null) {
  if (!body.detailsVisible) return emptyConnection<MembershipRow>(pageRequest(args));
  const { source, page } = membershipsOf(ctx, "body", args, filter, order);
  return nestedConnection(ctx, source, body.id, page);
}

/** An organisation's memberships in the bodies whose details the viewer may see. */
export function membershipsOfOrganisation(
  ctx: Context,
  organisationId: string,
  args: PageArgs,
  filter?: MembershipFilter | null,
  order?: MembershipOrder | null,
) {
  const { source, page } = membershipsOf(ctx, "organisation", args, filter, order);
  return nestedConnection(ctx, source, organisationId, page);
}

export async function leadsOf(ctx: Context, body: BodyRow): Promise<MembershipRow[]> {
  return body.detailsVisible ? leadsOfBody(ctx).load(body.id) : [];
}

/** Contacts are personal data: only for the body's members and admins. */
export async function focalPointContact(ctx: Context, focalPoint: FocalPointRow, contact: "email" | "phone"): Promise<string | null> {
  return (await ctx.viewer.canSeeContactsIn(focalPoint.bodyId)) ? focalPoint[contact] : null;
}
