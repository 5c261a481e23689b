import type { Context } from "../../context.js";
import { checkTextArgument } from "../../shared/validation.js";
import { OrderDirection, pageRequest, type PageArgs } from "../../shared/connection.js";
import { topConnection } from "../../shared/lists.js";
import { rowsLoader, type RowsRelation } from "../../shared/rows.js";
import type { OrganisationFilter, OrganisationOrder } from "./organisation.input.js";
import { organisationsById, organisationList, organisationSort, organisationWhere } from "./organisation.store.js";
import type { OrganisationRow } from "./organisation.type.js";

export const organisationRelation = { name: "organisation", type: "Organisation", query: () => organisationsById, many: false } as const satisfies RowsRelation;

export function organisationById(ctx: Context) {
  return rowsLoader<OrganisationRow>(ctx, organisationRelation);
}

export function listOrganisations(ctx: Context, args: PageArgs, filter?: OrganisationFilter | null, order?: OrganisationOrder | null) {
  const { source, page } = allOrganisations(ctx, args, filter, order);
  return topConnection(ctx, source, page);
}

/** The top-level list of organisations for these arguments, and the page asked for. */
export function allOrganisations(ctx: Context, args: PageArgs, filter?: OrganisationFilter | null, order?: OrganisationOrder | null) {
  const page = pageRequest(args);
  const conditions = { types: filter?.types, search: checkTextArgument(filter?.search?.trim(), "filter.search") };
  const field = order?.field ?? "NAME";
  const direction = order?.direction ?? OrderDirection.ASC;
  const sort = organisationSort(field, direction, ctx.language);
  return { source: organisationList(ctx.db, JSON.stringify([conditions, field, direction, ctx.language]), organisationWhere(conditions), sort), page };
}
