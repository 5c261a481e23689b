import { readFileSync } from "node:fs";
import { isInputObjectType, isInterfaceType, isObjectType, isEnumType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createSchema, printSdl } from "../server/schema.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** Every named thing a client sees, with its description, as "Type.field" → description. */
function described(schema: GraphQLSchema): Array<[string, string | null | undefined]> {
  const entries: Array<[string, string | null | undefined]> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    entries.push([type.name, type.description]);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        entries.push([`${type.name}.${field.name}`, field.description]);
        for (const arg of "args" in field ? field.args : []) entries.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) entries.push([`${type.name}.${value.name}`, value.description]);
    }
  }
  return entries;
}

describe("the GraphQL schema", () => {
  it("matches the committed schema/schema.graphql (run `npm run schema:emit` after changing the API)", () => {
    const committed = readFileSync(new URL("../schema/schema.graphql", import.meta.url), "utf8");
    expect(printSdl(schema)).toBe(committed);
  });

  it("describes every type, field, argument and enum value", () => {
    const undocumented = described(schema)
      .filter(([, description]) => !description?.trim())
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });
});
