/** Business failures, returned in a payload's `userErrors` rather than as top-level errors. */
import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum UserErrorCode {
  INVALID = "INVALID",
  NOT_FOUND = "NOT_FOUND",
  FORBIDDEN = "FORBIDDEN",
  CONFLICT = "CONFLICT",
  ALREADY_EXISTS = "ALREADY_EXISTS",
  LOCKED = "LOCKED",
}
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a write was refused.",
  valuesConfig: {
    INVALID: { description: "An input value is not acceptable; `field` names it." },
    NOT_FOUND: { description: "The object does not exist, or the viewer may not see it." },
    FORBIDDEN: { description: "The viewer may see the object but not make this change." },
    CONFLICT: {
      description: "The object changed since the viewer read it (a stale `expectedVersion`), or its state does not allow this change now.",
    },
    ALREADY_EXISTS: { description: "The object to create exists already (e.g. a live membership of the organisation in the body)." },
    LOCKED: { description: "The object is locked, e.g. a validated progress report; a lead must unlock it first." },
  },
});

@ObjectType({ simpleResolvers: true, description: "Why a write was refused, and which input field to fix." })
export class UserError {
  @Field(() => String, { description: "What went wrong, for people." })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'The path of the input field at fault, e.g. ["input", "periodEnd"].' })
  field!: string[] | null;

  @Field(() => UserErrorCode, { description: "What went wrong, for programs." })
  code!: UserErrorCode;
}

/** Thrown inside a write to roll its transaction back and report the errors in the payload. */
export class UserErrorException extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((error) => error.message).join("; "));
  }
}

export function userError(code: UserErrorCode, message: string, field?: readonly (string | number)[]): UserError {
  return { code, message, field: field ? field.map(String) : null };
}

/** Stops the write with one user error. */
export function refuse(code: UserErrorCode, message: string, field?: readonly (string | number)[]): never {
  throw new UserErrorException([userError(code, message, field)]);
}
