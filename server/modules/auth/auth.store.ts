import { and, eq, gt, isNull, ne, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { Db } from "../../db.js";
import { accessTokens, memberships, users, visibilityVersion } from "../../../schema/database.js";
import { generateToken } from "./tokens.js";

export type UserRow = typeof users.$inferSelect;

/** A user with the ids of the bodies whose details are hidden from them, read in the same statement. */
export interface AuthenticatedUser {
  user: UserRow;
  hiddenBodyIds: string[];
  /** The visibility version these hidden bodies are as of (`visibilityVersion` in the schema). */
  visibilityVersion: number;
}

/**
 * The visibility version, in SQL: one row, read by its key. Each bump leaves a dead row until
 * vacuumed, and a scan would read them all (109 pages after 20,000 memberships loaded at once).
 */
const currentVisibilityVersion = sql<number>`(select ${visibilityVersion.version} from ${visibilityVersion} where ${visibilityVersion.single})`.mapWith(Number);

/** Stores a new token for the user and returns the token itself, which is never stored. */
export async function insertAccessToken(db: Db, userId: string, label: string): Promise<string> {
  const [token] = await insertAccessTokens(db, [userId], label);
  return token!;
}

/** A new token for each user, in one statement; the tokens themselves, in the users' order. */
export async function insertAccessTokens(db: Db, userIds: readonly string[], label: string): Promise<string[]> {
  const generated = userIds.map((userId) => ({ userId, ...generateToken() }));
  await db.insert(accessTokens).values(generated.map(({ userId, tokenHash, tokenPrefix }) => ({ userId, label, tokenHash, tokenPrefix })));
  return generated.map(({ token }) => token);
}

/**
 * The user a live (not revoked, not expired) token belongs to; `hiddenBodies` is the policy's SQL
 * over `users`. Every request runs it first, so drizzle builds it once per database, as a
 * prepared statement.
 */
export async function findUserByTokenHash(db: Db, tokenHash: string, hiddenBodies: SQL<string[]>): Promise<AuthenticatedUser | undefined> {
  let query = userByTokenQueries.get(db);
  if (!query) userByTokenQueries.set(db, (query = userByTokenQuery(db, hiddenBodies)));
  const rows = await query.execute({ tokenHash });
  return rows[0];
}

const userByTokenQueries = new WeakMap<Db, ReturnType<typeof userByTokenQuery>>();

function userByTokenQuery(db: Db, hiddenBodies: SQL<string[]>) {
  return db
    .select({ user: users, hiddenBodyIds: hiddenBodies, visibilityVersion: currentVisibilityVersion })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(liveToken(sql.placeholder("tokenHash")))
    .limit(1)
    .prepare("user_by_token");
}

/** The token with this hash, not revoked and not expired. */
function liveToken(tokenHash: Placeholder): SQL {
  return and(eq(accessTokens.tokenHash, tokenHash), isNull(accessTokens.revokedAt), or(isNull(accessTokens.expiresAt), gt(accessTokens.expiresAt, sql`now()`)))!;
}

/**
 * In SQL, whether a token still means what an earlier request found (live, the same user with the
 * same organisation and platform role, and the visibility version its hidden bodies were read at:
 * nothing since has changed which bodies anyone may see), so that a viewer remembered from that
 * request is confirmed inside another statement, in its snapshot, rather than by a statement of its own.
 */
export function tokenStillMeans(remembered: Record<"tokenHash" | "userId" | "organisationId" | "platformRole" | "visibilityVersion", Placeholder>): SQL<boolean> {
  const same = and(
    liveToken(remembered.tokenHash),
    eq(users.id, sql`${remembered.userId}::uuid`),
    sql`${users.organisationId} is not distinct from ${remembered.organisationId}::uuid`,
    sql`${users.platformRole}::text = ${remembered.platformRole}::text`,
    sql`${currentVisibilityVersion} = ${remembered.visibilityVersion}::bigint`,
  );
  return sql<boolean>`exists (select 1 from ${accessTokens} inner join ${users} on ${eq(users.id, accessTokens.userId)} where ${same})`;
}

/** The bodies hidden from a user, read again (see `hiddenBodiesOfUser`). */
export async function findHiddenBodyIds(db: Db, userId: string, hiddenBodies: SQL<string[]>): Promise<string[] | undefined> {
  const [row] = await db.select({ hidden: hiddenBodies }).from(users).where(eq(users.id, userId));
  return row?.hidden;
}

export async function findUserByEmail(db: Db, email: string, hiddenBodies: SQL<string[]>): Promise<AuthenticatedUser | undefined> {
  const rows = await db
    .select({ user: users, hiddenBodyIds: hiddenBodies, visibilityVersion: currentVisibilityVersion })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return rows[0];
}

/** An organisation's live (not ended) memberships: requested, active or suspended, with the role. */
export async function findLiveMemberships(db: Db, organisationId: string) {
  return await db
    .select({ bodyId: memberships.bodyId, role: memberships.role, status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), ne(memberships.status, "ENDED")));
}

export async function findActiveRole(db: Db, bodyId: string, organisationId: string) {
  const [membership] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.organisationId, organisationId), eq(memberships.status, "ACTIVE")));
  return membership?.role ?? null;
}
