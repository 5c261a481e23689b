/**
 * The direct route: a mutation answered directly (direct-answers.plugin.ts) whose text and
 * operation name Apollo's pipeline has accepted before is answered without going through that
 * pipeline again. Parsing, validation (depth, aliases, directives, introspection) and trusted
 * documents depend on the text alone, and Apollo accepted it; what depends on the request is done
 * here as the pipeline does it: the HTTP request's shape, the context, the cost and the rate limit
 * (the same `CostGate`), the operation's name in the log, `extensions.cost`, and the content type
 * (negotiated by the HTTP handler, graphql-express.ts). Apollo's pipeline cost ~0.2 ms of the ~0.8 ms of server CPU a
 * `progressReportSubmit` took, and the write's throughput rose by a fifth without it (bench/README.md, step 38).
 *
 * Only a clean answer is written here. The request goes on to Apollo, with the context, the charge
 * and any answer it already has (nothing runs twice), when: the request is not a plain POST of an
 * accepted text, the context cannot be made, the cost is
 * refused, a remembered viewer no longer holds, the variables do not coerce, the answer has
 * errors, or a remembered viewer is still unconfirmed after it (the viewer-confirmation plugin
 * answers 401; a token read again and refused here is read once more there).
 */
import type { Request, Response } from "express";
import { confirmViewer, type Context } from "../../context.js";
import type { CostGate } from "../../limits/limits.plugin.js";
import { stringifyResult } from "../../shared/json-text.js";
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
    ctx.log.operationName = operation.name;
    if (!operation.confirmsItsViewer && !(await confirmedBeforeRunning(ctx))) return handOver;
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

/** A remembered viewer read again, as the viewer-confirmation plugin does before a mutation runs; false when Apollo is to refuse it (or say the database is unavailable). */
async function confirmedBeforeRunning(ctx: Context): Promise<boolean> {
  try {
    return await confirmViewer(ctx);
  } catch {
    return false;
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
