/** Opaque global ids: base64url of "<TypeName>:<uuid>", so ids can be passed to node(id) from anywhere. */
import { badInput } from "./errors.js";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NodeTypeName =
  | "CoordinationBody"
  | "Organisation"
  | "Membership"
  | "FocalPoint"
  | "Framework"
  | "FrameworkTrack"
  | "Priority"
  | "Indicator"
  | "Commitment"
  | "ProgressReport"
  | "User"
  | "AuditEvent";

export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

export interface DecodedId {
  type: string;
  id: string;
}

/** Null for anything that is not an id this API issued. */
export function fromGlobalId(globalId: string): DecodedId | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator < 1) return null;
  const id = decoded.slice(separator + 1);
  // Lower case, as PostgreSQL writes uuids: loaders match rows to keys by their text.
  return UUID.test(id) ? { type: decoded.slice(0, separator), id: id.toLowerCase() } : null;
}

/** The uuid inside a global id of the expected type, or null. */
export function idOfType(globalId: string, type: NodeTypeName): string | null {
  const decoded = fromGlobalId(globalId);
  return decoded?.type === type ? decoded.id : null;
}

/** Decodes an id argument of a known type; anything else is a BAD_USER_INPUT error naming the argument. */
export function requireIdOfType(globalId: string, type: NodeTypeName, argument: string): string {
  const id = idOfType(globalId, type);
  if (!id) throw badInput(argument, `is not the id of a ${type}`);
  return id;
}

/** Like requireIdOfType, for an optional argument. */
export function optionalIdOfType(globalId: string | null | undefined, type: NodeTypeName, argument: string): string | null {
  return globalId ? requireIdOfType(globalId, type, argument) : null;
}
