import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { PageArgs } from "../../shared/connection.js";
import { toGlobalId, type NodeTypeName } from "../../shared/ids.js";
import { findBody } from "../bodies/body.service.js";
import { CoordinationBody } from "../bodies/body.type.js";
import { organisationById } from "../organisations/organisation.service.js";
import { Organisation } from "../organisations/organisation.type.js";
import { userById } from "../users/user.service.js";
import { User } from "../users/user.type.js";
import { AuditEventFilter } from "./audit.input.js";
import { listAuditEvents } from "./audit.service.js";
import { AuditEvent, AuditEventConnection, type AuditEventRow } from "./audit.type.js";

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: "The whole audit trail, newest first; for admins only (others get a FORBIDDEN error)." })
  auditEvents(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Conditions the events must meet; all of them." }) filter?: AuditEventFilter,
  ) {
    return listAuditEvents(ctx, page, filter);
  }

  @FieldResolver(() => ID, { description: "The global id of the object changed (it may since have been removed)." })
  objectId(@Root() event: AuditEventRow) {
    return toGlobalId(event.objectType as NodeTypeName, event.objectId);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user who made the change; visible to admins and to that user." })
  actor(@Root() event: AuditEventRow, @Ctx() ctx: Context) {
    return event.actorUserId ? userById(ctx).load(event.actorUserId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation the user acted for." })
  actorOrganisation(@Root() event: AuditEventRow, @Ctx() ctx: Context) {
    return event.actorOrganisationId ? organisationById(ctx).load(event.actorOrganisationId) : null;
  }

  @FieldResolver(() => CoordinationBody, { nullable: true, description: "The body the changed object belongs to." })
  body(@Root() event: AuditEventRow, @Ctx() ctx: Context) {
    return event.bodyId ? findBody(ctx, event.bodyId) : null;
  }
}
