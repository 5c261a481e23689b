import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Narrows the audit trail; all given conditions must hold." })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: "Only events on this body's objects." })
  bodyId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only events by this user." })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only events on this object." })
  objectId?: string | null;

  @Field(() => String, { nullable: true, description: "Only this action, e.g. `membership.end`." })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: "Only events at or after this time." })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only events at or before this time." })
  until?: Date | null;
}
