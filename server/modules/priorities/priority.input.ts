import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { LocalizedTextInput } from "../../shared/language.js";
import { IndicatorDirection, IndicatorMeasure } from "./priority.type.js";
import { OrderInputType } from "../../shared/connection.js";
import { WorkArea } from "../bodies/body.type.js";

@InputType({ description: "Narrows a list of priorities; all given conditions must hold." })
export class PriorityFilter {
  @Field(() => ID, { nullable: true, description: "Only this body's priorities." })
  bodyId?: string | null;

  @Field(() => Int, { nullable: true, description: "Only priorities for this year." })
  year?: number | null;

  @Field(() => WorkArea, { nullable: true, description: "Only priorities in this work area." })
  workArea?: WorkArea | null;

  @Field(() => Boolean, { defaultValue: false, description: "Include archived priorities (excluded by default)." })
  includeArchived!: boolean;
}

export enum PriorityOrderField {
  CREATED_AT = "CREATED_AT",
  YEAR = "YEAR",
  TITLE = "TITLE",
}
registerEnumType(PriorityOrderField, {
  name: "PriorityOrderField",
  description: "What to sort priorities by.",
  valuesConfig: {
    CREATED_AT: { description: "When the priority was set (the default)." },
    YEAR: { description: "The priority's year." },
    TITLE: { description: "The title in the request's language." },
  },
});

export const PriorityOrder = OrderInputType<PriorityOrderField>(PriorityOrderField, "Priority", "priorities");
export type PriorityOrder = InstanceType<typeof PriorityOrder>;

@InputType({ description: "An indicator of a priority: how progress on it is measured." })
export class IndicatorInput {
  @Field(() => LocalizedTextInput, { description: "The indicator's name." })
  name!: LocalizedTextInput;

  @Field(() => IndicatorMeasure, { description: "How it is measured." })
  measure!: keyof typeof IndicatorMeasure;

  @Field(() => LocalizedTextInput, { nullable: true, description: "What is counted, for UNIT indicators (e.g. trainings)." })
  unitLabel?: LocalizedTextInput | null;

  @Field(() => Float, { nullable: true, description: "The value at the start (0–100 for PERCENTAGE; none for QUALITATIVE)." })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: "The value aimed for (0–100 for PERCENTAGE; none for QUALITATIVE)." })
  target?: number | null;

  @Field(() => IndicatorDirection, { defaultValue: "UP", description: "Whether higher (UP, the default) or lower values are progress." })
  direction!: keyof typeof IndicatorDirection;
}

@InputType({ description: "A lead sets one of the body's shared annual priorities." })
export class PriorityCreateInput {
  @Field(() => ID, { description: "The body." })
  bodyId!: string;

  @Field(() => Int, { description: "The year (2000–2100)." })
  year!: number;

  @Field(() => WorkArea, { description: "One of the body's work areas." })
  workArea!: WorkArea;

  @Field(() => LocalizedTextInput, { description: "The priority's title." })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: "What the priority is about." })
  description?: LocalizedTextInput | null;

  @Field(() => [IndicatorInput], { nullable: true, description: "Its indicators (at most 20); more can be added later." })
  indicators?: IndicatorInput[] | null;
}

@InputType({ description: "Changes to a priority; omitted fields stay as they are." })
export class PriorityUpdateInput {
  @Field(() => ID, { description: "The priority." })
  priorityId!: string;

  @Field(() => Int, { description: "The `version` last read; a stale version is a CONFLICT." })
  expectedVersion!: number;

  @Field(() => WorkArea, { nullable: true, description: "One of the body's work areas." })
  workArea?: WorkArea | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: "The new title." })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: "The new description." })
  description?: LocalizedTextInput | null;
}

@InputType({ description: "Archives a priority: it stays readable but is no longer carried forward or committed against." })
export class PriorityArchiveInput {
  @Field(() => ID, { description: "The priority." })
  priorityId!: string;

  @Field(() => Int, { description: "The `version` last read; a stale version is a CONFLICT." })
  expectedVersion!: number;
}

@InputType({ description: "A lead adds an indicator to a priority." })
export class IndicatorAddInput extends IndicatorInput {
  @Field(() => ID, { description: "The priority." })
  priorityId!: string;
}

@InputType({ description: "Changes to an indicator; omitted fields stay as they are. The measure cannot change once set." })
export class IndicatorUpdateInput {
  @Field(() => ID, { description: "The indicator." })
  indicatorId!: string;

  @Field(() => Int, { description: "The `version` last read; a stale version is a CONFLICT." })
  expectedVersion!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: "The new name." })
  name?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: "The new unit label." })
  unitLabel?: LocalizedTextInput | null;

  @Field(() => Float, { nullable: true, description: "The new baseline." })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: "The new target." })
  target?: number | null;

  @Field(() => IndicatorDirection, { nullable: true, description: "The new direction." })
  direction?: keyof typeof IndicatorDirection | null;
}

@InputType({ description: "Copies a body's open priorities of one year, with their indicators, to a later year." })
export class PrioritiesCarryForwardInput {
  @Field(() => ID, { description: "The body." })
  bodyId!: string;

  @Field(() => Int, { description: "The year to copy from." })
  fromYear!: number;

  @Field(() => Int, { description: "The later year to copy to." })
  toYear!: number;
}
