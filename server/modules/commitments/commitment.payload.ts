import { PayloadType } from "../../shared/write.js";
import { Commitment } from "./commitment.type.js";

export const CommitmentPayload = PayloadType(Commitment, "Commitment", "commitment", "a commitment");
