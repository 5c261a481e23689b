/**
 * The SQL of progressReportSubmit, the busiest write: the report with its first revision and
 * values, the idempotency claim and the audit event in one statement that makes every check of the
 * write itself, as it is one transaction by itself; and the read that says which check failed.
 */
import { sql, type Query, type SQL } from "drizzle-orm";
import { commitments, indicators, memberships, priorities, progressReportRevisions, progressReports, progressReportValues } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import { oncePerViewerCheck, type ViewerCheck } from "../auth/viewer-check.js";
import { columnList, placeholders, renderedOnce, rowOf, runPrepared, typedParam } from "../../shared/statements.js";
import { auditEventOfRows, auditEventValues, type NewAuditEvent } from "../audit/audit.store.js";
import { contributesInSql, outsideHiddenBodies, type MembershipRoleName } from "../auth/policy.js";
import type { CommitmentRecord } from "../commitments/commitment.store.js";
import { claimedResultId, type IdempotencyClaim } from "../idempotency/idempotency.store.js";
import type { IndicatorRecord } from "../priorities/priority.store.js";
import type { ProgressReportRecord, ReportContent } from "./progress.store.js";
import type { MeasuredValue } from "./report-value-rules.js";

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
  viewer_holds: boolean;
}

/**
 * A commitment the viewer may see (outside `hiddenBodyIds`), with its priority's body, the role
 * the organisation (the viewer's) holds there while active, and the priority's indicators: one
 * statement, a row per indicator, which also says whether the viewer still holds (`viewer`;
 * unknown when no row). Rendered once per kind of check: it runs before every report.
 */
export async function findReportTarget(
  db: Db,
  who: { organisationId: string | null; hiddenBodyIds: readonly string[] },
  commitmentId: string,
  viewer: ViewerCheck,
): Promise<{ target: ReportTarget | null; viewerHolds: boolean }> {
  const statement = reportTargetStatement(viewer.holds);
  const given = { commitmentId, organisationId: who.organisationId, hiddenBodyIds: `{${who.hiddenBodyIds.join(",")}}` };
  const rows = await runPrepared<TargetRow>(db, "findReportTarget", statement(), { target: given, ...viewer.values });
  const first = rows[0];
  if (!first) return { target: null, viewerHolds: false };
  const target = {
    commitment: { id: first.id, organisationId: first.organisation_id, priorityId: first.priority_id, status: first.status },
    bodyId: first.body_id,
    role: first.role,
    indicators: rows.flatMap((row) => (row.indicator_id && row.measure ? [{ id: row.indicator_id, measure: row.measure }] : [])),
  };
  return { target, viewerHolds: first.viewer_holds };
}

const reportTargetStatement = oncePerViewerCheck(reportTarget);

function reportTarget(holds: SQL<boolean>): () => Query {
  const [c, p, i, m] = [commitments, priorities, indicators, memberships];
  return renderedOnce(() => {
    const given = placeholders("target", ["commitmentId", "organisationId", "hiddenBodyIds"] as const);
    // No organisation: no membership matches a null id, and the role is null.
    const role = sql`(select ${m.role} from ${m} where ${m.bodyId} = ${p.bodyId} and ${m.organisationId} = ${typedParam(m.organisationId, given.organisationId)} and ${m.status} = 'ACTIVE')`;
    return sql`select ${c.id} as id, ${c.organisationId} as organisation_id, ${c.priorityId} as priority_id, ${c.status} as status, ${p.bodyId} as body_id,
        ${role} as role, ${i.id} as indicator_id, ${i.measure} as measure, ${holds} as viewer_holds
      from ${c} join ${p} on ${p.id} = ${c.priorityId} left join ${i} on ${i.priorityId} = ${p.id}
      where ${c.id} = ${typedParam(c.id, given.commitmentId)} and ${outsideHiddenBodies(p.bodyId, sql`${given.hiddenBodyIds}::uuid[]`)}
      order by ${i.position}, ${i.id}`;
  });
}

export interface NewReport extends ReportContent {
  id: string;
  commitmentId: string;
  submittedById: string;
}

const REPORT = ["id", "commitmentId", "periodStart", "periodEnd", "status", "narrative", "submittedById"] as const;
const CLAIM = ["userId", "key", "operation"] as const;
const AUDIT = ["actorUserId", "actorOrganisationId", "action", "objectType", "objectId", "before", "after"] as const;
const REPORTER = ["organisationId", "isAdmin", "hiddenBodyIds"] as const;

/** Who reports, as the permission to report is decided. */
export interface Reporter {
  /** The viewer's organisation (null for a user without one). */
  organisationId: string | null;
  isAdmin: boolean;
  /** The members-only bodies the viewer may not see (`Viewer.hiddenBodyIds`). */
  hiddenBodyIds: readonly string[];
}

