/** What a report's values must be: one per indicator of the commitment's priority, each of the kind its indicator's measure takes. */
import { z } from "zod";
import { INDICATOR_MEASURES } from "../../../schema/database.js";
import { idOfType } from "../../shared/ids.js";
import { refuse, UserErrorCode } from "../../shared/user-errors.js";
import { rules } from "../../shared/validation.js";
import { eachIndicatorOnce, numberProblem } from "../priorities/indicator-rules.js";
import type { IndicatorRecord } from "../priorities/priority.store.js";
import type { ReportValue } from "./progress.store.js";

export const valuesSchema = z.array(z.object({ indicatorId: z.string(), value: rules.number().nullish(), text: rules.optionalText(2000) })).max(50, "at most 50 values");
type GivenValues = z.infer<typeof valuesSchema>;
type Measure = IndicatorRecord["measure"];

/** A value to store, with the measures it fits: the statement that stores it writes only when its indicator has one of them. */
export type MeasuredValue = ReportValue & { measures: readonly Measure[] };

/** Why a value does not fit a measure, and in which of its fields; null when it fits. */
function valueProblem(measure: Measure, entry: GivenValues[number]): { problem: string; field: "value" | "text" } | null {
  const problem = numberProblem(measure, entry.value);
  if (problem) return { problem, field: "value" };
  if (measure === "QUALITATIVE" && !entry.text) return { problem: "a QUALITATIVE indicator needs the change in words", field: "text" };
  if (measure !== "QUALITATIVE" && entry.value == null) return { problem: `a ${measure} indicator needs a number`, field: "value" };
  return null;
}

/**
 * The values checked against the priority's indicators: each of them once, each as its measure
 * takes it; INVALID on the first that is not, naming its field.
 */
export function checkValues(priorityIndicators: readonly Pick<IndicatorRecord, "id" | "measure">[], values: GivenValues): MeasuredValue[] {
  const indicatorOf = eachIndicatorOnce(priorityIndicators);
  return values.map((entry, index) => {
    const field = ["input", "values", String(index)];
    const indicator = indicatorOf(entry.indicatorId, field);
    const wrong = valueProblem(indicator.measure, entry);
    if (wrong) refuse(UserErrorCode.INVALID, wrong.problem, [...field, wrong.field]);
    return { indicatorId: indicator.id, value: entry.value ?? null, text: entry.text ?? null, measures: [indicator.measure] };
  });
}

/**
 * The values as far as they can be checked without the indicators: ids of indicators, each once,
 * each fitting some measure (the statement that stores them checks the rest). Null when one does
 * not: then `checkValues`, after a read, says which and why.
 */
export function valuesBeforeReading(values: GivenValues): MeasuredValue[] | null {
  const seen = new Set<string>();
  const measured: MeasuredValue[] = [];
  for (const entry of values) {
    const id = idOfType(entry.indicatorId, "Indicator");
    const measures = INDICATOR_MEASURES.filter((measure) => !valueProblem(measure, entry));
    if (!id || seen.has(id) || !measures.length) return null;
    seen.add(id);
    measured.push({ indicatorId: id, value: entry.value ?? null, text: entry.text ?? null, measures });
  }
  return measured;
}

/** The values as stored (and audited). */
export function storedValues(values: readonly MeasuredValue[]): ReportValue[] {
  return values.map(({ indicatorId, value, text }) => ({ indicatorId, value, text }));
}
