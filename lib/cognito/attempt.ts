import { AuthError } from "./errors";

type Attempt<T> = { ok: true; value: T } | { ok: false; error: AuthError };

/**
 * Runs Cognito calls and hands their expected failures back as a value. Anything else (a bug in
 * our own code) still throws, to reach the error boundary and the log.
 */
export async function attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, error };
    throw error;
  }
}
