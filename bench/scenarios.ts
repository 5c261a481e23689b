/**
 * The benchmark's operations, each in three forms that fetch the same data:
 *
 * - ours: a GraphQL document for the hub (with the viewer's bearer token: authorization and the
 *   visibility rule apply as in production);
 * - postgraphile: the equivalent document for PostGraphile v5's amber schema (`rowId` is the
 *   primary key, relations are `<table>By<Column>` connections). PostGraphile applies no access
 *   rule here (no row-level security is set up), so it does less work than ours and the floor;
 * - floor: one hand-written SQL statement that returns the whole response as JSON (the token
 *   lookup and the visibility rule included), served by bench/floor-server.ts.
 */
import { toGlobalId } from "../server/shared/ids.js";
import type { Fixture } from "./dataset.js";

export type ServerName = "ours" | "postgraphile" | "floor";
export type Viewer = "admin" | "lead" | "partner";

export interface Operation {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  description: string;
  kind: "read" | "write";
  viewer: Viewer;
  /** Run at these concurrencies (the sweep runs at 10 only, unless told otherwise). */
  concurrencies: number[];
  ours: Operation;
  postgraphile?: Operation;
  /** Same document as ours: the floor server reads operationName and variables. */
  floor: Operation;
  /** For writes: the request of the n-th call (distinct idempotency keys). */
  writeRequest?: (n: number, prefix: string) => Operation;
}

// ---------------------------------------------------------------- GraphQL documents (ours)

const DIRECTORY = /* GraphQL */ `
query Directory {
  bodies(first: 20, orderBy: { field: CREATED_AT, direction: ASC }) {
    totalCount
    nodes {
      id name acronym kind visibility
      leads { id role organisation { id name acronym } }
    }
  }
}`;

const DASHBOARD = /* GraphQL */ `
query Dashboard($id: ID!, $year: Int!, $first: Int!) {
  body(id: $id) {
    id name
    priorities(year: $year, first: 20, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      nodes {
        id title workArea
        indicators { id name measure target }
        commitments(first: $first, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          nodes {
            id status
            organisation { id name }
            latestReport { id periodEnd status reviewState }
          }
        }
      }
    }
  }
}`;

const PARTNER = /* GraphQL */ `
query PartnerView($id: ID!, $year: Int!) {
  organisation(id: $id) {
    id name
    memberships(first: 20, filter: { statuses: [ACTIVE] }, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      nodes {
        id role status
        body {
          id name
          priorities(year: $year, first: 10, orderBy: { field: CREATED_AT, direction: ASC }) {
            nodes {
              id title
              commitments(first: 10, filter: { organisationId: $id }, orderBy: { field: CREATED_AT, direction: ASC }) {
                nodes { id status description }
              }
            }
          }
        }
      }
    }
  }
}`;

const SUBMIT = /* GraphQL */ `
mutation Submit($input: ProgressReportSubmitInput!) {
  progressReportSubmit(input: $input) {
    progressReport { id version reviewState }
    userErrors { field code message }
  }
}`;

// ---------------------------------------------------------------- PostGraphile (amber) documents

const PG_DIRECTORY = /* GraphQL */ `
query Directory {
  allCoordinationBodies(first: 20, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
    totalCount
    nodes {
      rowId name acronym kind visibility
      chairs: membershipsByBodyId(condition: { role: CHAIR, status: ACTIVE }, orderBy: [START_DATE_ASC, PRIMARY_KEY_ASC]) {
        nodes { rowId role organisationByOrganisationId { rowId name acronym } }
      }
      coChairs: membershipsByBodyId(condition: { role: CO_CHAIR, status: ACTIVE }, orderBy: [START_DATE_ASC, PRIMARY_KEY_ASC]) {
        nodes { rowId role organisationByOrganisationId { rowId name acronym } }
      }
    }
  }
}`;

const PG_DASHBOARD = /* GraphQL */ `
query Dashboard($id: UUID!, $year: Int!, $first: Int!) {
  coordinationBodyByRowId(rowId: $id) {
    rowId name
    prioritiesByBodyId(condition: { year: $year }, first: 20, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
      totalCount
      nodes {
        rowId title workArea
        indicatorsByPriorityId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { rowId name measure target } }
        commitmentsByPriorityId(first: $first, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
          totalCount
          nodes {
            rowId status
            organisationByOrganisationId { rowId name }
            latestReport: progressReportsByCommitmentId(first: 1, orderBy: [PERIOD_END_DESC, SUBMITTED_AT_DESC, PRIMARY_KEY_DESC]) {
              nodes { rowId periodEnd status reviewState }
            }
          }
        }
      }
    }
  }
}`;

