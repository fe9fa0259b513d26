import "server-only";
import { sharedStoreOrLocal } from "../store/shared";

const PENDING_TTL_MS = 24 * 60 * 60_000;
const key = (sub: string) => `pending-email:${sub}`;

/** GetUser does not show the address waiting for its code, so the app remembers it for every device. */
export const pendingEmail = {
  get: (sub: string) => sharedStoreOrLocal().get(key(sub)),
  set: (sub: string, email: string) => sharedStoreOrLocal().set(key(sub), email, PENDING_TTL_MS),
  clear: (sub: string) => sharedStoreOrLocal().delete([key(sub)]),
};
