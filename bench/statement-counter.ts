/**
 * Counts the SQL statements a server sends to PostgreSQL, from the wire: a TCP proxy in front of
 * the database that reads the frontend protocol messages (Query, Parse, Bind, Execute) and passes
 * every byte on unchanged. It needs no extension, no superuser and no server restart, and it counts
 * the same way for every client library (postgres.js, node-postgres).
 *
 * A statement is a simple Query message or an Execute of an extended-protocol portal. Transaction
 * control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, SET …) is counted apart, and so are a client's
 * connection set-up queries on the system catalogs (postgres.js reads pg_type on each new
 * connection), so `statements` is the number of SQL statements that read or write data.
 *
 * Only used while counting: the throughput runs connect straight to PostgreSQL.
 */
import { createConnection, createServer, type AddressInfo, type Server, type Socket } from "node:net";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CONTROL = /^\s*(begin|start\s+transaction|commit|end|rollback|abort|savepoint|release|set|reset|show|deallocate|discard|prepare\s+transaction)\b/i;

const SETUP = /\bpg_catalog\.|\bfrom\s+pg_type\b/i;

export interface StatementCounts {
  statements: number;
  transactionControl: number;
  setup: number;
}

export class StatementCounter {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  readonly counts: StatementCounts = { statements: 0, transactionControl: 0, setup: 0 };
  /** While set, the text of each statement is recorded here (`--show-sql`). */
  recording: string[] | null = null;

  constructor(
    private readonly target: { host: string; port: number },
  ) {}

  async start(): Promise<number> {
    this.server = createServer((client) => this.connect(client));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return (this.server.address() as AddressInfo).port;
  }

  snapshot(): StatementCounts {
    return { ...this.counts };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private count(text: string | undefined): void {
    if (text !== undefined && CONTROL.test(text)) this.counts.transactionControl++;
    else if (text !== undefined && SETUP.test(text)) this.counts.setup++;
    else this.counts.statements++;
    if (this.recording && text !== undefined) this.recording.push(text.replace(/\s+/g, " ").trim());
  }

  private connect(client: Socket): void {
    const upstream = createConnection(this.target);
    this.sockets.add(client).add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
    upstream.pipe(client);

    // Per-connection protocol state.
    let startup = true;
    let buffer: Buffer = Buffer.alloc(0);
    const statements = new Map<string, string>();
    const portals = new Map<string, string | undefined>();
    const cstring = (data: Buffer, offset: number): [string, number] => {
      const end = data.indexOf(0, offset);
      return [data.toString("utf8", offset, end), end + 1];
    };

    client.on("data", (chunk: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      const forward: Buffer[] = [];
      for (;;) {
        if (startup) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            client.write("N"); // no encryption through the counter; the client goes on in clear
            continue;
          }
          forward.push(message);
          startup = false;
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const type = String.fromCharCode(buffer[0]!);
        const message = buffer.subarray(0, 1 + length);
        buffer = buffer.subarray(1 + length);
        forward.push(message);
        const body = message.subarray(5);
        if (type === "Q") {
          this.count(cstring(body, 0)[0]);
        } else if (type === "P") {
          const [name, next] = cstring(body, 0);
          statements.set(name, cstring(body, next)[0]);
        } else if (type === "B") {
          const [portal, next] = cstring(body, 0);
          portals.set(portal, statements.get(cstring(body, next)[0]));
        } else if (type === "E") {
          this.count(portals.get(cstring(body, 0)[0]));
        } else if (type === "C" && body[0] === 0x53 /* 'S': close a statement */) {
          statements.delete(cstring(body, 1)[0]);
        }
      }
      if (forward.length) upstream.write(forward.length === 1 ? forward[0]! : Buffer.concat(forward));
    });
  }
}
