import { ListUsersCommand, type UserType } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect } from "vitest";
import { itEmulator } from "./support/emulator-control";
import { uniqueEmail, setupFixture, type Fixture } from "./support/fixture";
import { createConfirmedUser, signInTokens, signUp } from "./support/users";

const fixture = setupFixture();

async function listAllUsers(f: Fixture): Promise<UserType[]> {
  const users: UserType[] = [];
  let PaginationToken: string | undefined;
  do {
    const page = await f.cognito.send(new ListUsersCommand({ UserPoolId: f.poolId, Limit: 60, PaginationToken }));
    users.push(...(page.Users ?? []));
    PaginationToken = page.PaginationToken;
  } while (PaginationToken);
  return users;
}

// Issue 2, "Concurrency": 100 parallel SignUps and 500 parallel InitiateAuths lose nothing.
describe("concurrency", () => {
  itEmulator(
    "keeps every one of 100 parallel SignUps",
    async () => {
      const f = fixture();
      const emails = Array.from({ length: 100 }, (_, index) => uniqueEmail(`parallel${index}`));
      const results = await Promise.all(emails.map((email) => signUp(f, f.enabled, email)));
      const subs = results.map((result) => result.UserSub);
      expect(new Set(subs).size).toBe(100);
      const listed = new Set((await listAllUsers(f)).map((user) => user.Username));
      for (const sub of subs) expect(listed.has(sub)).toBe(true);
    },
    60_000,
  );

  itEmulator(
    "answers 500 parallel InitiateAuths with tokens",
    async () => {
      const f = fixture();
      const users = await Promise.all(Array.from({ length: 20 }, () => createConfirmedUser(f, "busy")));
      const attempts = Array.from({ length: 500 }, (_, index) => users[index % users.length]);
      const results = await Promise.all(
        attempts.map((user) => signInTokens(f, f.enabled, user?.email ?? "", user?.password ?? "")),
      );
      expect(results).toHaveLength(500);
      expect(new Set(results.map((tokens) => tokens.AccessToken)).size).toBe(500);
    },
    120_000,
  );
});
