/**
 * The direct route: a mutation answered directly (direct-answers.plugin.ts) whose text and
 * operation name Apollo's pipeline has accepted before is answered without that pipeline. Parsing,
 * validation (depth, aliases, directives, introspection) and trusted documents depend on the text
 * alone, and Apollo accepted it; what depends on the request is done here as the pipeline does it:
 * the request's shape, the context, the cost and the rate limit (the same `CostGate`), a
 * remembered viewer read again before a mutation that does not confirm it itself, the operation's
 * name in the log, `extensions.cost`, and the content type (negotiated by the HTTP handler,
 * graphql-express.ts). Apollo's pipeline was 0.1–0.2 ms of the 0.5–0.8 ms of server CPU a
 * `progressReportSubmit` took (bench/README.md, step 38).
 *
 * Only a clean answer is written here. Anything else goes on to Apollo with the context, the charge,
 * the viewer's refusal and any answer already made, so that nothing runs, is charged or reads the
 * token twice: a request that is not a plain POST of an accepted text, a context that cannot be
 * made, a cost refused, a viewer refused, variables that do not coerce, an answer with errors, and
 * a remembered viewer still unconfirmed after the mutation (the viewer-confirmation plugin answers 401).
 */
import type { Request, Response } from "express";
import type { GraphQLError } from "graphql";
import type { Context } from "../../context.js";
import type { CostGate } from "../../limits/limits.plugin.js";
import { stringifyResult } from "../../shared/json-text.js";
import { refusalOf } from "../auth/viewer-confirmation.plugin.js";
import { answerDirectly, type AcceptedOperation, type DirectAnswers } from "./direct-answers.plugin.js";

/** Given the content type negotiated for the answer: the context for Apollo to take over the request with, or null when the route answered it. */
export type DirectRoute = (req: Request, res: Response, contentType: string, context: () => Promise<Context>) => Promise<(() => Promise<Context>) | null>;

export function directRoute(answers: DirectAnswers, costGate: CostGate): DirectRoute {
  return async (req, res, contentType, createContext) => {
    const accepted = acceptedRequest(answers, req);
    if (!accepted) return createContext;
    let ctx: Context;
    try {
      ctx = await createContext();
    } catch (error) {
      return () => Promise.reject(error);
    }
    const handOver = async () => ctx;
    if (!ctx.answers) return handOver;
    const { operation, operationName, variables } = accepted;
    const charge = costGate.charge(operation.document, operationName, variables, ctx.viewer.user.id);
    if (!charge) return handOver;
    ctx.http.cost = charge;
    if (charge.refusal) return handOver;
    ctx.log.operationName = operation.plan.name;
    const refusal = operation.plan.confirmsItsViewer ? null : await viewerRefusal(ctx);
    if (refusal !== null) {
      ctx.http.viewerRefusal = refusal;
      return handOver;
    }
    const answer = await answerDirectly(operation.plan, ctx, variables);
    if (!answer) return handOver;
    if (answer.errors || ctx.unconfirmed) {
      ctx.http.directAnswer = answer;
      return handOver;
    }
    res.statusCode = 200;
    res.setHeader("content-type", contentType);
    res.send(stringifyResult({ data: answer.data as Record<string, unknown>, extensions: { cost: costGate.report(charge) } }));
    return null;
  };
}

/**
 * A remembered viewer read again, as the viewer-confirmation plugin reads it before a mutation
 * runs: null when it holds; why it does not (a token no longer valid, the database unavailable),
 * which the plugin then answers without reading it once more; undefined when reading failed
 * otherwise, and the plugin reads it again and reports that as it would.
 */
async function viewerRefusal(ctx: Context): Promise<GraphQLError | null | undefined> {
  try {
    return await refusalOf(ctx);
  } catch {
    return undefined;
  }
}

interface AcceptedRequest {
  operation: AcceptedOperation;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

/** A POST whose JSON body (express.json parsed it: not a request a browser sends cross-site unasked) Apollo would read as an accepted operation, without extensions. */
function acceptedRequest(answers: DirectAnswers, req: Request): AcceptedRequest | undefined {
  const body: unknown = req.body;
  if (req.method !== "POST" || !isRecord(body) || typeof body.query !== "string" || (body.extensions ?? null) !== null) return undefined;
  const { operationName, variables } = body;
  if (operationName != null && typeof operationName !== "string") return undefined;
  if (variables != null && !isRecord(variables)) return undefined;
  const operation = answers.acceptedFor(body.query, operationName ?? undefined);
  return operation && { operation, operationName: operationName ?? undefined, variables: (variables ?? {}) as Record<string, unknown> };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value) && !Buffer.isBuffer(value);
}
