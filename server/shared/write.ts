/**
 * Every write is one transaction that records its audit event; a user error rolls it back, so a
 * refused write changes nothing. A write whose changes are all one statement runs as that
 * statement alone (`runWriteStatement`): PostgreSQL makes a statement one transaction.
 */
import { randomUUID } from "node:crypto";
import type { ClassType } from "type-graphql";
import { Field, ObjectType } from "type-graphql";
import type { Context } from "../context.js";
import type { Db } from "../db.js";
import { insertAuditEvent, type NewAuditEvent } from "../modules/audit/audit.store.js";
import { claimIdempotencyKey, findClaim, type EarlierClaim, type IdempotencyClaim } from "../modules/idempotency/idempotency.store.js";
import { postgresErrorCode } from "./errors.js";
import { refuse, UserError, UserErrorCode, UserErrorException } from "./user-errors.js";

export interface Payload<T> {
  value: T | null;
  userErrors: UserError[];
}

/** PostgreSQL's unique_violation: a concurrent write created the same thing first. */
const isUniqueViolation = (error: unknown) => postgresErrorCode(error) === "23505";

export function runWrite<T>(ctx: Context, work: (tx: Db) => Promise<T>, duplicate?: UserError): Promise<Payload<T>> {
  return payloadOf(() => ctx.db.transaction((tx) => work(tx as unknown as Db)), duplicate);
}

/**
 * A write whose changes are all made by one statement (data-modifying CTEs), run without BEGIN and
 * COMMIT, two round trips fewer: a statement is atomic by itself, so it writes everything or
 * nothing. `work` may read before it (each read its own snapshot, as under READ COMMITTED in a
 * transaction, where reads take no locks either), but must make at most one writing statement, and
 * that statement must itself re-check, in its conditions, every fact the write's permission rests
 * on, writing nothing when one no longer holds. Answers as `runWrite` does (user errors,
 * duplicates, broken rules); with `createOnceInOneStatement`, retries meet as they do there.
 */
export function runWriteStatement<T>(ctx: Context, work: (db: Db) => Promise<T>, duplicate?: UserError): Promise<Payload<T>> {
  return payloadOf(() => work(ctx.db), duplicate);
}

/** A write's value, or its user errors: refusals, a concurrent duplicate, a broken rule of the data. */
async function payloadOf<T>(run: () => Promise<T>, duplicate?: UserError): Promise<Payload<T>> {
  try {
    return { value: await run(), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorException) return { value: null, userErrors: error.userErrors };
    if (duplicate && isUniqueViolation(error)) return { value: null, userErrors: [duplicate] };
    // A database rule (check constraint) the service's own checks missed: still the user's input, not a fault.
    if (postgresErrorCode(error) === "23514") {
      return { value: null, userErrors: [{ code: UserErrorCode.INVALID, message: "The change breaks a rule of the data (e.g. dates out of order).", field: ["input"] }] };
    }
    throw error;
  }
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string;
  bodyId: string | null;
  before?: unknown;
  after?: unknown;
}

/** The audit event of a write: what changed, and who changed it. */
export function auditEvent(ctx: Context, entry: AuditEntry): NewAuditEvent {
  return {
    ...entry,
    before: entry.before ?? null,
    after: entry.after ?? null,
    actorUserId: ctx.viewer.user.id,
    actorOrganisationId: ctx.viewer.organisationId,
  };
}

/**
 * Records who changed what, in the write's own transaction. (A store write may instead fold
 * `auditEvent(ctx, entry)` into its own statement: `auditEventOfRows`.)
 */
export function audit(tx: Db, ctx: Context, entry: AuditEntry): Promise<void> {
  return insertAuditEvent(tx, auditEvent(ctx, entry));
}

/**
 * Creates once per (user, key): a retry, concurrent or later, gets the first result and writes
 * nothing. Without a key, simply creates.
 */
