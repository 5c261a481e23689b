/**
 * A viewer remembered from an earlier request with the same token (`Context.unconfirmed`) is
 * confirmed inside a statement the request runs anyway, in the snapshot that statement reads: a
 * whole answer's, or the statement of a write that writes only if it holds. `holds` is that check
 * in SQL, with placeholders.
 */
import { sql, type SQL } from "drizzle-orm";
import { confirmViewer, invalidToken, type Context } from "../../context.js";
import { placeholders, type StatementValues } from "../../shared/statements.js";
import { tokenStillMeans } from "./auth.store.js";

/** Whether the request's viewer still holds, in SQL (the same SQL for every request: statements rendered once keep it), and the values of its placeholders. */
export interface ViewerCheck {
  /** Whether there is a remembered viewer to confirm; else `holds` is `true`. */
  confirms: boolean;
  holds: SQL<boolean>;
  values: StatementValues;
}

const held = placeholders("viewer", ["tokenHash", "userId", "organisationId", "platformRole", "visibilityVersion"] as const);
const REMEMBERED_VIEWER_HOLDS = tokenStillMeans(held);
const READ_IN_THIS_REQUEST: ViewerCheck = { confirms: false, holds: sql<boolean>`true`, values: {} };

/** The request's check: a remembered viewer's, or `true` for one read in this request. */
export function viewerCheckOf(ctx: Context): ViewerCheck {
  if (!ctx.unconfirmed) return READ_IN_THIS_REQUEST;
  const { user } = ctx.viewer;
  const { tokenHash, visibilityVersion } = ctx.unconfirmed;
  const viewer = { tokenHash, userId: user.id, organisationId: user.organisationId, platformRole: user.platformRole, visibilityVersion };
  return { confirms: true, holds: REMEMBERED_VIEWER_HOLDS, values: { viewer } };
}

/** `build` memoised per check SQL: statements rendered once are kept per kind of check (there are two: a remembered viewer's, and `true`). */
export function oncePerViewerCheck<T>(build: (holds: SQL<boolean>) => T): (holds: SQL<boolean>) => T {
  const built = new Map<SQL<boolean>, T>();
  return (holds) => {
    let value = built.get(holds);
    if (value === undefined) built.set(holds, (value = build(holds)));
    return value;
  };
}

/** Reads a remembered viewer's token again (a statement); UNAUTHENTICATED when it is no longer valid. */
export async function confirmOrRefuse(ctx: Context): Promise<void> {
  if (!(await confirmViewer(ctx))) throw invalidToken();
}

/**
 * Runs a mutation whose own statement confirms a remembered viewer (viewer-confirmation.plugin.ts
 * lets it start unconfirmed): when it ends before that statement could (bad input, an unknown id), the
 * token is read again now, and one no longer valid answers 401 instead of what the mutation said.
 */
export async function confirmedBy<T>(ctx: Context, mutation: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await mutation();
  } finally {
    if (ctx.unconfirmed) await confirmOrRefuse(ctx);
  }
  return result;
}
