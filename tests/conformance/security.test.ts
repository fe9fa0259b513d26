import { ForgotPasswordCommand, InitiateAuthCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock } from "./support/emulator-control";
import { expectCognitoError, INCORRECT_CREDENTIALS } from "./support/errors";
import { STRONG_PASSWORD, uniqueEmail, setupFixture, type Fixture } from "./support/fixture";
import { createConfirmedUser, profile, refresh, secretHash, signIn, signInTokens } from "./support/users";

const fixture = setupFixture();

const passwordAuth = (f: Fixture, parameters: Record<string, string>) =>
  f.cognito.send(
    new InitiateAuthCommand({
      ClientId: f.confidential.id,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: parameters,
    }),
  );

// "Computing secret hash values": a client with a secret needs SECRET_HASH =
// Base64(HMAC_SHA256(client secret, username + client id)) on every user pool API call;
// without it or with a wrong one Cognito answers NotAuthorizedException ("Unable to verify
// secret hash for client", knowledge center). For REFRESH_TOKEN_AUTH the username is the
// Cognito user name (the UUID when email is the username attribute).
describe("SECRET_HASH", () => {
  it("signs in with a correct SECRET_HASH", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    await signInTokens(f, f.confidential, user.email, user.password);
  });

  it("requires SECRET_HASH from a confidential client", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const call = passwordAuth(f, { USERNAME: user.email, PASSWORD: user.password });
    await expectCognitoError(call, "NotAuthorizedException", /secret/i);
  });

  it("rejects a SECRET_HASH computed with the wrong secret", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const forged = secretHash({ id: f.confidential.id, secret: "not-the-secret" }, user.email) ?? "";
    const call = passwordAuth(f, { USERNAME: user.email, PASSWORD: user.password, SECRET_HASH: forged });
    await expectCognitoError(call, "NotAuthorizedException", /secret hash/i);
  });

  it("checks SECRET_HASH on SignUp and ForgotPassword too", async () => {
    const f = fixture();
    const email = uniqueEmail("nohash");
    const signUp = new SignUpCommand({
      ClientId: f.confidential.id,
      Username: email,
      Password: STRONG_PASSWORD,
      UserAttributes: profile(),
    });
    await expectCognitoError(f.cognito.send(signUp), "NotAuthorizedException", /secret/i);
    const user = await createConfirmedUser(f);
    await expectCognitoError(
      f.cognito.send(new ForgotPasswordCommand({ ClientId: f.confidential.id, Username: user.email })),
      "NotAuthorizedException",
    );
  });

  it("refreshes with a SECRET_HASH computed over the Cognito user name", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const tokens = await signInTokens(f, f.confidential, user.email, user.password);
    const { AuthenticationResult } = await refresh(f, f.confidential, tokens.RefreshToken, user.username);
    expect(AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("refuses a refresh without SECRET_HASH on a confidential client", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const tokens = await signInTokens(f, f.confidential, user.email, user.password);
    const call = f.cognito.send(
      new InitiateAuthCommand({
        ClientId: f.confidential.id,
        AuthFlow: "REFRESH_TOKEN_AUTH",
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
      }),
    );
    await expectCognitoError(call, "NotAuthorizedException", /secret/i);
  });
});

// "User pool authentication flow" (note): five failed sign-in attempts are allowed, then
// temporary lockouts start at 1 second and double after each failed attempt, up to about
// 15 minutes; attempts during a lockout are ignored. Waiting about 15 minutes resets it.
describe("lockout", () => {
  const WRONG = "Wr0ng-password!";
  const EXCEEDED = /Password attempts exceeded/;

  async function failUntilLocked(f: Fixture, email: string) {
    for (let attempt = 0; attempt < 8; attempt += 1) await signIn(f, f.enabled, email, WRONG).catch(() => undefined);
  }

  it("answers even the right password with 'Password attempts exceeded' after repeated failures", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    await failUntilLocked(f, user.email);
    await expectCognitoError(signIn(f, f.enabled, user.email, user.password), "NotAuthorizedException", EXCEEDED);
  });

  it("allows five failures before locking", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expectCognitoError(
        signIn(f, f.enabled, user.email, WRONG),
        "NotAuthorizedException",
        INCORRECT_CREDENTIALS,
      );
    }
  });

  itWithClock("grows the lockout after each failed attempt once it has expired", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    await failUntilLocked(f, user.email);
    const lockouts: number[] = [];
    for (let round = 0; round < 3; round += 1) lockouts.push(await secondsUntilNextFailureCounts(f, user.email));
    expect(lockouts[2]).toBeGreaterThan(lockouts[0] ?? Infinity);
    for (let index = 1; index < lockouts.length; index += 1)
      expect(lockouts[index]).toBeGreaterThanOrEqual(lockouts[index - 1] ?? 0);
  });

  itWithClock("lets the user in again after about 15 minutes without attempts", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    await failUntilLocked(f, user.email);
    await advanceClock(f.target.endpoint, 16 * 60);
    await signInTokens(f, f.enabled, user.email, user.password);
  });

  /** Probes with a wrong password, one second at a time, until it counts as a real attempt again. */
  async function secondsUntilNextFailureCounts(f: Fixture, email: string): Promise<number> {
    for (let seconds = 1; seconds <= 60; seconds += 1) {
      await advanceClock(f.target.endpoint, 1);
      const error = await signIn(f, f.enabled, email, WRONG).catch((e: unknown) => e as Error);
      if (error instanceof Error && error.message === INCORRECT_CREDENTIALS) return seconds;
    }
    return Infinity;
  }
});
