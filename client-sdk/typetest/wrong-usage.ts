/**
 * Compile-time guarantees of the SDK. Every line after a `@ts-expect-error` marker must fail to
 * compile (test/sdk/types.test.ts checks that each marked line is an error, and nothing else is);
 * the unmarked lines show the correct usage next to each mistake.
 */
import { createHubClient, MembershipRole, type BodyKind } from "../src/index.js";

const client = createHubClient({ url: "http://localhost:4000/graphql", token: "tq_example" });

export async function wrongVariables(): Promise<void> {
  await client.bodyMemberships({ bodyId: "b", first: 5 });
  // @ts-expect-error bodyId is required
  await client.bodyMemberships({ first: 5 });
  // @ts-expect-error first is a number
  await client.bodies({ first: "10" });
  // @ts-expect-error no such variable
  await client.body({ id: "b", include: "everything" });
  // @ts-expect-error no such filter
  await client.bodies({ filter: { colour: "red" } });
  // @ts-expect-error not a BodyKind
  await client.bodies({ filter: { kinds: ["COMMITTEE"] } });
  await client.membershipCreate({ bodyId: "b", organisationId: "o", role: "MEMBER" });
  // @ts-expect-error not a MembershipRole
  await client.membershipCreate({ bodyId: "b", organisationId: "o", role: "PRESIDENT" });
  // @ts-expect-error expectedVersion is required
  await client.membershipApprove({ membershipId: "m" });
  // @ts-expect-error mutations take the input itself, not { input }
  await client.membershipEnd({ input: { membershipId: "m", expectedVersion: 1 } });
  // @ts-expect-error values are required in a report
  await client.progressReportSubmit({ commitmentId: "c", periodStart: "2026-01-01", periodEnd: "2026-03-31", status: "ON_TRACK" });
  // @ts-expect-error a paginator moves the cursor itself
  client.paginate.bodies({ after: "cursor" });
  // @ts-expect-error the hub speaks English and Arabic
  createHubClient({ url: "http://localhost:4000/graphql", language: "fr" });
  // @ts-expect-error operations without variables take call options only
  await client.viewer({ id: "u" });
}

export async function wrongResults(): Promise<void> {
  const { body } = await client.body({ id: "b" });
  body?.name.toUpperCase();
  // @ts-expect-error body is null for an unknown id
  body.name.toUpperCase();
  // @ts-expect-error not selected by the Body operation
  body?.memberships;
  const { bodies } = await client.bodies();
  // @ts-expect-error totalCount is a number
  bodies.totalCount.toUpperCase();
  const kind: BodyKind | undefined = bodies.nodes[0]?.kind;
  // @ts-expect-error no such BodyKind
  if (kind === "COMMITTEE") return;

  const payload = await client.membershipCreate({ bodyId: "b", organisationId: "o", role: "MEMBER" });
  payload.userErrors.map((error) => error.code);
  // @ts-expect-error the membership is null when the write is refused
  payload.membership.id.toString();
  const strict = await client.strict.membershipCreate({ bodyId: "b", organisationId: "o", role: "MEMBER" });
  strict.membership.id.toString();

  // @ts-expect-error not a MembershipRole
  const role: MembershipRole = "PRESIDENT";
  const roles: MembershipRole[] = Object.values(MembershipRole);
  await client.membershipUpdate({ membershipId: "m", expectedVersion: 1, role: MembershipRole.CO_CHAIR });
  // @ts-expect-error no such role in the enum's constant either
  await client.membershipUpdate({ membershipId: "m", expectedVersion: 1, role: MembershipRole.PRESIDENT });
  for await (const membership of client.paginate.bodyMemberships({ bodyId: "b" })) {
    const status: string = membership.status;
    // @ts-expect-error status is an enum (string), not a number
    const wrong: number = membership.status;
    console.log(role, roles, status, wrong);
  }

  const { node } = await client.priority({ id: "p" });
  if (node?.__typename === "Priority") node.title.toUpperCase();
  // @ts-expect-error a node must be narrowed on __typename first
  node?.title;
}
