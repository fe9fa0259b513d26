import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { CognitoError } from "../errors";
import type { Ctx } from "../ops/context";
import type { Input } from "../ops/input";
import { dispatch, requiresIam } from "../ops/router";
import { BodyTooLargeError, readBody } from "./body";
import { handleControl, type ControlDeps } from "./control";
import { loopbackRefusal } from "./loopback-guard";
import { sendError, sendJson } from "./respond";

/** Names the emulator on every response, so `npm run dev` and the app can tell it from another Cognito. */
export const SERVER_NAME = "cruddur-cognito-emulator";

const SERVICE = "AWSCognitoIdentityProviderService";

interface ServerDeps extends ControlDeps {
  context: Omit<Ctx, "region">;
  log: (line: string) => void;
}

/** The region in the caller's SigV4 credential scope decides the region of the pools it creates. */
function regionOf(req: IncomingMessage): string {
  const match = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\/cognito-idp\//.exec(String(req.headers.authorization ?? ""));
  return match?.[1] ?? "us-east-1";
}

function parseInput(text: string): Input {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CognitoError("SerializationException", "Request body is not valid JSON.");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new CognitoError("SerializationException", "Request body must be a JSON object.");
  }
  return value as Input;
}

async function handleCognito(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const target = String(req.headers["x-amz-target"] ?? "");
  const [service, operation] = target.split(".");
  if (!target) throw new CognitoError("UnknownOperationException", "Missing X-Amz-Target header.");
  if (service !== SERVICE || !operation)
    throw new CognitoError("UnknownOperationException", `Unknown target ${target}.`);
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      throw new CognitoError("InvalidParameterException", "Request body is larger than 1 MB.");
    throw error;
  }
  const refusal = requiresIam(operation) ? loopbackRefusal(req) : null;
  if (refusal) return refuse(res, refusal);
  deps.stats.operationCalled(operation);
  const ctx: Ctx = { ...deps.context, region: regionOf(req) };
  sendJson(res, 200, await dispatch(ctx, deps.store, operation, parseInput(text)));
}

function refuse(res: ServerResponse, reason: string): void {
  sendError(
    res,
    403,
    "ForbiddenException",
    `${reason} The emulator's control endpoints and admin operations answer only loopback requests that no other web site sent.`,
  );
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  res.setHeader("x-amzn-requestid", randomUUID());
  res.setHeader("server", SERVER_NAME);
  try {
    const refusal = new URL(req.url ?? "/", "http://emulator").pathname.startsWith("/_emulator/")
      ? loopbackRefusal(req)
      : null;
    if (refusal) return refuse(res, refusal);
    if (await handleControl(req, res, deps)) return;
    if (req.method === "POST" && new URL(req.url ?? "/", "http://emulator").pathname === "/") {
      return await handleCognito(req, res, deps);
    }
    sendError(res, 404, "ResourceNotFoundException", `No emulator route for ${req.method} ${req.url}`);
  } catch (error) {
    if (res.headersSent) return;
    if (error instanceof CognitoError) return sendError(res, 400, error.type, error.message);
    deps.log(`cognito-emulator: internal error: ${(error as Error).stack ?? String(error)}`);
    sendError(res, 500, "InternalErrorException", "The Cognito emulator hit an internal error; see its log.");
  }
}

export function createEmulatorServer(deps: ServerDeps): Server {
  const server = createServer((req, res) => void handle(req, res, deps));
  server.keepAliveTimeout = 5_000;
  return server;
}
