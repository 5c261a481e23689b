/** What a number given for an indicator must be, shared by priorities, commitments' targets and reports. */
import type { Db } from "../../db.js";
import { idOfType } from "../../shared/ids.js";
import { refuse, UserErrorCode } from "../../shared/user-errors.js";
import { findIndicatorsOfPriorities, type IndicatorRecord } from "./priority.store.js";

/** Why a number does not fit an indicator's measure (none for QUALITATIVE, 0–100 for PERCENTAGE), or null. */
export function numberProblem(measure: string, value: number | null | undefined): string | null {
  if (value == null) return null;
  if (measure === "QUALITATIVE") return "a QUALITATIVE indicator takes words, not a number";
  if (measure === "PERCENTAGE" && (value < 0 || value > 100)) return "a PERCENTAGE must be between 0 and 100";
  return null;
}

/**
 * Hands out the priority's indicators by global id, each once: an id of another priority's
 * indicator, or one given twice, is INVALID on `[...field, "indicatorId"]`.
 */
export async function indicatorsOnce(tx: Db, priorityId: string) {
  return eachIndicatorOnce(await findIndicatorsOfPriorities(tx, [priorityId]));
}

/** `indicatorsOnce` over indicators already read (the priority's, all of them). */
export function eachIndicatorOnce<T extends Pick<IndicatorRecord, "id">>(priorityIndicators: readonly T[]) {
  const indicators = new Map(priorityIndicators.map((indicator) => [indicator.id, indicator]));
  const seen = new Set<string>();
  return (globalId: string, field: string[]): T => {
    const indicator = indicators.get(idOfType(globalId, "Indicator") ?? "");
    if (!indicator) refuse(UserErrorCode.INVALID, "is not an indicator of the commitment's priority", [...field, "indicatorId"]);
    if (seen.has(indicator.id)) refuse(UserErrorCode.INVALID, "is given twice in this list", [...field, "indicatorId"]);
    seen.add(indicator.id);
    return indicator;
  };
}
