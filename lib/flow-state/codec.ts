import type { z } from "zod";
import { createSealReader, seal } from "../session/seal";

/** A short-lived, sealed value that one auth flow keeps between requests (challenge, recovery, cooldown). */
export interface FlowCodec<T> {
  readonly name: string;
  readonly ttlSeconds: number;
  seal(value: T, secrets: readonly string[], ttlSeconds?: number): Promise<string>;
  unseal(sealed: string, secrets: readonly string[]): Promise<T | null>;
}

export function createFlowCodec<T>(name: string, schema: z.ZodType<T>, ttlSeconds: number): FlowCodec<T> {
  const read = createSealReader((data) => {
    const parsed = schema.safeParse(data);
    return parsed.success ? parsed.data : null;
  });
  return {
    name,
    ttlSeconds,
    seal: (value, secrets, ttl = ttlSeconds) => seal(value, secrets, ttl),
    unseal: (sealed, secrets) => read(sealed, secrets),
  };
}

/** `__Host-` in production, like the session cookies, so no subdomain or path can plant one. */
export function flowCookieName(name: string, secure: boolean): string {
  return `${secure ? "__Host-" : ""}cruddur-${name}`;
}

/** Named here so middleware can hand it over to the render without loading the form code. */
export const FORM_FLASH_COOKIE = "form-flash";
export const FORM_FLASH_HEADER = "x-cruddur-form-flash";
