/**
 * The hub's HTTP server (createExpressServer): requests and responses reach Express already made
 * with its prototypes, so Express's own swap in `app.handle` changes nothing (why: the module's
 * comment and bench/README.md, step 35), and Express's request and response methods still work.
 */
import express from "express";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createExpressServer } from "../server/express-server.js";

const app = express();
const server = createExpressServer(app);
const seen: { requestHasExpressPrototype: boolean; responseHasExpressPrototype: boolean }[] = [];
let url: string;

beforeAll(async () => {
  // Runs before Express's listener, so it sees the objects as the HTTP server made them.
  server.prependListener("request", (request, response) => {
    seen.push({
      requestHasExpressPrototype: Object.getPrototypeOf(request) === app.request,
      responseHasExpressPrototype: Object.getPrototypeOf(response) === app.response,
    });
  });
  app.use(express.json());
  app.post("/echo", (request, response) => {
    response.status(201).set("x-echo", request.get("x-echo") ?? "").json({ body: request.body, path: request.path });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("hands Express requests and responses that already have the app's prototypes", async () => {
  const answer = await fetch(`${url}/echo?x=1`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-echo": "5" },
    body: JSON.stringify({ title: "أولوية" }),
  });
  expect(answer.status).toBe(201);
  expect(answer.headers.get("x-echo")).toBe("5");
  expect(await answer.json()).toEqual({ body: { title: "أولوية" }, path: "/echo" });
  expect(seen).toEqual([{ requestHasExpressPrototype: true, responseHasExpressPrototype: true }]);
});

it("still answers what no route takes with Express's 404", async () => {
  const answer = await fetch(`${url}/nowhere`);
  expect(answer.status).toBe(404);
  expect(seen.at(-1)).toEqual({ requestHasExpressPrototype: true, responseHasExpressPrototype: true });
});
