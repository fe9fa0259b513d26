import { AssociateSoftwareTokenCommand, VerifySoftwareTokenCommand } from "@aws-sdk/client-cognito-identity-provider";
import { beforeAll, describe, expect, it } from "vitest";
import { itEmulator, itWithClock, wrongCode } from "./support/emulator-control";
import { expectCognitoError } from "./support/errors";
import { setupFixture, type Fixture } from "./support/fixture";
import { associate, poolWithMfa, setPoolMfa, verify } from "./support/mfa";
import { midStep, totpCode } from "./support/totp";
import { createConfirmedUser, signInTokens } from "./support/users";

const fixture = setupFixture();
beforeAll(async () => setPoolMfa(fixture(), fixture().poolId, "OPTIONAL"));

async function signedIn(f: Fixture) {
  const user = await createConfirmedUser(f, "totp");
  return signInTokens(f, f.enabled, user.email, user.password);
}

// AssociateSoftwareToken (API reference; "TOTP software token MFA"): returns a unique generated
// shared secret for the TOTP algorithm; the request takes an access token or a session, not both;
// a pool without TOTP MFA answers SoftwareTokenMFANotFoundException.
describe("AssociateSoftwareToken", () => {
  it("returns a new base32 secret for the signed-in user on every call", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    const first = await f.cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: tokens.AccessToken }));
    const second = await associate(f, tokens.AccessToken);
    expect(first.SecretCode).toMatch(/^[A-Z2-7]{16,}$/);
    expect(first.Session).toBeUndefined();
    expect(second).not.toBe(first.SecretCode);
  });

  it("refuses a pool where TOTP MFA is not enabled with SoftwareTokenMFANotFoundException", async () => {
    const off = await poolWithMfa(fixture(), "OFF");
    await expectCognitoError(associate(off, (await signedIn(off)).AccessToken), "SoftwareTokenMFANotFoundException");
  });

  it("refuses an access token and a session together with InvalidParameterException", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    const both = new AssociateSoftwareTokenCommand({ AccessToken: tokens.AccessToken, Session: "x".repeat(40) });
    await expectCognitoError(f.cognito.send(both), "InvalidParameterException");
  });

  it("refuses an invalid access token with NotAuthorizedException", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    await expectCognitoError(associate(f, tokens.IdToken), "NotAuthorizedException");
  });
});

// VerifySoftwareToken (API reference; RFC 6238): a TOTP computed from the secret marks the token
// verified with Status SUCCESS; a wrong code is EnableSoftwareTokenMFAException; UserCode is six
// digits. Codes of the neighbouring 30-second steps are accepted for clock skew, older ones not.
describe("VerifySoftwareToken", () => {
  it("accepts the current code and answers Status SUCCESS", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    const secret = await associate(f, tokens.AccessToken);
    const result = await verify(f, tokens.AccessToken, totpCode(secret, await midStep(f)), "phone");
    expect(result.Status).toBe("SUCCESS");
    expect(result.Session).toBeUndefined();
  });

  it("refuses a wrong code with EnableSoftwareTokenMFAException, then accepts the right one", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    const secret = await associate(f, tokens.AccessToken);
    const code = totpCode(secret, await midStep(f));
    await expectCognitoError(verify(f, tokens.AccessToken, wrongCode(code)), "EnableSoftwareTokenMFAException");
    expect((await verify(f, tokens.AccessToken, code)).Status).toBe("SUCCESS");
  });

  it("refuses a code that is not six digits with InvalidParameterException", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    await associate(f, tokens.AccessToken);
    await expectCognitoError(verify(f, tokens.AccessToken, "12a456"), "InvalidParameterException");
  });

  it("refuses a code from an earlier secret once a new one is associated", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    const old = await associate(f, tokens.AccessToken);
    await associate(f, tokens.AccessToken);
    const code = totpCode(old, await midStep(f));
    await expectCognitoError(verify(f, tokens.AccessToken, code), "EnableSoftwareTokenMFAException");
  });

  itWithClock("accepts the code of the previous step and of the next step", async () => {
    const f = fixture();
    for (const offset of [-30_000, 30_000]) {
      const tokens = await signedIn(f);
      const secret = await associate(f, tokens.AccessToken);
      const now = await midStep(f);
      expect((await verify(f, tokens.AccessToken, totpCode(secret, now + offset))).Status).toBe("SUCCESS");
    }
  });

  itWithClock("refuses a code two steps old", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    const secret = await associate(f, tokens.AccessToken);
    const code = totpCode(secret, (await midStep(f)) - 60_000);
    await expectCognitoError(verify(f, tokens.AccessToken, code), "EnableSoftwareTokenMFAException");
  });

  itEmulator("allows five wrong codes per association, then LimitExceededException", async () => {
    const f = fixture();
    const tokens = await signedIn(f);
    const secret = await associate(f, tokens.AccessToken);
    const code = totpCode(secret, await midStep(f));
    for (let attempt = 0; attempt < 5; attempt++) {
      await expectCognitoError(verify(f, tokens.AccessToken, wrongCode(code)), "EnableSoftwareTokenMFAException");
    }
    await expectCognitoError(verify(f, tokens.AccessToken, code), "LimitExceededException");
    const fresh = await associate(f, tokens.AccessToken);
    expect((await verify(f, tokens.AccessToken, totpCode(fresh, await midStep(f)))).Status).toBe("SUCCESS");
  });

  it("refuses an unknown session with NotAuthorizedException", async () => {
    const f = fixture();
    const call = f.cognito.send(new VerifySoftwareTokenCommand({ Session: "s".repeat(40), UserCode: "123456" }));
    await expectCognitoError(call, "NotAuthorizedException");
  });
});
