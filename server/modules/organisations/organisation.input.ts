import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderInputType } from "../../shared/connection.js";
import { OrganisationType } from "./organisation.type.js";

@InputType({ description: "Narrows a list of organisations; all given conditions must hold." })
export class OrganisationFilter {
  @Field(() => [OrganisationType], { nullable: true, description: "Only organisations of these types." })
  types?: OrganisationType[] | null;

  @Field(() => String, { nullable: true, description: "Text in the English or Arabic name, the acronym or the IATI identifier (case-insensitive)." })
  search?: string | null;
}

export enum OrganisationOrderField {
  NAME = "NAME",
  ACRONYM = "ACRONYM",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(OrganisationOrderField, {
  name: "OrganisationOrderField",
  description: "What to sort organisations by.",
  valuesConfig: {
    NAME: { description: "The name in the request's language." },
    ACRONYM: { description: "The acronym (organisations without one sort by name)." },
    CREATED_AT: { description: "When the organisation was recorded." },
  },
});

export const OrganisationOrder = OrderInputType<OrganisationOrderField>(OrganisationOrderField, "Organisation", "organisations");
export type OrganisationOrder = InstanceType<typeof OrganisationOrder>;