const PG_PARTNER = /* GraphQL */ `
query PartnerView($id: UUID!, $year: Int!) {
  organisationByRowId(rowId: $id) {
    rowId name
    membershipsByOrganisationId(first: 20, condition: { status: ACTIVE }, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
      totalCount
      nodes {
        rowId role status
        coordinationBodyByBodyId {
          rowId name
          prioritiesByBodyId(condition: { year: $year }, first: 10, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
            nodes {
              rowId title
              commitmentsByPriorityId(first: 10, condition: { organisationId: $id }, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
                nodes { rowId status description }
              }
            }
          }
        }
      }
    }
  }
}`;

// ---------------------------------------------------------------- the floor's SQL

/** The opaque global id of the hub (base64url of "Type:uuid"), in SQL. */
const gid = (type: string, column: string) =>
  `translate(rtrim(encode(convert_to('${type}:' || ${column}::text, 'UTF8'), 'base64'), '='), '+/', '-_')`;
/** A localized column in English, falling back to Arabic (the hub's rule for `Accept-Language: en`). */
const loc = (column: string) => `coalesce(nullif(${column}->>'en', ''), ${column}->>'ar')`;

/** The viewer of a token (by its SHA-256, $1): no row, so no answer, for an unknown, revoked or expired token. */
const VIEWER = `viewer as (
  select u.id, u.organisation_id, u.platform_role = 'ADMIN' as admin
  from access_tokens t join users u on u.id = t.user_id
  where t.token_hash = $1 and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
)`;
/** Whether the viewer may see the details of body `b` (public, its organisation's, or admin). */
const visible = (b: string) =>
  `(v.admin or ${b}.visibility = 'PUBLIC' or exists (select 1 from memberships vm where vm.body_id = ${b}.id and vm.organisation_id = v.organisation_id and vm.status = 'ACTIVE'))`;

