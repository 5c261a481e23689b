/**
 * Walking a Relay connection: request a page, yield its items, follow `pageInfo.endCursor` while
 * `hasNextPage`. Each `for await` starts a fresh walk.
 */
import type { Connection, NodeOf, PageWalker } from "./types.js";

/** `fetchPage(after)` returns the connection of that page, or nothing when its parent is absent (unknown or hidden id). */
export function walkPages<C extends Connection>(fetchPage: (after: string | null) => Promise<C | null | undefined>): PageWalker<C> {
  async function* pages(): AsyncGenerator<C> {
    let after: string | null = null;
    for (;;) {
      const page: C | null | undefined = await fetchPage(after);
      if (!page) return;
      yield page;
      if (!page.pageInfo.hasNextPage) return;
      const next = page.pageInfo.endCursor;
      // A server bug must not turn into an endless loop.
      if (!next || next === after) throw new Error("Pagination stopped: hasNextPage is true but endCursor did not advance");
      after = next;
    }
  }
  async function* items(): AsyncGenerator<NodeOf<C>> {
    for await (const page of pages()) for (const node of page.nodes) yield node as NodeOf<C>;
  }
  return {
    [Symbol.asyncIterator]: () => items(),
    pages,
    async toArray() {
      const all: Array<NodeOf<C>> = [];
      for await (const item of items()) all.push(item);
      return all;
    },
  };
}
