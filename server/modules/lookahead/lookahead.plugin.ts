import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../../context.js";
import { answerInSql, type AnswerSources } from "../../shared/lookahead/answer.js";
import { RenderedStatements } from "../../shared/lookahead/rendered.js";
import { fieldShapes } from "./lookahead.fields.js";
import { relations } from "./lookahead.relations.js";

/**
 * Answers a query the look-ahead compiler can read whole with its one statement, in place of
 * execution (Apollo's `responseForOperation`: parsing, validation, limits, cost and logging have
 * run already). Any other query, one whose statement the database refuses, and one whose viewer,
 * remembered from an earlier request, no longer holds (the next plugin reads it again), executes as usual.
 */
export function wholeAnswersPlugin(): ApolloServerPlugin<Context> {
  const sources: AnswerSources = { relations, shapes: fieldShapes, statements: new RenderedStatements() };
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue, schema, document, operation, request }) {
          // No operation: the name matches none, which execution reports.
          if (!contextValue.answers || !operation) return null;
          const data = await answerInSql(contextValue, { schema, document, operation, variables: request.variables }, sources);
          if (!data) return null;
          // Written to the client as PostgreSQL wrote it (`stringifyResult`, graphql-express.ts), never parsed here.
          contextValue.http.wholeAnswer = data;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data: data as unknown as Record<string, unknown> } } };
        },
      };
    },
  };
}
