import "server-only";
import { getConfig } from "../config/env";
import { processSingleton } from "../store/process-singleton";
import { sharedStore } from "../store/shared";
import { createRevocations } from "./revocation";
import { createSignInRegistry } from "./sign-in-registry";

export const signInRegistry = () =>
  processSingleton("sign-in-registry", () => createSignInRegistry(sharedStore(), getConfig().session));

export const revocations = () =>
  processSingleton("revocations", () => createRevocations(sharedStore(), getConfig().session));

const LOG_EVERY_MS = 60_000;
let lastReport = -Infinity;

export function reportStoreUnavailable(error: unknown): void {
  if (Date.now() - lastReport < LOG_EVERY_MS) return;
  lastReport = Date.now();
  console.error(
    "[auth] shared store unavailable: sessions cannot be verified",
    error instanceof Error ? error.name : typeof error,
  );
}
