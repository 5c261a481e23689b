/**
 * The one place that decides what a viewer may see. Stores apply `scope` in their SQL, so a row the
 * viewer may not see is never fetched: pagination, counts and node(id) all agree.
 */
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { tableAlias } from "../../shared/table-alias.js";
import { bodies, commitments, memberships, priorities, users } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import { findActiveRole, findHiddenBodyIds, findLiveMemberships, type UserRow } from "./auth.store.js";

export type MembershipRoleName = (typeof memberships.$inferSelect)["role"];

export interface ViewerMembership {
  bodyId: string;
  role: MembershipRoleName;
  status: string;
}

const LEAD_ROLES: readonly MembershipRoleName[] = ["CHAIR", "CO_CHAIR"];
const CONTRIBUTING_ROLES: readonly MembershipRoleName[] = ["CHAIR", "CO_CHAIR", "MEMBER"];

/** Where the viewer stands in one body: the facts every permission below is decided from. */
export interface Standing {
  isAdmin: boolean;
  /** The viewer organisation's role in the body, when its membership is active. */
  role: MembershipRoleName | null;
}

/**
 * The permissions, as pure rules. Mutations apply them to a standing read in their transaction;
 * `viewerCan…` fields apply the same rules to the request's standing, so the two cannot disagree.
 */
export const can: {
  lead(s: Standing): boolean;
  contribute(s: Standing): boolean;
  editFocalPoints(s: Standing, ownOrganisation: boolean): boolean;
  readDetails(s: Standing, visibility: string): boolean;
  changeCommitment(s: Standing, ownOrganisation: boolean): boolean;
  report(s: Standing, ownOrganisation: boolean): boolean;
} = {
  /** Leads and admins manage memberships, focal points, priorities and indicators, review reports, read the audit trail. */
  lead: (s: Standing) => s.isAdmin || (s.role !== null && LEAD_ROLES.includes(s.role)),
  /** Members and leads commit and report for their own organisation; observers only read. */
  contribute: (s: Standing) => s.role !== null && CONTRIBUTING_ROLES.includes(s.role),
  /** Leads edit any focal point of their body; an organisation edits its own. */
  editFocalPoints: (s: Standing, ownOrganisation: boolean) => can.lead(s) || ownOrganisation,
  /** A commitment is changed by its organisation's contributing members, the body's leads and admins. */
  changeCommitment: (s: Standing, ownOrganisation: boolean) => (ownOrganisation && can.contribute(s)) || can.lead(s),
  /** Progress is reported by the committing organisation's contributing members (and admins). */
  report: (s: Standing, ownOrganisation: boolean) => (ownOrganisation && can.contribute(s)) || s.isAdmin,
  /** Reads members, priorities and commitments of a members-only body. */
  readDetails: (s: Standing, visibility: string) => visibility === "PUBLIC" || s.isAdmin || s.role !== null,
};

/** The authenticated user of one request and what follows from their organisation's memberships. */
export class Viewer {
  private memberships?: Promise<ViewerMembership[]>;

  constructor(
    readonly user: UserRow,
    private readonly db: Db,
    /** The members-only bodies the viewer's organisation is not an active member of, as of the start of the request (none for admins). */
    private hidden: readonly string[],
  ) {}

  get hiddenBodyIds(): readonly string[] {
    return this.hidden;
  }

  /**
   * Reads again what the viewer may see, after a write that can change it (its organisation's
   * memberships), so that the rest of the request — the write's payload — answers as things now are.
   */
  async rereadVisibility(): Promise<void> {
    this.hidden = (await findHiddenBodyIds(this.db, this.user.id, hiddenBodiesOfUser())) ?? [];
    this.memberships = undefined;
  }

  get isAdmin(): boolean {
    return this.user.platformRole === "ADMIN";
  }

  get organisationId(): string | null {
    return this.user.organisationId;
  }

  /** The viewer organisation's live (requested, active, suspended) memberships, loaded once per request (a promise, not a re-runnable query). */
  liveMemberships(): Promise<ViewerMembership[]> {
    this.memberships ??= this.organisationId ? findLiveMemberships(this.db, this.organisationId) : Promise.resolve([]);
    return this.memberships;
  }

  /** The viewer organisation's active memberships: the roles it acts in. */
  async activeMemberships(): Promise<ViewerMembership[]> {
    return (await this.liveMemberships()).filter((membership) => membership.status === "ACTIVE");
  }

  /** Whether the viewer's organisation could ask to join the body: it belongs to none of its live memberships. */
  async mayRequestToJoin(bodyId: string): Promise<boolean> {
    return this.organisationId !== null && !(await this.liveMemberships()).some((membership) => membership.bodyId === bodyId);
  }

  /** The viewer's standing in a body as of the start of the request (for `viewerCan…` fields). */
  async standingIn(bodyId: string): Promise<Standing> {
    const membership = (await this.activeMemberships()).find((m) => m.bodyId === bodyId);
    return { isAdmin: this.isAdmin, role: membership?.role ?? null };
  }

  /** The viewer's standing read inside a write's transaction, so a permission holds when the write commits. */
  async freshStandingIn(tx: Db, bodyId: string): Promise<Standing> {
    const role = this.organisationId ? await findActiveRole(tx, bodyId, this.organisationId) : null;
    return { isAdmin: this.isAdmin, role };
  }

