import type { Context } from "../../context.js";
import { byKey } from "../../shared/loaders.js";
import { asNode } from "../../shared/node.js";
import { findUsers } from "./user.store.js";
import type { UserNodeRow } from "./user.type.js";

/** Users are personal data: a user sees their own record, admins see everyone's. */
export function userById(ctx: Context) {
  return ctx.loaders.get<UserNodeRow | null>(
    "user",
    async (ids) => {
      const visible = ctx.viewer.isAdmin ? ids : ids.filter((id) => id === ctx.viewer.user.id);
      return byKey((visible.length ? await findUsers(ctx.db, visible) : []).map((row) => asNode("User", row)), (row) => row.id);
    },
    null,
  );
}

export function viewerUser(ctx: Context): UserNodeRow {
  return asNode("User", { ...ctx.viewer.user });
}
