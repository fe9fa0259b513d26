import type { StackInfo } from "../../tests/stack/start-stack";

/** The stack that global setup started, as seen from a test worker. */
export function stack(): StackInfo {
  const raw = process.env.E2E_STACK;
  if (!raw) throw new Error("E2E_STACK is not set: run the tests through `npm run test:e2e`");
  return JSON.parse(raw) as StackInfo;
}
