import { AuthError } from "./errors";

type Attempt<T> = { ok: true; value: T } | { ok: false; error: AuthError };

// Only expected Cognito failures become a value; a bug in our own code still throws, to reach the log.
export async function attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, error };
    throw error;
  }
}
