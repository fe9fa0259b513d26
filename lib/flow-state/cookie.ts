import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "../config/env";
import { MAX_SET_COOKIE_BYTES } from "../session/chunks";
import { flowCookieName, type FlowCodec } from "./codec";

/** Room for the cookie's name and attributes inside the browser's 4096-byte limit. */
const MAX_VALUE_BYTES = MAX_SET_COOKIE_BYTES - 200;

function nameOf(codec: FlowCodec<unknown>): string {
  return flowCookieName(codec.name, getConfig().isProduction);
}

function options(maxAge: number) {
  return { httpOnly: true, secure: getConfig().isProduction, sameSite: "lax", path: "/", maxAge } as const;
}

/** Null when absent, tampered, foreign or expired. Readable from pages, actions and route handlers. */
export async function readFlow<T>(codec: FlowCodec<T>): Promise<T | null> {
  const sealed = (await cookies()).get(nameOf(codec))?.value;
  return sealed ? codec.unseal(sealed, getConfig().sessionSecrets) : null;
}

/** For server actions. False when the sealed value would not fit in a cookie. */
export async function writeFlow<T>(codec: FlowCodec<T>, value: T, ttlSeconds = codec.ttlSeconds): Promise<boolean> {
  const sealed = await codec.seal(value, getConfig().sessionSecrets, ttlSeconds);
  if (encodeURIComponent(sealed).length > MAX_VALUE_BYTES) {
    console.warn("[flow-state] value too large for a cookie", { cookie: codec.name });
    return false;
  }
  (await cookies()).set(nameOf(codec), sealed, options(ttlSeconds));
  return true;
}

export async function clearFlow(codec: FlowCodec<unknown>): Promise<void> {
  (await cookies()).set(nameOf(codec), "", options(0));
}
