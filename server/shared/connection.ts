/** Relay connections: the GraphQL types, the paging arguments and the mapping from a store's page. */
import type { ClassType } from "type-graphql";
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { decodeCursor, type Cursor } from "./cursor.js";
import { badInput } from "./errors.js";
import type { Page } from "./pagination.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "The direction of a sort.",
  valuesConfig: { ASC: { description: "Smallest or earliest first." }, DESC: { description: "Largest or latest first." } },
});

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return, from 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Read backwards: how many items to return from the end (or before \`before\`), from 1 to ${MAX_PAGE_SIZE}.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "With `last`: return the items before this cursor (`pageInfo.startCursor`)." })
  before?: string | null;
}

/** One page to read: its size, and where it starts (after a cursor, or before it when backward). */
export interface PageRequest {
  size: number;
  cursor: Cursor | null;
  backward: boolean;
}

function pageSize(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badInput(argument, `must be between 1 and ${MAX_PAGE_SIZE} (got ${value})`);
  }
  return value;
}

/** Checks the paging arguments; too large a page is an error rather than a silent cut. */
export function pageRequest(args: PageArgs): PageRequest {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    throw badInput(args.first != null ? "first" : "after", "cannot be combined with last/before: page forwards or backwards");
  }
  if (backward) {
    return { size: pageSize(args.last ?? DEFAULT_PAGE_SIZE, "last"), cursor: args.before ? decodeCursor(args.before, "before") : null, backward };
  }
  return { size: pageSize(args.first ?? DEFAULT_PAGE_SIZE, "first"), cursor: args.after ? decodeCursor(args.after) : null, backward };
}

/** A stable string for a loader key: the same arguments share one batched query. */
export function pageKey(page: PageRequest, ...rest: unknown[]): string {
  return JSON.stringify([page.size, page.cursor, page.backward, ...rest]);
}

@ObjectType({ simpleResolvers: true, description: "Where a page sits in its connection." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether there are items after this page (when paging backwards: whether it was asked for before a cursor)." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether there are items before this page (when paging forwards: whether it was asked for after a cursor)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the first item of the page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last item; pass it as `after` for the next page." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionValue<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** `totalCount` is a getter so its (batched) count query runs only when a client asks for it. */
export function toConnection<T>(page: Page<T>, request: PageRequest, countAll: () => Promise<number>): ConnectionValue<T> {
  return {
    edges: page.rows.map((node, index) => ({ cursor: page.cursors[index]!, node })),
    nodes: page.rows,
    pageInfo: {
      hasNextPage: request.backward ? request.cursor !== null : page.hasMore,
      hasPreviousPage: request.backward ? page.hasMore : request.cursor !== null,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
    get totalCount() {
      return countAll();
    },
  };
}

/** Builds `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, itemsDescription: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One of ${itemsDescription}, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Pass as `after` to get the items after this one." })
    cursor!: string;

    @Field(() => nodeType, { description: "The item." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${itemsDescription}.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: "The items of this page, with their cursors." })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: "The items of this page, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Where this page sits, and the cursor for the next one." })
    pageInfo!: PageInfo;

    // A getter that returns a promise (see toConnection): graphql-jit reads simple fields inline,
    // without awaiting them, so this one keeps a resolver.
    @Field(() => Int, { simple: false, description: "How many items the whole list holds, across all pages, for this viewer." })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** `<Name>Order { field, direction }`, the orderBy input of one kind of list. */
export function OrderInputType<F extends string>(fieldEnum: object, name: string, itemsDescription: string, defaultDirection = OrderDirection.ASC) {
  @InputType(`${name}Order`, { description: `How to sort ${itemsDescription}.` })
  class OrderInput {
    @Field(() => fieldEnum, { description: "The field to sort by." })
    field!: F;

    @Field(() => OrderDirection, {
      defaultValue: defaultDirection,
      description: `The direction; ${defaultDirection === OrderDirection.ASC ? "ascending" : "descending"} by default.`,
    })
    direction!: OrderDirection;
  }
  return OrderInput;
}
