/**
 * Whole answers' statements as rendered text, kept for the next request that renders the same:
 * building a statement from the selection and rendering drizzle's tree to text took longer than
 * PostgreSQL took to run it (0.5 ms of 1.7 ms of server CPU for the directory). A statement is a
 * pure function of the operation, the variables' values, the language, the bodies hidden from the
 * viewer and whether it confirms a remembered viewer, so those are the key: what the database
 * holds is read on every request. A verdict that an operation cannot be answered in SQL is kept
 * the same way.
 */
import { LRUCache } from "lru-cache";
import type { Query } from "drizzle-orm";
import type { DocumentNode } from "graphql";

/** What a statement is rendered from, besides the relation and field registries (fixed per server). */
export interface RenderedFrom {
  document: DocumentNode;
  operationName: string | undefined;
  language: string;
  hiddenBodyIds: readonly string[];
  /** The variables after coercion (defaults applied), in the operation's order. */
  variables: Record<string, unknown>;
  /** Whether the statement confirms a viewer remembered from an earlier request. */
  confirming: boolean;
}

/** A rendered statement, or `null`: the operation is not answered in SQL. */
export type Rendered = Query | null;

/** A few MB of text: the benchmark dashboard's statement is 9 kB, the directory's 2.5 kB. */
const MAX_BYTES = 4 * 1024 * 1024;

export class RenderedStatements {
  private readonly statements = new LRUCache<string, { rendered: Rendered }>({
    maxSize: MAX_BYTES,
    sizeCalculation: (entry, key) => key.length + (entry.rendered ? entry.rendered.sql.length + JSON.stringify(entry.rendered.params).length : 0) + 1,
  });
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private documents = 0;

  /** The statement rendered from these inputs: kept, or rendered by `render` now and kept. */
  get(from: RenderedFrom, render: () => Rendered): Rendered {
    const key = this.keyOf(from);
    const kept = this.statements.get(key);
    if (kept) return kept.rendered;
    const rendered = render();
    this.statements.set(key, { rendered });
    return rendered;
  }

  private keyOf(from: RenderedFrom): string {
    let id = this.documentIds.get(from.document);
    if (id === undefined) this.documentIds.set(from.document, (id = ++this.documents));
    return JSON.stringify([id, from.operationName ?? null, from.language, from.hiddenBodyIds, from.variables, from.confirming]);
  }
}
