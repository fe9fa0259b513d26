import { afterEach, describe, expect, it, vi } from "vitest";
import { accountId } from "../log/account-id";
import { authLog, createAuthLog, type AuthLog } from "./auth-log";
import { redact } from "../log/redact";

const PASSWORD = "Hunter2-Correct-Horse!";
const CODE = "492817";
const JWT = "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJhYmMiLCJ0b2tlbl91c2UiOiJhY2Nlc3MifQ.c2lnbmF0dXJl";
const REFRESH_TOKEN = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.aGVsbG8.d29ybGQ.Zm9v.YmFy";
const OPAQUE_REFRESH_TOKEN = "rt_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const SEAL = "Fe26.2**4c1d9e0d8a2b**wR1Tz7q0X3Jx**7hZkUq**1767225600000**a1b2c3**MAC";
const COGNITO_ID = "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b";
const SECRETS = [PASSWORD, CODE, JWT, REFRESH_TOKEN, OPAQUE_REFRESH_TOKEN, SEAL];

function capture(): { log: AuthLog; lines: string[] } {
  const lines: string[] = [];
  return { log: createAuthLog((line) => lines.push(line)), lines };
}

// Callers are typed, but a bug could still pass a secret anywhere: smuggle them into every slot.
const smuggled = <T>(value: string) => value as unknown as T;

async function callEveryFunction(log: AuthLog, secret: string) {
  await log.signInSucceeded(secret);
  await log.signInFailed(secret, { code: smuggled(secret), requestId: secret });
  await log.signInFailed(secret, { code: "locked-out", requestId: secret });
  await log.signedOut({ email: secret, sub: secret }, { everywhere: smuggled(secret) });
  await log.refreshed({ email: secret });
  await log.refreshFailed({ sub: secret }, smuggled(secret));
  await log.rateLimited({ action: secret, key: secret, account: secret, retryAfterSeconds: smuggled(secret) });
}

describe("auth log", () => {
  it.each(SECRETS.map((secret) => [secret.slice(0, 12), secret]))(
    "never writes a secret (%s…) from any function",
    async (_, secret) => {
      const { log, lines } = capture();
      await callEveryFunction(log, secret);
      expect(lines).toHaveLength(7);
      for (const line of lines) expect(line).not.toContain(secret);
      expect(lines.join("\n")).not.toMatch(/eyJ|Fe26\./);
    },
  );

  it("writes one JSON object per line with event, outcome, reason, hashed account and time", async () => {
    const { log, lines } = capture();
    await log.signInFailed("Ana@Example.com ", { code: "invalid-credentials", requestId: COGNITO_ID });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? "");
    expect(record).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      log: "auth",
      event: "sign-in",
      outcome: "failure",
      reason: "invalid-credentials",
      cognitoRequestId: COGNITO_ID,
      account: await accountId("ana@example.com"),
    });
    expect(record.account).toMatch(/^[0-9a-f]{12}$/);
  });

  it("hashes the normalised email: the first 12 hex of SHA-256", async () => {
    // sha256("ana@example.com")
    const { createHash } = await import("node:crypto");
    const expected = createHash("sha256").update("ana@example.com").digest("hex").slice(0, 12);
    expect(await accountId(" ANA@example.com")).toBe(expected);
    expect(await accountId({ sub: "1234-abcd" })).toMatch(/^[0-9a-f]{12}$/);
    expect(await accountId(undefined)).toBeUndefined();
  });

  it("names lockouts, sign-outs, refreshes and rate limits as their own events", async () => {
    const { log, lines } = capture();
    await log.signInFailed("ana@example.com", { code: "locked-out" });
    await log.signedOut({ email: "ana@example.com" }, { everywhere: true });
    await log.refreshed({ email: "ana@example.com" });
    await log.refreshFailed({ email: "ana@example.com" }, "revoked");
    await log.rateLimited({ action: "sign-in", key: "ip", retryAfterSeconds: 40 });
    expect(lines.map((line) => JSON.parse(line))).toMatchObject([
      { event: "lockout", outcome: "failure", reason: "locked-out" },
      { event: "sign-out", outcome: "success", everywhere: true },
      { event: "refresh", outcome: "success" },
      { event: "refresh", outcome: "failure", reason: "revoked" },
      { event: "rate-limited", outcome: "blocked", action: "sign-in", limitKey: "ip", retryAfterSeconds: 40 },
    ]);
  });

  it("records a reused refresh token as a suspected theft that ended the sign-in", async () => {
    const { log, lines } = capture();
    await log.refreshTokenReused({ email: "ana@example.com" });
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      event: "refresh",
      outcome: "failure",
      reason: "refresh-token-reused",
      signInEnded: true,
      suspectedTheft: true,
    });
  });

  it("never throws, even when writing fails", async () => {
    const log = createAuthLog(() => {
      throw new Error("disk full");
    });
    await expect(log.signInSucceeded("ana@example.com")).resolves.toBeUndefined();
  });

  describe("the default logger", () => {
    afterEach(() => vi.restoreAllMocks());

    it("writes to stdout as a single line", async () => {
      const spy = vi.spyOn(console, "log").mockImplementation(() => {});
      await authLog.signInSucceeded("ana@example.com");
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0]?.[0])).toMatch(/^\{"time":.*"event":"sign-in","outcome":"success".*\}$/);
    });
  });
});

describe("redact", () => {
  it("drops fields named like secrets, whatever their value", () => {
    const kept = redact({
      password: "x",
      newPassword: "x",
      code: "123",
      accessToken: "t",
      refresh_token: "t",
      clientSecret: "s",
      sessionSeal: "s",
      cookie: "c",
      reason: "code-mismatch",
    });
    expect(kept).toEqual({ reason: "code-mismatch" });
  });

  it("drops values that look like a JWT or an iron seal, or are not short plain text", () => {
    expect(
      redact({
        a: JWT,
        b: SEAL,
        c: "Fe26.1*x",
        d: "x".repeat(200),
        e: "has space",
        f: "line\nbreak",
        g: "ok-value",
        h: 3,
        i: true,
      }),
    ).toEqual({
      g: "ok-value",
      h: 3,
      i: true,
    });
  });
});
