import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../shared/connection.js";
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

@InputType({ description: "How to sort organisations." })
export class OrganisationOrder {
  @Field(() => OrganisationOrderField, { description: "The field to sort by." })
  field!: OrganisationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction; ascending by default." })
  direction!: OrderDirection;
}
