import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { organisations } from "../../../schema/database.js";
import { ConnectionType } from "../../shared/connection.js";
import { Node, type NodeRow } from "../../shared/node.js";

/** The IATI OrganisationType codelist; the enum's values are the IATI codes, as stored. */
export enum OrganisationType {
  GOVERNMENT = 10,
  LOCAL_GOVERNMENT = 11,
  OTHER_PUBLIC_SECTOR = 15,
  INTERNATIONAL_NGO = 21,
  NATIONAL_NGO = 22,
  REGIONAL_NGO = 23,
  PARTNER_COUNTRY_BASED_NGO = 24,
  PUBLIC_PRIVATE_PARTNERSHIP = 30,
  MULTILATERAL = 40,
  FOUNDATION = 60,
  PRIVATE_SECTOR = 70,
  ACADEMIC_TRAINING_RESEARCH = 80,
  OTHER = 90,
}

registerEnumType(OrganisationType, {
  name: "OrganisationType",
  description: "The kind of organisation, from the IATI OrganisationType codelist (`typeCode` gives the IATI code).",
  valuesConfig: {
    GOVERNMENT: { description: "IATI 10: Government (including member states)." },
    LOCAL_GOVERNMENT: { description: "IATI 11: Local Government." },
    OTHER_PUBLIC_SECTOR: { description: "IATI 15: Other Public Sector." },
    INTERNATIONAL_NGO: { description: "IATI 21: International NGO." },
    NATIONAL_NGO: { description: "IATI 22: National NGO." },
    REGIONAL_NGO: { description: "IATI 23: Regional NGO." },
    PARTNER_COUNTRY_BASED_NGO: { description: "IATI 24: Partner Country based NGO." },
    PUBLIC_PRIVATE_PARTNERSHIP: { description: "IATI 30: Public Private Partnership." },
    MULTILATERAL: { description: "IATI 40: Multilateral (UN agencies, the World Bank, the EU's institutions)." },
    FOUNDATION: { description: "IATI 60: Foundation." },
    PRIVATE_SECTOR: { description: "IATI 70: Private Sector." },
    ACADEMIC_TRAINING_RESEARCH: { description: "IATI 80: Academic, Training and Research." },
    OTHER: { description: "IATI 90: Other." },
  },
});

export type OrganisationRow = NodeRow<typeof organisations.$inferSelect>;

@ObjectType("Organisation", {
  simpleResolvers: true,
  implements: Node,
  description: "An organisation that takes part in coordination: a UN agency, government, donor, international or national NGO, …",
})
export class Organisation extends Node {
  @Field(() => String, { nullable: true, description: "The organisation's acronym, e.g. UNFPA." })
  acronym!: string | null;

  @Field(() => OrganisationType, { description: "The kind of organisation (IATI OrganisationType)." })
  type!: OrganisationType;

  @Field(() => String, { nullable: true, description: "The IATI organisation identifier, e.g. XM-DAC-41146 for UN Women." })
  iatiIdentifier!: string | null;

  @Field(() => Date, { description: "When the organisation was recorded in the hub." })
  createdAt!: Date;
}

export const OrganisationConnection = ConnectionType(Organisation, "Organisation", "organisations");
