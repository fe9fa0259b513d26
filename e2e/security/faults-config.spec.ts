import { expect, test } from "@playwright/test";
import { recordFault, type FaultCaseId } from "../../tests/security-doc/fault-cases";
import { newSessionSecret } from "../../lib/config/session-secret";
import { startWithConfig } from "./support/fault-config";

// "Refused" means: `next start` exits non-zero at start-up and says which variable is wrong, so
// an orchestrator sees a failed deploy, rather than a server that answers 500 on every route.

const VALID = {
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_COGNITO_USER_POOL_ID: "us-east-1_Config123",
  AWS_COGNITO_USER_POOL_CLIENT_ID: "configclient123",
  SESSION_SECRET: newSessionSecret(),
  // Loopback and closed: nothing here may reach AWS, and anonymous pages never call Cognito.
  AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "http://127.0.0.1:9",
  ALLOW_COGNITO_EMULATOR_IN_PRODUCTION: "true",
};

const { AWS_COGNITO_USER_POOL_ID: poolId, ...withoutPoolId } = VALID;

const broken: { caseId: FaultCaseId; label: string; env: Record<string, string>; message: string }[] = [
  {
    caseId: "config-missing",
    label: "a missing pool id",
    env: withoutPoolId,
    message: "AWS_COGNITO_USER_POOL_ID is required",
  },
  {
    caseId: "config-short-secret",
    label: "a short session secret",
    env: { ...VALID, SESSION_SECRET: "tooshort12" },
    message: "SESSION_SECRET must be <rotation counter>.<secret>",
  },
  {
    caseId: "config-typo",
    label: "a misspelt variable",
    env: { ...withoutPoolId, AWS_COGNITO_USERPOOL_ID: poolId },
    message: "AWS_COGNITO_USERPOOL_ID is not a Cruddur variable: did you mean AWS_COGNITO_USER_POOL_ID?",
  },
];

for (const { caseId, label, env, message } of broken) {
  test(`next start with ${label} refuses to start and names the variable`, async () => {
    const outcome = await startWithConfig(env);
    expect(outcome.statuses, "it served requests instead of refusing to start").toEqual({});
    expect(outcome.exitCode, "exit code").not.toBeNull();
    expect(outcome.exitCode, "exit code").not.toBe(0);
    expect(outcome.output).toContain(message);
    recordFault(caseId, `exited with ${outcome.exitCode}: “${message}”`);
  });
}

test("next start with a valid configuration serves pages (control)", async () => {
  const outcome = await startWithConfig(VALID);
  expect(outcome.exitCode).toBeNull();
  expect(outcome.statuses).toEqual({ "/": 200, "/signin": 200, "/about": 200, "/notifications": 307, "/api/me": 401 });
  recordFault(
    "config-valid",
    `served ${Object.entries(outcome.statuses)
      .map(([path, status]) => `${path} ${status}`)
      .join(", ")}`,
  );
});