export const FLOOR_SQL: Record<string, string> = {
  // $1 token hash
  Directory: `
with ${VIEWER}
select json_build_object('bodies', json_build_object(
  'totalCount', (select count(*) from coordination_bodies),
  'nodes', coalesce((
    select json_agg(json_build_object(
      'id', ${gid("CoordinationBody", "b.id")},
      'name', ${loc("b.name")},
      'acronym', case when ${visible("b")} then b.acronym end,
      'kind', b.kind,
      'visibility', b.visibility,
      'leads', case when ${visible("b")} then coalesce((
        select json_agg(json_build_object(
          'id', ${gid("Membership", "m.id")},
          'role', m.role,
          'organisation', json_build_object('id', ${gid("Organisation", "o.id")}, 'name', ${loc("o.name")}, 'acronym', o.acronym)
        ) order by m.role, m.start_date, m.id)
        from memberships m join organisations o on o.id = m.organisation_id
        where m.body_id = b.id and m.role in ('CHAIR', 'CO_CHAIR') and m.status = 'ACTIVE'
      ), '[]'::json) else '[]'::json end
    ) order by b.created_at, b.id)
    from (select * from coordination_bodies order by created_at, id limit 20) b
  ), '[]'::json)
))::text as data
from viewer v`,

  // $1 token hash, $2 body uuid, $3 year, $4 commitments per priority
  Dashboard: `
with ${VIEWER}
select json_build_object('body', (
  select json_build_object(
    'id', ${gid("CoordinationBody", "b.id")},
    'name', ${loc("b.name")},
    'priorities', json_build_object(
      'totalCount', (select count(*) from priorities p where p.body_id = b.id and p.year = $3 and p.archived_at is null and ${visible("b")}),
      'nodes', coalesce((
        select json_agg(json_build_object(
          'id', ${gid("Priority", "p.id")},
          'title', ${loc("p.title")},
          'workArea', p.work_area,
          'indicators', coalesce((
            select json_agg(json_build_object('id', ${gid("Indicator", "i.id")}, 'name', ${loc("i.name")}, 'measure', i.measure, 'target', i.target) order by i.position, i.id)
            from indicators i where i.priority_id = p.id
          ), '[]'::json),
          'commitments', json_build_object(
            'totalCount', (select count(*) from commitments c where c.priority_id = p.id),
            'nodes', coalesce((
              select json_agg(json_build_object(
                'id', ${gid("Commitment", "c.id")},
                'status', c.status,
                'organisation', (select json_build_object('id', ${gid("Organisation", "o.id")}, 'name', ${loc("o.name")}) from organisations o where o.id = c.organisation_id),
                'latestReport', (
                  select json_build_object('id', ${gid("ProgressReport", "r.id")}, 'periodEnd', r.period_end, 'status', r.status, 'reviewState', r.review_state)
                  from progress_reports r where r.commitment_id = c.id
                  order by r.period_end desc, r.submitted_at desc, r.id desc limit 1)
              ) order by c.created_at, c.id)
              from (select * from commitments c where c.priority_id = p.id order by c.created_at, c.id limit $4) c
            ), '[]'::json)
          )
        ) order by p.created_at, p.id)
        from (select * from priorities p where p.body_id = b.id and p.year = $3 and p.archived_at is null and ${visible("b")} order by p.created_at, p.id limit 20) p
      ), '[]'::json)
    )
  )
  from coordination_bodies b where b.id = $2
))::text as data
from viewer v`,

  // $1 token hash, $2 organisation uuid, $3 year
  PartnerView: `
with ${VIEWER}
select json_build_object('organisation', (
  select json_build_object(
    'id', ${gid("Organisation", "o.id")},
    'name', ${loc("o.name")},
    'memberships', json_build_object(
      'totalCount', (
        select count(*) from memberships m join coordination_bodies b on b.id = m.body_id
        where m.organisation_id = o.id and m.status = 'ACTIVE' and ${visible("b")}),
      'nodes', coalesce((
        select json_agg(json_build_object(
          'id', ${gid("Membership", "m.id")},
          'role', m.role,
          'status', m.status,
          'body', json_build_object(
            'id', ${gid("CoordinationBody", "m.body_id")},
            'name', ${loc("m.body_name")},
            'priorities', json_build_object('nodes', coalesce((
              select json_agg(json_build_object(
                'id', ${gid("Priority", "p.id")},
                'title', ${loc("p.title")},
                'commitments', json_build_object('nodes', coalesce((
                  select json_agg(json_build_object('id', ${gid("Commitment", "c.id")}, 'status', c.status, 'description', ${loc("c.description")}) order by c.created_at, c.id)
                  from (select * from commitments c where c.priority_id = p.id and c.organisation_id = o.id order by c.created_at, c.id limit 10) c
                ), '[]'::json))
              ) order by p.created_at, p.id)
              from (select * from priorities p where p.body_id = m.body_id and p.year = $3 and p.archived_at is null order by p.created_at, p.id limit 10) p
            ), '[]'::json))
          )
        ) order by m.created_at, m.id)
        from (
          select m.*, b.name as body_name from memberships m join coordination_bodies b on b.id = m.body_id
          where m.organisation_id = o.id and m.status = 'ACTIVE' and ${visible("b")}
          order by m.created_at, m.id limit 20
        ) m
      ), '[]'::json)
    )
  )
  from organisations o where o.id = $2
))::text as data
from viewer v`,

  // $1 token hash, $2 commitment uuid, $3 new report uuid, $4 idempotency key, $5 period start,
  // $6 period end, $7 status, $8 narrative (json), $9 values (json: [{indicator_id, value, text}]).
  // The same inserts as the hub's progressReportSubmit (key, report, revision, values, audit event),
  // after the same checks (visible, own organisation, contributing member, not withdrawn), in one
  // statement: one transaction.
  Submit: `
with ${VIEWER},
target as (
  select c.id as commitment_id, p.id as priority_id, p.body_id
  from viewer v, commitments c join priorities p on p.id = c.priority_id
  where c.id = $2 and c.status <> 'WITHDRAWN' and c.organisation_id = v.organisation_id
    and exists (select 1 from memberships m where m.body_id = p.body_id and m.organisation_id = v.organisation_id
                and m.status = 'ACTIVE' and m.role in ('CHAIR', 'CO_CHAIR', 'MEMBER'))
),
claimed as (
  insert into idempotency_keys (user_id, key, operation, result_id)
  select v.id, $4, 'progressReportSubmit', $3::uuid from viewer v, target
  on conflict do nothing returning result_id
),
report as (
  insert into progress_reports (id, commitment_id, period_start, period_end, status, narrative, submitted_by_id)
  select k.result_id, t.commitment_id, $5::date, $6::date, $7::report_status, $8::text::jsonb, v.id from claimed k, target t, viewer v
  returning *
),
revision as (
  insert into progress_report_revisions (report_id, revision, period_start, period_end, status, narrative, submitted_by_id)
  select id, 1, period_start, period_end, status, narrative, submitted_by_id from report
  returning report_id
),
report_values as (
  insert into progress_report_values (report_id, revision, indicator_id, value, text)
  select r.report_id, 1, x.indicator_id, x.value, x.text
  from revision r, json_to_recordset($9::text::json) as x(indicator_id uuid, value float8, text text)
  where x.indicator_id in (select i.id from indicators i join target t on i.priority_id = t.priority_id)
  returning 1
),
audited as (
  insert into audit_events (actor_user_id, actor_organisation_id, action, object_type, object_id, body_id, after)
  select v.id, v.organisation_id, 'progressReport.submit', 'ProgressReport', r.id, t.body_id, to_jsonb(r)
  from report r, viewer v, target t
  returning 1
)
select json_build_object('progressReportSubmit', json_build_object(
  'progressReport', (select json_build_object('id', ${gid("ProgressReport", "r.id")}, 'version', r.version, 'reviewState', r.review_state) from report r),
  'userErrors', case when exists (select 1 from report) then '[]'::json
    else json_build_array(json_build_object('field', json_build_array('input', 'commitmentId'), 'code', 'NOT_FOUND', 'message', 'No commitment with this id that you can report on.')) end
))::text as data
from viewer v`,
};

