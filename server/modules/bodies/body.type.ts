import { Field, ObjectType } from "type-graphql";
import { BODY_KINDS, BODY_LEVELS, BODY_VISIBILITIES, WORK_AREAS, type bodies } from "../../../schema/database.js";
import { ConnectionType } from "../../shared/connection.js";
import { enumOf } from "../../shared/enums.js";
import { Node, type NodeRow } from "../../shared/node.js";

export const BodyKind = enumOf(BODY_KINDS, "BodyKind", "What kind of coordination body this is.", {
  SECTOR: "A sector of a response or recovery framework.",
  WORKING_GROUP: "A working group, e.g. the Gender Working Group.",
  TASK_FORCE: "A task force, often under the auspices of a working group.",
  SUB_WORKING_GROUP: "A sub-working group of a sector or working group.",
});
export type BodyKind = keyof typeof BodyKind;

export const BodyLevel = enumOf(BODY_LEVELS, "BodyLevel", "Where a body coordinates.", {
  GLOBAL: "Headquarters level.",
  REGIONAL: "Regional level.",
  NATIONAL: "Country level.",
  FIELD: "Field (sub-national) level.",
});

export const BodyVisibility = enumOf(BODY_VISIBILITIES, "BodyVisibility", "Who may see a body's members, priorities and commitments.", {
  PUBLIC: "Every signed-in user.",
  MEMBERS_ONLY: "Only users of its member organisations, and admins; others see its name and kind only.",
});

export const WorkArea = enumOf(WORK_AREAS, "WorkArea", "An area of work a body and its priorities belong to.", {
  COORDINATION_AND_INFORMATION_SHARING: "Coordination and information sharing.",
  TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING: "Technical assistance and capacity building.",
  ADVOCACY: "Advocacy.",
  MONITORING_AND_REPORTING: "Monitoring and reporting.",
  SERVICE_DELIVERY: "Service delivery.",
  POLICY_AND_LEGAL_REFORM: "Policy and legal reform.",
  RESEARCH_AND_DATA: "Research and data.",
  RESOURCE_MOBILISATION: "Resource mobilisation.",
});
export type WorkArea = keyof typeof WorkArea;

/** A body row with whether the viewer may see its details, decided in SQL by the scope. */
export type BodyRow = NodeRow<typeof bodies.$inferSelect & { detailsVisible: boolean }>;

@ObjectType("CoordinationBody", {
  simpleResolvers: true,
  implements: Node,
  description:
    "A coordination body: a sector, working group or task force, with its member organisations and annual priorities. " +
    "For a MEMBERS_ONLY body, users outside it see only its name, kind and visibility.",
})
export class CoordinationBody extends Node {
  @Field(() => BodyKind, { description: "The kind of body." })
  kind!: BodyKind;

  @Field(() => BodyVisibility, { description: "Who may see the body's members, priorities and commitments." })
  visibility!: keyof typeof BodyVisibility;

  @Field(() => Date, { description: "When the body was recorded in the hub." })
  createdAt!: Date;
}

export const CoordinationBodyConnection = ConnectionType(CoordinationBody, "CoordinationBody", "coordination bodies");
