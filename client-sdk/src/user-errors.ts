/**
 * Turning a refused write into an exception, for callers who prefer try/catch to checking
 * `userErrors` after every mutation.
 */
import { HubUserErrors } from "./errors.js";
import type { Payload, Strict } from "./types.js";

/**
 * Returns the payload with its object non-null, or throws {@link HubUserErrors} when the hub
 * refused the write.
 *
 * @example
 * const { membership } = unwrap(await client.membershipCreate({ bodyId, organisationId, role: "MEMBER" }));
 */
export function unwrap<P extends Payload>(payload: P, operationName?: string): Strict<P> {
  if (payload.userErrors.length > 0) throw new HubUserErrors(payload.userErrors, payload, operationName);
  return payload as Strict<P>;
}