// ---------------------------------------------------------------- the scenarios

export interface ScenarioOptions {
  /** Commitments per priority for the dashboard sweep. */
  sweep: number[];
  sweepConcurrencies: number[];
  concurrencies: number[];
}

export function buildScenarios(fixture: Fixture, options: ScenarioOptions): Scenario[] {
  const year = fixture.year;
  const bodyId = toGlobalId("CoordinationBody", fixture.largeBodyId);
  const organisationId = toGlobalId("Organisation", fixture.partnerOrganisationId);
  const op = (query: string, variables: Record<string, unknown> = {}): Operation => ({
    query,
    operationName: /(?:query|mutation)\s+(\w+)/.exec(query)![1]!,
    variables,
  });
  const dashboard = (first: number, name: string, concurrencies: number[]): Scenario => ({
    name,
    description: `body dashboard: one body → priorities of ${year} (20) → indicators → commitments (first ${first}) → organisation + latest report`,
    kind: "read",
    viewer: "lead",
    concurrencies,
    ours: op(DASHBOARD, { id: bodyId, year, first }),
    postgraphile: op(PG_DASHBOARD, { id: fixture.largeBodyId, year, first }),
    floor: op(DASHBOARD, { id: bodyId, year, first }),
  });
  const targets = fixture.writeTargets;
  const submit = (n: number, prefix: string): Operation => {
    const target = targets[n % targets.length]!;
    const month = 1 + (n % 12);
    const periodStart = `${year}-${String(month).padStart(2, "0")}-01`;
    const periodEnd = `${year}-${String(month).padStart(2, "0")}-28`;
    return op(SUBMIT, {
      input: {
        commitmentId: toGlobalId("Commitment", target.commitmentId),
        periodStart,
        periodEnd,
        status: "ON_TRACK",
        narrative: { en: `Benchmark report ${n}` },
        values: target.indicators.map((indicator) =>
          indicator.measure === "QUALITATIVE"
            ? { indicatorId: toGlobalId("Indicator", indicator.id), text: "Steady progress" }
            : { indicatorId: toGlobalId("Indicator", indicator.id), value: 40 + (n % 50) },
        ),
        idempotencyKey: `${prefix}-${n}`,
      },
    });
  };
  return [
    {
      name: "directory",
      description: "directory: 20 bodies → leads → organisation (viewer: a partner)",
      kind: "read",
      viewer: "partner",
      concurrencies: options.concurrencies,
      ours: op(DIRECTORY),
      postgraphile: op(PG_DIRECTORY),
      floor: op(DIRECTORY),
    },
    dashboard(20, "dashboard", options.concurrencies),
    {
      name: "partner",
      description: `partner view: one organisation → active memberships (20) → body → priorities of ${year} (10) → its own commitments (10)`,
      kind: "read",
      viewer: "partner",
      concurrencies: options.concurrencies,
      ours: op(PARTNER, { id: organisationId, year }),
      postgraphile: op(PG_PARTNER, { id: fixture.partnerOrganisationId, year }),
      floor: op(PARTNER, { id: organisationId, year }),
    },
    ...options.sweep.map((first) => dashboard(first, `dashboard-sweep-${first}`, options.sweepConcurrencies)),
    {
      name: "write",
      description: "write: progressReportSubmit (3 indicator values) with distinct idempotency keys, as the partner",
      kind: "write",
      viewer: "partner",
      concurrencies: options.concurrencies,
      ours: submit(0, "probe"),
      floor: submit(0, "probe"),
      writeRequest: submit,
    },
  ];
}
