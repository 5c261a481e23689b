import type { Context } from "../../context.js";
import { groupBy } from "../../shared/loaders.js";
import { rowsLoader, type RowsRelation } from "../../shared/rows.js";
import { bodiesById, findRelatedBodyIds } from "./body.store.js";
import type { BodyRow } from "./body.type.js";

export const bodyRelation = { name: "body", type: "CoordinationBody", query: bodiesById, many: false } as const satisfies RowsRelation;

export function bodyById(ctx: Context) {
  return rowsLoader<BodyRow>(ctx, bodyRelation);
}

export function relatedBodyIds(ctx: Context) {
  return ctx.loaders.get<string[]>(
    "body.related",
    async (bodyIds) => {
      const grouped = groupBy(await findRelatedBodyIds(ctx.db, bodyIds), (link) => link.bodyId);
      return new Map([...grouped].map(([bodyId, links]) => [bodyId, links.map((link) => link.relatedBodyId)]));
    },
    [],
  );
}
