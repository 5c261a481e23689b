import type { Sql } from "postgres";

/**
 * postgres.js prepares the statements of its tagged templates, but drizzle sends every query
 * through `unsafe`, unprepared: PostgreSQL would parse and plan each statement again on every
 * request (the look-ahead compiler's statements are large). This asks for prepared statements on
 * every query, in transactions and savepoints too; postgres.js keeps them per connection by text.
 */
export function preparing<T extends Sql>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, parameters?: unknown[], options?: object) => target.unsafe(query, parameters as never, { ...options, prepare: true });
      }
      if (property === "begin" || property === "savepoint") {
        return (...args: unknown[]) => {
          const body = args.pop() as (transaction: Sql) => unknown;
          return (Reflect.get(target, property) as (...a: unknown[]) => unknown)(...args, (transaction: Sql) => body(preparing(transaction)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
