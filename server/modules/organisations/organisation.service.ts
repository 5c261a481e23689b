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
  const page = pageRequest(args);
  const where = organisationWhere({ types: filter?.types, search: checkTextArgument(filter?.search?.trim(), "filter.search") });
  const sort = organisationSort(order?.field ?? "NAME", order?.direction ?? OrderDirection.ASC, ctx.language);
  return topConnection(organisationList(ctx.db, where, sort), page);
}
