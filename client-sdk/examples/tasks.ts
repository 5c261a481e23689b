/**
 * The five tasks of the README, as functions: type-checked against the built package and run
 * against a live hub by the tests (test/sdk/example.test.ts), so the README cannot drift from a
 * working API. Each region is quoted verbatim in README.md.
 */
import { createHubClient, HubUserErrors, type HubClient } from "@tansiq/client-sdk";

/** A client for the hub at `url` (its GraphQL endpoint), acting with `token`. */
export function connect(url: string, token: string): HubClient {
  return createHubClient({ url, token });
}

// #region list-members
/** 1. The members of a body my organisation belongs to, found by its acronym. */
export async function listMembers(client: HubClient, acronym: string): Promise<string[]> {
  const { viewer } = await client.viewer();
  const body = viewer.roles.find((membership) => membership.body.acronym === acronym)?.body;
  if (!body) throw new Error(`${viewer.organisation?.name} is not a member of ${acronym}`);

  const lines: string[] = [];
  for await (const member of client.paginate.bodyMemberships({ bodyId: body.id, orderBy: { field: "ORGANISATION_NAME" } })) {
    lines.push(`${member.organisation.name} (${member.role}, since ${member.startDate})`);
  }
  return lines;
}
// #endregion

// #region add-member
/** 2. As a lead of the body: add an organisation, found by name or acronym, as a member. */
export async function addMember(client: HubClient, bodyId: string, organisationSearch: string) {
  const { organisations } = await client.organisations({ filter: { search: organisationSearch }, first: 1 });
  const organisation = organisations.nodes[0];
  if (!organisation) throw new Error(`no organisation matches "${organisationSearch}"`);

  const { membership, userErrors } = await client.membershipCreate({ bodyId, organisationId: organisation.id, role: "MEMBER" });
  if (!membership) throw new Error(userErrors.map((error) => `${error.code}: ${error.message}`).join("\n"));
  return membership; // status ACTIVE, version 1
}
// #endregion

// #region commit
/** 3. As a member: commit my organisation against a priority of the body, with a target per numeric indicator. */
export async function commit(client: HubClient, bodyId: string, year: number) {
  const { body } = await client.bodyPriorities({ bodyId, year });
  const priority = body?.priorities.nodes.find((p) => p.viewerCanCommit);
  if (!priority) throw new Error("no priority to commit against");

  const { commitment } = await client.strict.commitmentCreate({
    priorityId: priority.id,
    description: { en: "Train 40 case workers in Akkar", ar: "تدريب ٤٠ عاملاً في عكار" },
    targets: priority.indicators.filter((i) => i.measure !== "QUALITATIVE").map((i) => ({ indicatorId: i.id, target: 40 })),
    idempotencyKey: `commit-${priority.id}-akkar`, // a retry (by the SDK or by you) cannot commit twice
  });
  return commitment; // strict: non-null, or a HubUserErrors was thrown
}
// #endregion

// #region submit-report
/** 4. As a member: report a quarter's progress on a commitment. */
export async function submitReport(client: HubClient, commitmentId: string) {
  const { node } = await client.commitment({ id: commitmentId });
  if (node?.__typename !== "Commitment") throw new Error("no such commitment");

  const { progressReport } = await client.strict.progressReportSubmit({
    commitmentId,
    periodStart: "2026-01-01",
    periodEnd: "2026-03-31",
    status: "ON_TRACK",
    narrative: { en: "12 case workers trained so far", ar: "تدريب ١٢ عاملاً حتى الآن" },
    values: node.targets.map((t) => ({ indicatorId: t.indicator.id, value: 12 })),
    idempotencyKey: `report-${commitmentId}-2026Q1`,
  });
  return progressReport; // reviewState SUBMITTED
}
// #endregion

// #region review-report
/** 5. As a lead: return the reports awaiting review on a priority with a comment, or validate them. */
export async function reviewReports(client: HubClient, priorityId: string, comment?: string) {
  const reviewed = [];
  for await (const commitment of client.paginate.commitments({ filter: { priorityId } })) {
    const report = commitment.latestReport;
    if (report?.reviewState !== "SUBMITTED") continue;
    try {
      const decision = comment ? "RETURN" : "VALIDATE";
      const { progressReport } = await client.strict.progressReportReview({ reportId: report.id, decision, comment, expectedVersion: report.version });
      reviewed.push(progressReport); // VALIDATE locks it; RETURN sends it back to the partner
    } catch (error) {
      if (!(error instanceof HubUserErrors)) throw error;
      console.warn(`${commitment.organisation.name}: ${error.message}`); // e.g. CONFLICT: corrected meanwhile
    }
  }
  return reviewed;
}
// #endregion