export async function createOnce<T>(
  tx: Db,
  ctx: Context,
  request: IdempotentRequest,
  create: (id: string) => Promise<T>,
  findEarlier: (id: string) => Promise<T | null>,
): Promise<T> {
  const id = randomUUID();
  const claim = claimOf(ctx, request, id);
  if (!claim) return create(id);
  const earlier = await claimIdempotencyKey(tx, claim);
  if (!earlier) return create(id);
  return earlierResult(request, earlier, findEarlier);
}

/**
 * Like `createOnce`, for a store write that claims the key in its own statement
 * (`claimedResultId`), saving a round trip: `create` gets the new id and the claim (null without a
 * key) and returns null when (user, key) was claimed before, having written nothing. Works in a
 * transaction or, the statement being the whole write, without one (`runWriteStatement`): a
 * concurrent claim waits at the key until the first statement commits, then reads its result.
 */
export async function createOnceInOneStatement<T>(
  db: Db,
  ctx: Context,
  request: IdempotentRequest,
  create: (id: string, claim: IdempotencyClaim | null) => Promise<T | null>,
  findEarlier: (id: string) => Promise<T | null>,
): Promise<T> {
  const id = randomUUID();
  const claim = claimOf(ctx, request, id);
  const created = await create(id, claim);
  if (created !== null) return created;
  const earlier = claim && (await findClaim(db, claim));
  if (!earlier) throw new Error(`${request.operation} wrote nothing, yet its idempotency key was not claimed before`);
  return earlierResult(request, earlier, findEarlier);
}

export interface IdempotentRequest {
  key: string | null | undefined;
  operation: string;
}

function claimOf(ctx: Context, request: IdempotentRequest, resultId: string): IdempotencyClaim | null {
  return request.key ? { userId: ctx.viewer.user.id, key: request.key, operation: request.operation, resultId } : null;
}

/** A retry's answer: the first write's result, unless the key was used for another operation. */
async function earlierResult<T>(request: IdempotentRequest, earlier: EarlierClaim, findEarlier: (id: string) => Promise<T | null>): Promise<T> {
  if (earlier.operation !== request.operation) {
    refuse(UserErrorCode.INVALID, `This idempotency key was used for ${earlier.operation}; use a new key.`, ["input", "idempotencyKey"]);
  }
  return (await findEarlier(earlier.resultId)) ?? refuse(UserErrorCode.NOT_FOUND, "The earlier result of this key is gone.", ["input", "idempotencyKey"]);
}

/** A stale or missing version: CONFLICT, naming expectedVersion. */
export function staleVersion(current: number): never {
  refuse(UserErrorCode.CONFLICT, `The object changed since you read it (now at version ${current}); reload and try again.`, ["input", "expectedVersion"]);
}

export function notFound(field: string[], what: string): never {
  refuse(UserErrorCode.NOT_FOUND, `No ${what} with this id that you can see.`, field);
}

export function forbidden(message: string, field?: string[]): never {
  refuse(UserErrorCode.FORBIDDEN, message, field);
}

/** `<Name>Payload { <field>: Type, userErrors }` for the mutations on one kind of object. */
export function PayloadType<T extends object>(type: ClassType<T>, name: string, field: string, description: string) {
  @ObjectType(`${name}Payload`, { simpleResolvers: true, description: `The result of a write on ${description}: the object, or why it was refused.` })
  class PayloadClass {
    @Field(() => [UserError], { description: "Why the write was refused; empty when it succeeded." })
    userErrors!: UserError[];
  }
  Field(() => type, { nullable: true, description: `The ${description} as it is after the write; null when it was refused.` })(
    PayloadClass.prototype,
    field,
  );
  return PayloadClass;
}

/** The GraphQL payload of a write: its object under `field`, and the user errors. */
export async function toPayload<K extends string, T>(field: K, write: Promise<Payload<T>>) {
  const { value, userErrors } = await write;
  return { [field]: value, userErrors } as Record<K, T | null> & { userErrors: UserError[] };
}
