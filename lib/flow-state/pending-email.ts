import "server-only";
import { sharedStoreOrLocal } from "../store/shared";

/** As long as Cognito's code for a new address stays valid. */
const PENDING_TTL_MS = 24 * 60 * 60_000;
const key = (sub: string) => `pending-email:${sub}`;

/**
 * The address an account asked to switch to, until it is verified. Cognito keeps the old address
 * in effect and GetUser does not show the waiting one, so the app remembers it, for every device.
 */
export const pendingEmail = {
  get: (sub: string) => sharedStoreOrLocal().get(key(sub)),
  set: (sub: string, email: string) => sharedStoreOrLocal().set(key(sub), email, PENDING_TTL_MS),
  clear: (sub: string) => sharedStoreOrLocal().delete([key(sub)]),
};
