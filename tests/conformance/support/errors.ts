import { expect } from "vitest";

/**
 * Asserts that a call fails with the Cognito error `name` (the wire `__type`), and,
 * when given, a message: a string is compared exactly, a RegExp is matched.
 */
export async function expectCognitoError(call: Promise<unknown>, name: string, message?: string | RegExp) {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome, `expected ${name}, but the call succeeded`).toBeInstanceOf(Error);
  const error = outcome as Error;
  expect(error.name, error.message).toBe(name);
  if (typeof message === "string") expect(error.message).toBe(message);
  else if (message) expect(error.message).toMatch(message);
  return error;
}

export const INCORRECT_CREDENTIALS = "Incorrect username or password.";
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
