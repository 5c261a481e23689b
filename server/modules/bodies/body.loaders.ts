import type { Context } from "../../context.js";
import { byKey, groupBy } from "../../shared/loaders.js";
import { asNode } from "../../shared/node.js";
import { findBodies, findRelatedBodyIds } from "./body.store.js";
import type { BodyRow } from "./body.type.js";

export function bodyById(ctx: Context) {
  return ctx.loaders.get<BodyRow | null>(
    "body",
    async (ids) => byKey((await findBodies(ctx.db, ctx.scope, ids)).map((row) => asNode("CoordinationBody", row)), (row) => row.id),
    null,
  );
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
