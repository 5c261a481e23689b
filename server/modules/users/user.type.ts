import { Field, ObjectType } from "type-graphql";
import { PLATFORM_ROLES } from "../../../schema/database.js";
import { enumOf } from "../../shared/enums.js";
import { Node, type NodeRow } from "../../shared/node.js";
import type { UserRow } from "../auth/auth.store.js";

export const PlatformRole = enumOf(PLATFORM_ROLES, "PlatformRole", "A user's role on the platform as a whole.", {
  ADMIN: "A platform administrator: sees and manages every body.",
  USER: "A user who acts through their organisation's memberships.",
});

export type UserNodeRow = NodeRow<UserRow>;

@ObjectType("User", {
  simpleResolvers: true,
  implements: Node,
  description: "A person who uses the hub, acting for their organisation. Users see their own record; admins see everyone's.",
})
export class User extends Node {
  @Field(() => String, { description: "The person's name." })
  name!: string;

  @Field(() => String, { description: "The person's e-mail address, used to sign in." })
  email!: string;

  @Field(() => PlatformRole, { description: "The user's role on the platform." })
  platformRole!: keyof typeof PlatformRole;
}
