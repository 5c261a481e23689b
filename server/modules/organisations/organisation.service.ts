import type { Context } from "../../context.js";
import { checkTextArgument } from "../../shared/validation.js";
import { OrderDirection, pageRequest, type PageArgs } from "../../shared/connection.js";
import { byKey } from "../../shared/loaders.js";
import { topConnection } from "../../shared/lists.js";
import { asNode } from "../../shared/node.js";
import type { OrganisationFilter, OrganisationOrder } from "./organisation.input.js";
import { findOrganisations, organisationList, organisationSort, organisationWhere } from "./organisation.store.js";
import type { OrganisationRow } from "./organisation.type.js";

export function organisationById(ctx: Context) {
  return ctx.loaders.get<OrganisationRow | null>(
    "organisation",
    async (ids) => byKey((await findOrganisations(ctx.db, ids)).map((row) => asNode("Organisation", row)), (row) => row.id),
    null,
  );
}

export function listOrganisations(ctx: Context, args: PageArgs, filter?: OrganisationFilter | null, order?: OrganisationOrder | null) {
  const page = pageRequest(args);
  const where = organisationWhere({ types: filter?.types, search: checkTextArgument(filter?.search?.trim(), "filter.search") });
  const sort = organisationSort(order?.field ?? "NAME", order?.direction ?? OrderDirection.ASC, ctx.language);
  return topConnection(organisationList(ctx.db, where, sort), page);
}
