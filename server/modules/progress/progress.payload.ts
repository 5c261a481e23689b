import { PayloadType } from "../../shared/write.js";
import { ProgressReport } from "./progress.type.js";

export const ProgressReportPayload = PayloadType(ProgressReport, "ProgressReport", "progressReport", "a progress report");
