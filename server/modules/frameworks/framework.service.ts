import type { Context } from "../../context.js";
import { pageRequest, type PageArgs } from "../../shared/connection.js";
import { byKey, groupBy } from "../../shared/loaders.js";
import { topConnection } from "../../shared/lists.js";
import { asNode } from "../../shared/node.js";
import { findFrameworks, findTracks, findTracksOf, frameworkList } from "./framework.store.js";
import type { FrameworkRow, FrameworkTrackRow } from "./framework.type.js";

export function listFrameworks(ctx: Context, args: PageArgs) {
  return topConnection(ctx, frameworkList(ctx.db), pageRequest(args));
}

export function frameworkById(ctx: Context) {
  return ctx.loaders.get<FrameworkRow | null>(
    "framework",
    async (ids) => byKey((await findFrameworks(ctx.db, ids)).map((row) => asNode("Framework", row)), (row) => row.id),
    null,
  );
}

export function tracksOfFramework(ctx: Context) {
  return ctx.loaders.get<FrameworkTrackRow[]>(
    "framework.tracks",
    async (ids) => groupBy((await findTracksOf(ctx.db, ids)).map((row) => asNode("FrameworkTrack", row)), (row) => row.frameworkId),
    [],
  );
}

export function trackById(ctx: Context) {
  return ctx.loaders.get<FrameworkTrackRow | null>(
    "track",
    async (ids) => byKey((await findTracks(ctx.db, ids)).map((row) => asNode("FrameworkTrack", row)), (row) => row.id),
    null,
  );
}
