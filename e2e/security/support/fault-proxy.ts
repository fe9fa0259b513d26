import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the JWKS path does: answer normally, never answer, answer late, answer junk, or fail. */
export type JwksFault = "pass" | "hang" | "slow" | "garbage" | "not-a-jwks" | "error";
export type CognitoException = "TooManyRequestsException" | "LimitExceededException";

export interface Faults {
  jwks: JwksFault;
  /** How late "slow" answers, in ms. */
  slowMs: number;
  /** Cognito operations (X-Amz-Target suffix) answered with an exception instead of reaching the emulator. */
  exceptions: Partial<Record<string, CognitoException>>;
  /** Every Cognito API call is accepted and never answered. */
  hangCognito: boolean;
  /** Keys (by kid) left out of the JWKS the proxy passes on, as if Cognito had retired them. */
  jwksWithout: string[];
  /** Sent as the JWKS's Cache-Control max-age, when set. */
  jwksMaxAgeSeconds?: number;
}

export interface FaultProxy {
  url: string;
  set(faults: Partial<Faults>): void;
  reset(): void;
  /** Requests seen: "jwks", or an operation such as "InitiateAuth:REFRESH_TOKEN_AUTH" or "GetUser". */
  hits(kind: string): number;
  close(): Promise<void>;
}

const HEALTHY: Faults = { jwks: "pass", slowMs: 0, exceptions: {}, hangCognito: false, jwksWithout: [] };
const JWKS_PATH = /\/\.well-known\/jwks\.json$/;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function operationOf(req: IncomingMessage, body: Buffer): string {
  const operation =
    String(req.headers["x-amz-target"] ?? "")
      .split(".")
      .pop() ?? "";
  if (operation !== "InitiateAuth") return operation;
  const flow = (JSON.parse(body.toString("utf8") || "{}") as { AuthFlow?: string }).AuthFlow;
  return `${operation}:${flow ?? "?"}`;
}

function forward(upstream: string, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  const target = new URL(req.url ?? "/", upstream);
  const outgoing = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  outgoing.on("error", () => res.destroy());
  outgoing.end(body);
}

/** The emulator's JWKS, minus the retired keys, with the cache lifetime the test asked for. */
async function passJwks(upstream: string, req: IncomingMessage, res: ServerResponse, faults: Faults): Promise<void> {
  const answer = await fetch(new URL(req.url ?? "/", upstream));
  const jwks = (await answer.json()) as { keys: { kid?: string }[] };
  const keys = jwks.keys.filter((key) => !faults.jwksWithout.includes(key.kid ?? ""));
  const maxAge = faults.jwksMaxAgeSeconds;
  res.writeHead(answer.status, {
    "content-type": "application/json",
    ...(maxAge !== undefined && { "cache-control": `max-age=${maxAge}` }),
  });
  res.end(JSON.stringify({ keys }));
}

function throwException(res: ServerResponse, name: CognitoException): void {
  res.writeHead(400, {
    "content-type": "application/x-amz-json-1.1",
    "x-amzn-errortype": `${name}:`,
    "x-amzn-requestid": "fault-proxy",
  });
  res.end(JSON.stringify({ __type: name, message: "Rate exceeded" }));
}

function jwksFault(fault: JwksFault, res: ServerResponse): boolean {
  if (fault === "garbage") res.writeHead(200, { "content-type": "application/json" }).end("<html>\u0000not json");
  else if (fault === "not-a-jwks")
    res.writeHead(200, { "content-type": "application/json" }).end('{"keys":[{"kty":"oct","k":"AAAA"}]}');
  else if (fault === "error") res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
  return fault === "garbage" || fault === "not-a-jwks" || fault === "error";
}

/**
 * A loopback stand-in for Cognito that forwards to the emulator, except where a test asks it
 * to misbehave: the app under test is pointed at this instead of the emulator.
 */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  let faults: Faults = { ...HEALTHY };
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const count = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (req.method === "GET" && JWKS_PATH.test(req.url ?? "")) {
        count("jwks");
        if (faults.jwks === "hang" || jwksFault(faults.jwks, res)) return;
        if (faults.jwks === "slow") await new Promise((resolve) => setTimeout(resolve, faults.slowMs));
        if (faults.jwksWithout.length === 0 && faults.jwksMaxAgeSeconds === undefined) {
          return forward(upstream, req, body, res);
        }
        return passJwks(upstream, req, res, faults);
      }
      const operation = operationOf(req, body);
      if (operation) count(operation);
      if (faults.hangCognito && operation) return;
      const exception = faults.exceptions[operation.split(":")[0] ?? ""];
      if (exception) return throwException(res, exception);
      forward(upstream, req, body, res);
    })().catch(() => res.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (changes) => (faults = { ...faults, ...changes }),
    reset: () => (faults = { ...HEALTHY }),
    hits: (kind) => counts.get(kind) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
