/**
 * The one place that decides what a viewer may see. Stores apply `scope` in their SQL, so a row the
 * viewer may not see is never fetched: pagination, counts and node(id) all agree.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { bodies, commitments, memberships, priorities } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import type { UserRow } from "./auth.store.js";

export type MembershipRoleName = (typeof memberships.$inferSelect)["role"];

export interface ViewerMembership {
  bodyId: string;
  role: MembershipRoleName;
}

const LEAD_ROLES: readonly MembershipRoleName[] = ["CHAIR", "CO_CHAIR"];

/** The authenticated user of one request and what follows from their organisation's memberships. */
export class Viewer {
  private memberships?: Promise<ViewerMembership[]>;

  constructor(
    readonly user: UserRow,
    private readonly db: Db,
  ) {}

  get isAdmin(): boolean {
    return this.user.platformRole === "ADMIN";
  }

  get organisationId(): string | null {
    return this.user.organisationId;
  }

  /** The viewer organisation's active memberships, loaded once per request. */
  activeMemberships(): Promise<ViewerMembership[]> {
    this.memberships ??= this.loadActiveMemberships();
    return this.memberships;
  }

  async isMemberOf(bodyId: string): Promise<boolean> {
    return (await this.activeMemberships()).some((m) => m.bodyId === bodyId);
  }

  async isLeadOf(bodyId: string): Promise<boolean> {
    return (await this.activeMemberships()).some((m) => m.bodyId === bodyId && LEAD_ROLES.includes(m.role));
  }

  /** May see the members, priorities and commitments of bodies: admins, and members of the body. */
  async canSeeDetailsOf(body: { id: string; visibility: string }): Promise<boolean> {
    return body.visibility === "PUBLIC" || this.isAdmin || (await this.isMemberOf(body.id));
  }

  /** May see focal points' e-mails and phones, which are personal data. */
  async canSeeContactsIn(bodyId: string): Promise<boolean> {
    return this.isAdmin || (await this.isMemberOf(bodyId));
  }

  private async loadActiveMemberships(): Promise<ViewerMembership[]> {
    if (!this.organisationId) return [];
    return this.db
      .select({ bodyId: memberships.bodyId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.organisationId, this.organisationId), eq(memberships.status, "ACTIVE")));
  }
}

/** SQL fragments that restrict a query to what the viewer may see, shared by every store. */
export class Scope {
  constructor(private readonly viewer: Viewer) {}

  /** True for bodies whose details the viewer may see: public ones, its own organisation's, all for admins. */
  bodyDetails(bodyId: AnyPgColumn | SQL): SQL {
    if (this.viewer.isAdmin) return sql`true`;
    const publicBodies = sql`select ${bodies.id} from ${bodies} where ${bodies.visibility} = 'PUBLIC'`;
    if (!this.viewer.organisationId) return sql`${bodyId} in (${publicBodies})`;
    const ownBodies = sql`select ${memberships.bodyId} from ${memberships} where ${memberships.organisationId} = ${this.viewer.organisationId} and ${memberships.status} = 'ACTIVE'`;
    return sql`${bodyId} in (${publicBodies} union all ${ownBodies})`;
  }

  priorityDetails(priorityId: AnyPgColumn | SQL): SQL {
    if (this.viewer.isAdmin) return sql`true`;
    return sql`${priorityId} in (select ${priorities.id} from ${priorities} where ${this.bodyDetails(priorities.bodyId)})`;
  }

  commitmentDetails(commitmentId: AnyPgColumn | SQL): SQL {
    if (this.viewer.isAdmin) return sql`true`;
    return sql`${commitmentId} in (select ${commitments.id} from ${commitments} where ${this.priorityDetails(commitments.priorityId)})`;
  }

  membershipDetails(membershipId: AnyPgColumn | SQL): SQL {
    if (this.viewer.isAdmin) return sql`true`;
    return sql`${membershipId} in (select ${memberships.id} from ${memberships} where ${this.bodyDetails(memberships.bodyId)})`;
  }
}
