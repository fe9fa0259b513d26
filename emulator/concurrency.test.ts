import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AdminConfirmSignUpCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { STATE_FILE } from "./store/store";
import type { State } from "./store/types";
import { createCruddurPool, PASSWORD, startTestEmulator } from "./test-support";

type Started = Awaited<ReturnType<typeof startTestEmulator>>;

async function countUsers(cognito: Started["cognito"], userPoolId: string): Promise<number> {
  let count = 0;
  let token: string | undefined;
  do {
    const page = await cognito.send(new ListUsersCommand({ UserPoolId: userPoolId, PaginationToken: token }));
    count += page.Users?.length ?? 0;
    token = page.PaginationToken;
  } while (token);
  return count;
}

async function hammer({ cognito }: Started) {
  const { userPoolId, clientId } = await createCruddurPool(cognito);
  const emails = Array.from({ length: 100 }, (_, i) => `user${i}@cruddur.test`);
  await Promise.all(
    emails.map((email) => cognito.send(new SignUpCommand({ ClientId: clientId, Username: email, Password: PASSWORD }))),
  );
  await Promise.all(
    emails.map((email) => cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: userPoolId, Username: email }))),
  );
  const signIns = await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      cognito.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: "USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: emails[i % 100] as string, PASSWORD },
        }),
      ),
    ),
  );
  expect(new Set(signIns.map((result) => result.AuthenticationResult?.RefreshToken)).size).toBe(500);
  expect(await countUsers(cognito, userPoolId)).toBe(100);
  return userPoolId;
}

describe("concurrency", () => {
  it("loses nothing in memory under 100 parallel sign-ups and 500 parallel sign-ins", async () => {
    const env = await startTestEmulator();
    try {
      await hammer(env);
    } finally {
      await env.emulator.close();
    }
  }, 60_000);

  it("persists every sign-up and session to the data directory", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "cognito-concurrency-"));
    try {
      const env = await startTestEmulator({ inMemory: false, dataDir });
      const userPoolId = await hammer(env);
      await env.emulator.close();
      const saved = JSON.parse(await readFile(join(dataDir, STATE_FILE), "utf8")) as State;
      const pool = saved.pools[userPoolId];
      expect(Object.keys(pool?.users ?? {})).toHaveLength(100);
      expect(Object.keys(pool?.sessions ?? {})).toHaveLength(500);
      expect(saved.outbox.filter((entry) => entry.kind === "SIGN_UP")).toHaveLength(100);
      const again = await startTestEmulator({ inMemory: false, dataDir });
      expect(await countUsers(again.cognito, userPoolId)).toBe(100);
      await again.emulator.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
