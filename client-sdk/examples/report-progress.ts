// Reports a quarter's progress on every live commitment of your organisation.
// Usage: TANSIQ_URL=https://hub.example.org/graphql TANSIQ_TOKEN=… npx tsx report-progress.ts progress.json 2026-01-01 2026-03-31
// progress.json maps indicator names to values, e.g. { "Case workers trained": 12, "Referral pathways mapped": 60 }
import { readFile } from "node:fs/promises";
import { createHubClient } from "@tansiq/client-sdk";

const [file = "progress.json", periodStart = "2026-01-01", periodEnd = "2026-03-31"] = process.argv.slice(2);
const values: Record<string, number> = JSON.parse(await readFile(file, "utf8"));
const client = createHubClient({ url: process.env.TANSIQ_URL!, token: process.env.TANSIQ_TOKEN });

for await (const commitment of client.paginate.myCommitments({ filter: { year: Number(periodStart.slice(0, 4)) } })) {
  if (commitment.status === "WITHDRAWN") continue;
  const { progressReport, userErrors } = await client.progressReportSubmit({
    commitmentId: commitment.id, periodStart, periodEnd, status: "ON_TRACK",
    values: commitment.targets.filter((t) => t.indicator.name in values).map((t) => ({ indicatorId: t.indicator.id, value: values[t.indicator.name] })),
    idempotencyKey: `${commitment.id}/${periodEnd}`, // safe to run again: a repeat returns the first report
  });
  const outcome = progressReport ? `reported (${progressReport.reviewState})` : userErrors.map((e) => e.message).join("; ");
  console.log(`${commitment.priority.body.acronym ?? commitment.priority.body.name} — ${commitment.priority.title}: ${outcome}`);
}