  /** Whether a (not ended) membership is the viewer organisation's own, e.g. to edit its focal points. */
  ownsLiveMembership(membership: { organisationId: string; status: string }): boolean {
    return membership.organisationId === this.organisationId && membership.status !== "ENDED";
  }

  async isMemberOf(bodyId: string): Promise<boolean> {
    return (await this.activeMemberships()).some((m) => m.bodyId === bodyId);
  }

  /** May see focal points' e-mails and phones, which are personal data. */
  async canSeeContactsIn(bodyId: string): Promise<boolean> {
    return this.isAdmin || (await this.isMemberOf(bodyId));
  }

}

/**
 * `Scope.bodyDetails`'s rule, over the hidden bodies as an SQL `uuid[]`: for statements rendered
 * once, where they are a placeholder.
 */
export function outsideHiddenBodies(bodyId: AnyPgColumn | SQL, hidden: SQL): SQL {
  return sql`not (${bodyId} = any(${hidden}))`;
}

/**
 * The members-only bodies whose details a user may not see, in SQL over the `users` row, so that
 * the token lookup reads them in the same statement: none for admins.
 */
export function hiddenBodiesOfUser(): SQL<string[]> {
  const ownActive = sql`select 1 from ${memberships} where ${memberships.bodyId} = ${bodies.id} and ${memberships.organisationId} = ${users.organisationId} and ${memberships.status} = 'ACTIVE'`;
  // In order: statements rendered once are kept by this list (shared/lookahead/rendered.ts).
  const hidden = sql`select ${bodies.id} from ${bodies} where ${bodies.visibility} <> 'PUBLIC' and not exists (${ownActive}) order by ${bodies.id}`;
  return sql<string[]>`case when ${users.platformRole} = 'ADMIN' then '[]'::json else to_json(array(${hidden})) end`;
}

/**
 * In SQL, `can.contribute` of an organisation in a body: it holds an active membership there in a
 * contributing role. For a write statement that re-checks, as it writes, the standing its checks
 * read before. Values may be placeholders.
 */
export function contributesInSql(bodyId: AnyPgColumn | SQL, organisationId: AnyPgColumn | SQL): SQL {
  const m = scopeMemberships;
  const roles = sql.join(
    CONTRIBUTING_ROLES.map((role) => sql.raw(`'${role}'`)),
    sql`, `,
  );
  return sql`exists (select 1 from ${m.from} where ${m.column(memberships.bodyId)} = ${bodyId} and ${m.column(memberships.organisationId)} = ${organisationId}
    and ${m.column(memberships.status)} = 'ACTIVE' and ${m.column(memberships.role)} in (${roles}))`;
}

// Aliased, so that a fragment applied to a query on the same table cannot be captured by it.
const scopePriorities = tableAlias(priorities, "scope_priorities");
const scopeCommitments = tableAlias(commitments, "scope_commitments");
const scopeMemberships = tableAlias(memberships, "scope_memberships");

/**
 * SQL fragments that restrict a query to what the viewer may see, shared by every store and the
 * look-ahead compiler. They exclude the few hidden bodies (a parameter read once per request)
 * rather than list the many visible ones, so their cost follows the hidden data, not the table.
 */
export class Scope {
  private ids: readonly string[] | undefined;
  private array: SQL | null = null;

  /**
   * For rows read under a parent row the viewer may see, that belong to the parent's body (a
   * priority's commitments, a commitment's reports): they are visible with it, nothing to check.
   */
  static readonly withinVisibleParent = new Scope({ hiddenBodyIds: [] });

  constructor(private readonly viewer: Pick<Viewer, "hiddenBodyIds">) {}

  /** The hidden bodies as an SQL array parameter; null when there are none. Follows the viewer's re-reads. */
  private get hidden(): SQL | null {
    const ids = this.viewer.hiddenBodyIds;
    if (ids !== this.ids) {
      this.ids = ids;
      this.array = ids.length === 0 ? null : sql`${`{${ids.join(",")}}`}::uuid[]`;
    }
    return this.array;
  }

  /** True for bodies whose details the viewer may see: public ones, its own organisation's, all for admins. */
  bodyDetails(bodyId: AnyPgColumn | SQL): SQL {
    if (!this.hidden) return sql`true`;
    return outsideHiddenBodies(bodyId, this.hidden);
  }

  priorityDetails(priorityId: AnyPgColumn | SQL): SQL {
    if (!this.hidden) return sql`true`;
    const p = scopePriorities;
    return sql`not exists (select 1 from ${p.from} where ${p.column(priorities.id)} = ${priorityId} and ${p.column(priorities.bodyId)} = any(${this.hidden}))`;
  }

  commitmentDetails(commitmentId: AnyPgColumn | SQL): SQL {
    if (!this.hidden) return sql`true`;
    const [c, p] = [scopeCommitments, scopePriorities];
    const matches = sql`${p.column(priorities.id)} = ${c.column(commitments.priorityId)} and ${c.column(commitments.id)} = ${commitmentId}`;
    return sql`not exists (select 1 from ${c.from} join ${p.from} on ${matches} where ${p.column(priorities.bodyId)} = any(${this.hidden}))`;
  }

  membershipDetails(membershipId: AnyPgColumn | SQL): SQL {
    if (!this.hidden) return sql`true`;
    const m = scopeMemberships;
    return sql`not exists (select 1 from ${m.from} where ${m.column(memberships.id)} = ${membershipId} and ${m.column(memberships.bodyId)} = any(${this.hidden}))`;
  }
}
