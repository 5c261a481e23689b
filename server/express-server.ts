import type { Express } from "express";
import { createServer, IncomingMessage, ServerResponse, type Server } from "node:http";
import type { Socket } from "node:net";

/**
 * An HTTP server for an Express app whose requests and responses are made with the app's
 * prototypes. Express otherwise swaps the prototype of every request and response as it takes
 * them (`Object.setPrototypeOf` in `app.handle`), and V8 then keeps more of each request past its
 * young-generation collections: the old generation fills with finished requests between full
 * collections, and that set the server's peak memory under load (bench/README.md, step 35).
 * Given objects that already have the prototype, Express's swap changes nothing. Node's
 * IncomingMessage and ServerResponse are plain constructor functions, so they are called on the
 * new object; `Reflect.construct` measured a smaller gain.
 */
export function createExpressServer(app: Express): Server {
  function Request(this: IncomingMessage, socket: Socket) {
    (IncomingMessage as unknown as (this: IncomingMessage, socket: Socket) => void).call(this, socket);
  }
  Request.prototype = app.request;
  function Response(this: ServerResponse, request: IncomingMessage, options?: object) {
    (ServerResponse as unknown as (this: ServerResponse, request: IncomingMessage, options?: object) => void).call(this, request, options);
  }
  Response.prototype = app.response;
  return createServer({ IncomingMessage: Request as unknown as typeof IncomingMessage, ServerResponse: Response as unknown as typeof ServerResponse }, app);
}
