import type { IncomingMessage, ServerResponse } from "node:http";
import type { State } from "../store/types";
import type { Stats } from "../stats";
import { signJwt, type Claims } from "../tokens/jwt";
import type { Keyring } from "../tokens/keyring";
import { isObject, jsonBody, type Body } from "./body";
import { sendError, sendJson } from "./respond";

export interface TestHookDeps {
  state: State;
  keys: Keyring;
  stats: Stats;
  allowTestSigning: boolean;
}

function poolIdOf(body: Body, res: ServerResponse, deps: TestHookDeps): string | null {
  const poolId = body.userPoolId;
  if (typeof poolId === "string" && deps.state.pools[poolId]) return poolId;
  sendError(res, 404, "ResourceNotFoundException", `User pool ${String(poolId)} does not exist.`);
  return null;
}

async function rotateKeys(req: IncomingMessage, res: ServerResponse, deps: TestHookDeps): Promise<void> {
  const body = await jsonBody(req, res, '{"userPoolId": "us-east-1_abc"}');
  const poolId = body && poolIdOf(body, res, deps);
  if (!poolId) return;
  await deps.keys.rotate(poolId);
  sendJson(res, 200, { kids: deps.keys.published(poolId).map((key) => key.kid) }, "application/json");
}

async function sign(req: IncomingMessage, res: ServerResponse, deps: TestHookDeps): Promise<void> {
  if (!deps.allowTestSigning) {
    return sendError(
      res,
      404,
      "ResourceNotFoundException",
      "Test signing is off: start the emulator with --allow-test-signing.",
    );
  }
  const body = await jsonBody(req, res, '{"userPoolId": "…", "tokenUse": "access", "claims": {}}');
  const poolId = body && poolIdOf(body, res, deps);
  if (!body || !poolId) return;
  const { tokenUse, claims, header = {} } = body;
  if ((tokenUse !== "access" && tokenUse !== "id") || !isObject(claims) || !isObject(header)) {
    return sendError(
      res,
      400,
      "InvalidParameterException",
      'Expected tokenUse "access" or "id", a claims object and an optional header object.',
    );
  }
  const key = deps.keys.current(poolId)[tokenUse];
  sendJson(res, 200, { token: signJwt(claims as Claims, key, header as Claims) }, "application/json");
}

/** Hooks for attack and fault tests; returns false when the request is not one of them. */
export async function handleTestHook(
  route: string,
  req: IncomingMessage,
  res: ServerResponse,
  deps: TestHookDeps,
): Promise<boolean> {
  if (route === "GET /_emulator/stats") sendJson(res, 200, deps.stats.snapshot(), "application/json");
  else if (route === "DELETE /_emulator/stats") {
    deps.stats.reset();
    res.writeHead(204).end();
  } else if (route === "POST /_emulator/rotate-keys") await rotateKeys(req, res, deps);
  else if (route === "POST /_emulator/sign") await sign(req, res, deps);
  else return false;
  return true;
}
