/**
 * The SQL of progressReportSubmit, the busiest write, in two statements: what its checks need, and
 * the report with its first revision and values, the idempotency claim and the audit event.
 */
import { sql, type Query } from "drizzle-orm";
import { commitments, indicators, memberships, priorities, progressReportRevisions, progressReports, progressReportValues } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import { columnList, placeholders, placeholderValues, renderedOnce, rowOf, runPrepared, typedParam } from "../../shared/statements.js";
import { auditEventOfRows, auditEventValues, type NewAuditEvent } from "../audit/audit.store.js";
import type { MembershipRoleName, Scope } from "../auth/policy.js";
import type { CommitmentRecord } from "../commitments/commitment.store.js";
import { claimedResultId, type IdempotencyClaim } from "../idempotency/idempotency.store.js";
import type { IndicatorRecord } from "../priorities/priority.store.js";
import type { ProgressReportRecord, ReportContent, ReportValue } from "./progress.store.js";

/** What reporting on a commitment is decided from. */
export interface ReportTarget {
  commitment: Pick<CommitmentRecord, "id" | "organisationId" | "priorityId" | "status">;
  /** The body of the commitment's priority. */
  bodyId: string;
  /** The organisation's role in that body while its membership there is active; otherwise null. */
  role: MembershipRoleName | null;
  /** All the priority's indicators. */
  indicators: Pick<IndicatorRecord, "id" | "measure">[];
}

interface TargetRow {
  id: string;
  organisation_id: string;
  priority_id: string;
  status: CommitmentRecord["status"];
  body_id: string;
  role: MembershipRoleName | null;
  indicator_id: string | null;
  measure: IndicatorRecord["measure"] | null;
}

/**
 * A commitment the viewer may see (`scope`), with its priority's body, the role the organisation
 * (the viewer's) holds there while active, and the priority's indicators: one statement, a row
 * per indicator.
 */
export async function findReportTarget(db: Db, scope: Scope, commitmentId: string, organisationId: string | null): Promise<ReportTarget | null> {
  const [c, p, i, m] = [commitments, priorities, indicators, memberships];
  const role = organisationId
    ? sql`(select ${m.role} from ${m} where ${m.bodyId} = ${p.bodyId} and ${m.organisationId} = ${typedParam(m.organisationId, organisationId)} and ${m.status} = 'ACTIVE')`
    : sql`null`;
  const rows = await runPrepared<TargetRow>(
    db,
    "findReportTarget",
    sql`select ${c.id} as id, ${c.organisationId} as organisation_id, ${c.priorityId} as priority_id, ${c.status} as status, ${p.bodyId} as body_id,
        ${role} as role, ${i.id} as indicator_id, ${i.measure} as measure
      from ${c} join ${p} on ${p.id} = ${c.priorityId} left join ${i} on ${i.priorityId} = ${p.id}
      where ${c.id} = ${typedParam(c.id, commitmentId)} and ${scope.bodyDetails(p.bodyId)}
      order by ${i.position}, ${i.id}`,
  );
  const first = rows[0];
  if (!first) return null;
  return {
    commitment: { id: first.id, organisationId: first.organisation_id, priorityId: first.priority_id, status: first.status },
    bodyId: first.body_id,
    role: first.role,
    indicators: rows.flatMap((row) => (row.indicator_id && row.measure ? [{ id: row.indicator_id, measure: row.measure }] : [])),
  };
}

export interface NewReport extends ReportContent {
  id: string;
  commitmentId: string;
  submittedById: string;
}

const REPORT = ["id", "commitmentId", "periodStart", "periodEnd", "status", "narrative", "submittedById"] as const;
const CLAIM = ["userId", "key", "operation"] as const;
const AUDIT = ["actorUserId", "actorOrganisationId", "action", "objectType", "objectId", "bodyId", "before", "after"] as const;

/** The statement of `insertFirstReport`, in its four shapes (with or without a key, with or without values). */
function firstReportStatement(withClaim: boolean, withValues: boolean): () => Query {
  const [r, v, x] = [progressReports, progressReportRevisions, progressReportValues];
  return renderedOnce(() => {
    const report = placeholders("report_", REPORT);
    const claim = withClaim ? placeholders("claim_", CLAIM) : null;
    const parts = [
      sql`claimed as (${claimedResultId(claim, report.id)})`,
      sql`report as (
        insert into ${r} (${columnList(REPORT.map((column) => r[column]))})
        select result_id, ${sql.join(
          REPORT.slice(1).map((column) => typedParam(r[column], report[column])),
          sql`, `,
        )} from claimed
        returning *)`,
      sql`revision as (
        insert into ${v} (${columnList([v.reportId, v.revision, v.periodStart, v.periodEnd, v.status, v.narrative, v.submittedById, v.submittedAt])})
        select id, revision, period_start, period_end, status, narrative, submitted_by_id, submitted_at from report
        returning report_id, revision)`,
      withValues
        ? sql`report_values as (
        insert into ${x} (${columnList([x.reportId, x.revision, x.indicatorId, x.value, x.text])})
        select revision.report_id, revision.revision, given."indicatorId", given.value, given.text
        from revision, jsonb_to_recordset(${sql.placeholder("values")}::jsonb) as given("indicatorId" uuid, value double precision, text text))`
        : undefined,
      sql`audited as (${auditEventOfRows(placeholders("audit_", AUDIT), r, "report")})`,
    ];
    return sql`with ${sql.join(parts.filter((part) => part !== undefined), sql`, `)} select * from report`;
  });
}

const FIRST_REPORT = {
  keyValues: firstReportStatement(true, true),
  key: firstReportStatement(true, false),
  values: firstReportStatement(false, true),
  none: firstReportStatement(false, false),
};

/**
 * Inserts a report with its first revision and that revision's values, the idempotency claim and
 * the audit event (`after`: the report as stored, with `audit.after` over it), in one statement.
 * When (user, key) was claimed before, it writes nothing and returns null.
 */
export async function insertFirstReport(
  db: Db,
  report: NewReport,
  values: ReportValue[],
  folded: { claim: IdempotencyClaim | null; audit: NewAuditEvent },
): Promise<ProgressReportRecord | null> {
  const { claim, audit } = folded;
  if (claim && claim.resultId !== report.id) throw new Error("insertFirstReport: the claim must be for this report");
  const statement = claim ? (values.length ? FIRST_REPORT.keyValues : FIRST_REPORT.key) : values.length ? FIRST_REPORT.values : FIRST_REPORT.none;
  const [row] = await runPrepared<Record<string, unknown>>(db, "insertFirstReport", statement(), {
    ...placeholderValues("report_", { ...report, narrative: report.narrative == null ? null : JSON.stringify(report.narrative) }),
    ...(claim ? placeholderValues("claim_", { userId: claim.userId, key: claim.key, operation: claim.operation }) : {}),
    ...(values.length ? { values: JSON.stringify(values) } : {}),
    ...placeholderValues("audit_", auditEventValues(audit)),
  });
  return row ? rowOf(progressReports, row) : null;
}
