import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../clock";
import type { Outbox } from "../outbox";
import type { Store } from "../store/store";
import type { State } from "../store/types";
import { issuerOf } from "../tokens/issue";
import { jwks } from "../tokens/jwt";
import { postAppMail } from "./app-mail";
import { readBody } from "./body";
import { sendError, sendJson } from "./respond";
import { handleTestHook, type TestHookDeps } from "./test-hooks";

export interface ControlDeps extends TestHookDeps {
  state: State;
  store: Store;
  outbox: Outbox;
  clock: Clock;
  baseUrl: () => string;
}

const WELL_KNOWN = /^\/([\w-]+_[A-Za-z0-9]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

async function clock(req: IncomingMessage, res: ServerResponse, deps: ControlDeps): Promise<void> {
  let body: { advanceSeconds?: unknown; reset?: unknown };
  try {
    body = JSON.parse((await readBody(req)) || "{}") as typeof body;
  } catch {
    return sendError(
      res,
      400,
      "SerializationException",
      'Body must be JSON like {"advanceSeconds": 60} or {"reset": true}',
    );
  }
  if (body.reset === true) deps.clock.reset();
  else if (typeof body.advanceSeconds === "number" && Number.isFinite(body.advanceSeconds))
    deps.clock.advance(body.advanceSeconds);
  else
    return sendError(res, 400, "InvalidParameterException", 'Expected {"advanceSeconds": number} or {"reset": true}');
  sendJson(res, 200, { now: new Date(deps.clock.now()).toISOString() }, "application/json");
}

function wellKnown(res: ServerResponse, deps: ControlDeps, poolId: string, document: string): void {
  if (!deps.state.pools[poolId])
    return sendError(res, 404, "ResourceNotFoundException", `User pool ${poolId} does not exist.`);
  if (document === "jwks.json") {
    deps.stats.jwksFetched(poolId);
    return sendJson(res, 200, jwks(deps.keys.published(poolId)), "application/json");
  }
  sendJson(
    res,
    200,
    {
      issuer: issuerOf(poolId),
      jwks_uri: `${deps.baseUrl()}/${poolId}/.well-known/jwks.json`,
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      response_types_supported: ["code", "token"],
      scopes_supported: ["openid", "email", "phone", "profile"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      claims_supported: ["sub", "email", "email_verified", "name", "preferred_username", "cognito:username"],
    },
    "application/json",
  );
}

/** The emulator's own endpoints; returns false when the request is not one of them. */
export async function handleControl(req: IncomingMessage, res: ServerResponse, deps: ControlDeps): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://emulator");
  const route = `${req.method} ${url.pathname}`;
  if (route === "GET /_emulator/outbox") {
    sendJson(res, 200, deps.outbox.list(url.searchParams.get("email") ?? undefined), "application/json");
  } else if (route === "POST /_emulator/outbox") {
    await postAppMail(req, res, deps);
  } else if (route === "DELETE /_emulator/outbox") {
    deps.outbox.clear();
    deps.store.commit();
    await deps.store.flush();
    res.writeHead(204).end();
  } else if (route === "POST /_emulator/clock") {
    await clock(req, res, deps);
  } else if (route === "GET /_emulator/health") {
    sendJson(res, 200, { ok: true }, "application/json");
  } else if (await handleTestHook(route, req, res, deps)) {
    return true;
  } else if (req.method === "GET" && WELL_KNOWN.test(url.pathname)) {
    const [, poolId = "", document = ""] = WELL_KNOWN.exec(url.pathname) ?? [];
    wellKnown(res, deps, poolId, document);
  } else {
    return false;
  }
  return true;
}