/**
 * The statement of `insertFirstReport`, in its four shapes (with or without a key, with or without
 * values) for a viewer check. Its `permitted` CTE checks, as the statement sees the data, all that
 * `can.report` and the service decide from `findReportTarget`: the commitment is visible, not
 * withdrawn, and the reporter is an admin or of the committing organisation, which contributes to
 * the body (an active CHAIR, CO_CHAIR or MEMBER); each value's indicator is one of the priority's,
 * with a measure the value fits; the viewer still holds. Without its row, nothing is claimed or written.
 */
function firstReportStatement(withClaim: boolean, withValues: boolean, holds: SQL<boolean>): () => Query {
  const [r, v, x, c, p, i] = [progressReports, progressReportRevisions, progressReportValues, commitments, priorities, indicators];
  return renderedOnce(() => {
    const report = placeholders("report", REPORT);
    const claim = withClaim ? placeholders("claim", CLAIM) : null;
    const reporter = placeholders("reporter", REPORTER);
    const organisation = typedParam(c.organisationId, reporter.organisationId);
    const values = sql`${placeholders("given", ["values"] as const).values}::jsonb`;
    const valuesFit = withValues
      ? sql`and jsonb_array_length(${values}) = (select count(*) from ${i} join jsonb_to_recordset(${values}) as given("indicatorId" uuid, measures text[])
          on ${i.id} = given."indicatorId" where ${i.priorityId} = ${c.priorityId} and ${i.measure}::text = any(given.measures))`
      : sql``;
    const parts = [
      sql`permitted as (
        select ${c.id}, ${p.bodyId} as body_id from ${c} join ${p} on ${p.id} = ${c.priorityId}
        where ${c.id} = ${typedParam(c.id, report.commitmentId)} and ${c.status} <> 'WITHDRAWN'
          and ${outsideHiddenBodies(p.bodyId, sql`${reporter.hiddenBodyIds}::uuid[]`)}
          and (${reporter.isAdmin}::boolean or (${c.organisationId} = ${organisation} and ${contributesInSql(p.bodyId, organisation)}))
          ${valuesFit} and ${holds})`,
      sql`claimed as (${claimedResultId(claim, report.id, "permitted")})`,
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
        from revision, jsonb_to_recordset(${values}) as given("indicatorId" uuid, value double precision, text text))`
        : undefined,
      sql`audited as (${auditEventOfRows({ ...placeholders("audit", AUDIT), bodyId: sql`(select body_id from permitted)` }, r, "report")})`,
    ];
    return sql`with ${sql.join(parts.filter((part) => part !== undefined), sql`, `)}
      select exists (select 1 from permitted) as permitted_, report.* from (select) as one left join report on true`;
  });
}

/** The statement's four shapes, for each viewer check. */
const firstReportStatements = oncePerViewerCheck((holds) => ({
  keyValues: firstReportStatement(true, true, holds),
  key: firstReportStatement(true, false, holds),
  values: firstReportStatement(false, true, holds),
  none: firstReportStatement(false, false, holds),
}));

export type FirstReport =
  /** Written; null when (user, key) was claimed before, and nothing was written. */
  | { permitted: true; report: ProgressReportRecord | null }
  /** A check failed (the reporter may not, or no longer, report on the commitment; a value does not fit; the viewer no longer holds): nothing was written. */
  | { permitted: false; report: null };

/**
 * Inserts a report with its first revision and that revision's values, the idempotency claim and
 * the audit event (`after`: the report as stored, with `audit.after` over it; the body: the
 * commitment's), in one statement, one transaction by itself. It writes only when every check of
 * the write holds (`firstReportStatement`, in the statement), and nothing when (user, key) was
 * claimed before.
 */
export async function insertFirstReport(
  db: Db,
  report: NewReport,
  values: MeasuredValue[],
  folded: { reporter: Reporter; viewer: ViewerCheck; claim: IdempotencyClaim | null; audit: Omit<NewAuditEvent, "bodyId"> },
): Promise<FirstReport> {
  const { reporter, viewer, claim, audit } = folded;
  if (claim && claim.resultId !== report.id) throw new Error("insertFirstReport: the claim must be for this report");
  const shapes = firstReportStatements(viewer.holds);
  const statement = claim ? (values.length ? shapes.keyValues : shapes.key) : values.length ? shapes.values : shapes.none;
  const { bodyId: _setByTheStatement, ...audited } = auditEventValues(audit);
  const [row] = await runPrepared<Record<string, unknown>>(db, "insertFirstReport", statement(), {
    report: { ...report, narrative: report.narrative == null ? null : JSON.stringify(report.narrative) },
    ...(claim ? { claim } : {}),
    ...(values.length ? { given: { values: JSON.stringify(values) } } : {}),
    audit: audited,
    reporter: { organisationId: reporter.organisationId, isAdmin: reporter.isAdmin, hiddenBodyIds: `{${reporter.hiddenBodyIds.join(",")}}` },
    ...viewer.values,
  });
  if (!row?.permitted_) return { permitted: false, report: null };
  return { permitted: true, report: row.id == null ? null : rowOf(progressReports, row) };
}
