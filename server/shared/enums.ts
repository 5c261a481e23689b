import { registerEnumType } from "type-graphql";

/** A GraphQL enum whose values are a database enum's values, so the two cannot drift apart. */
export function enumOf<const V extends string>(
  values: readonly V[],
  name: string,
  description: string,
  valueDescriptions: Record<V, string>,
): { [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in V]: K };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((value) => [value, { description: valueDescriptions[value] }])) as never,
  });
  return enumObject;
}
