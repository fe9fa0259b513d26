import { describe, expect } from "vitest";
import { itEmulator, latestCode } from "./support/emulator-control";
import { createClient, createPool, uniqueEmail, type Fixture } from "./support/fixture";
import { decodeJwt, fetchJwks } from "./support/jwt";
import { startEmulatorTarget } from "./support/target";
import { createConfirmedUser, signInTokens, signUp } from "./support/users";
import type { EmulatorOptions } from "../../emulator/index";

// Emulator-only switches (emulator/README.md): a fixed code for tests, short token lifetimes,
// a signing key per data directory, and the outbox shown in the log.
async function withEmulator(options: EmulatorOptions, body: (f: Fixture) => Promise<void>) {
  const target = await startEmulatorTarget({ inMemory: true, ...options });
  try {
    const poolId = await createPool(target);
    const client = await createClient(target, poolId, { PreventUserExistenceErrors: "ENABLED" });
    await body({ target, cognito: target.client, poolId, legacy: client, enabled: client, confidential: client });
  } finally {
    await target.close();
  }
}

describe("emulator options", () => {
  itEmulator("emails the fixed code when one is configured", async () => {
    await withEmulator({ fixedCode: "424242" }, async (f) => {
      const email = uniqueEmail("fixed");
      await signUp(f, f.enabled, email);
      expect(await latestCode(f.target.endpoint, email, "SIGN_UP")).toBe("424242");
    });
  });

  itEmulator("allows one-second tokens only with allowShortTokens", async () => {
    await withEmulator({ allowShortTokens: true }, async (f) => {
      const short = await createClient(f.target, f.poolId, {
        AccessTokenValidity: 1,
        TokenValidityUnits: { AccessToken: "seconds" },
      });
      const user = await createConfirmedUser(f);
      const { AccessToken } = await signInTokens(f, short, user.email, user.password);
      const { exp, iat } = decodeJwt(AccessToken).payload;
      expect(Number(exp) - Number(iat)).toBe(1);
    });
  });

  itEmulator("signs with a key of its own for each store", async () => {
    const moduli: string[] = [];
    for (let run = 0; run < 2; run += 1) {
      await withEmulator({}, async (f) => void moduli.push(...(await fetchJwks(f)).keys.map((key) => key.n ?? "")));
    }
    expect(new Set(moduli).size).toBe(moduli.length);
  });

  itEmulator("shows every emailed code in its log", async () => {
    const lines: string[] = [];
    await withEmulator({ log: (line) => void lines.push(line) }, async (f) => {
      const email = uniqueEmail("logged");
      await signUp(f, f.enabled, email);
      const code = await latestCode(f.target.endpoint, email, "SIGN_UP");
      const log = lines.join("\n");
      expect(log).toContain(email);
      expect(log).toContain(code);
    });
  });
});
