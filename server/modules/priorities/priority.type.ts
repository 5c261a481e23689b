import { Field, Float, Int, ObjectType } from "type-graphql";
import { INDICATOR_DIRECTIONS, INDICATOR_MEASURES, type indicators, type priorities } from "../../../schema/database.js";
import { ConnectionType } from "../../shared/connection.js";
import { enumOf } from "../../shared/enums.js";
import { Node, type NodeRow } from "../../shared/node.js";
import { WorkArea } from "../bodies/body.type.js";

export const IndicatorMeasure = enumOf(INDICATOR_MEASURES, "IndicatorMeasure", "How an indicator is measured.", {
  UNIT: "A count of units (e.g. trainings, people reached); `unitLabel` names the unit.",
  PERCENTAGE: "A percentage from 0 to 100.",
  QUALITATIVE: "A described change, reported as text; no baseline or target numbers.",
});

export const IndicatorDirection = enumOf(INDICATOR_DIRECTIONS, "IndicatorDirection", "Which way is progress for an indicator.", {
  UP: "Higher is better.",
  DOWN: "Lower is better.",
});

export type PriorityRow = NodeRow<typeof priorities.$inferSelect>;
export type IndicatorRow = NodeRow<typeof indicators.$inferSelect>;

@ObjectType("Priority", {
  simpleResolvers: true,
  implements: Node,
  description: "One of a body's shared annual priorities: the concrete issues its members work on together in a year.",
})
export class Priority extends Node {
  @Field(() => Int, { description: "The year the priority is for." })
  year!: number;

  @Field(() => WorkArea, { description: "The body's work area the priority belongs to." })
  workArea!: WorkArea;

  @Field(() => Date, { nullable: true, description: "When the priority was archived; archived priorities are not carried forward." })
  archivedAt!: Date | null;

  @Field(() => Int, { description: "Increases with every change; send it back as `expectedVersion` when changing the priority." })
  version!: number;

  @Field(() => Date, { description: "When the priority was set." })
  createdAt!: Date;

  @Field(() => Date, { description: "When the priority last changed." })
  updatedAt!: Date;
}

export const PriorityConnection = ConnectionType(Priority, "Priority", "priorities");

@ObjectType("Indicator", { simpleResolvers: true, implements: Node, description: "A measure of progress on a priority, with its baseline and target." })
export class Indicator extends Node {
  @Field(() => IndicatorMeasure, { description: "How the indicator is measured." })
  measure!: keyof typeof IndicatorMeasure;

  @Field(() => Float, { nullable: true, description: "The value at the start of the year (not for qualitative indicators)." })
  baseline!: number | null;

  @Field(() => Float, { nullable: true, description: "The value the body aims for by the end of the year (not for qualitative indicators)." })
  target!: number | null;

  @Field(() => IndicatorDirection, { description: "Whether higher or lower values are progress." })
  direction!: keyof typeof IndicatorDirection;

  @Field(() => Int, { description: "The indicator's place in its priority's list." })
  position!: number;

  @Field(() => Int, { description: "Increases with every change; send it back as `expectedVersion` when changing the indicator." })
  version!: number;
}
