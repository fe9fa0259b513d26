import {
  AdminCreateUserCommand,
  AssociateSoftwareTokenCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { beforeAll, describe, expect, it } from "vitest";
import { advanceClock, itEmulator, itWithClock, wrongCode } from "./support/emulator-control";
import { expectCognitoError } from "./support/errors";
import { OTHER_STRONG_PASSWORD, setupFixture, uniqueEmail, type Fixture } from "./support/fixture";
import { answerChallenge, answerTotp, enrolTotp, poolWithMfa, preferTotp, setPoolMfa } from "./support/mfa";
import { midStep, NEXT_STEP_TIMEOUT, nextStep, totpCode } from "./support/totp";
import { createConfirmedUser, profile, signIn, signInTokens, type TestUser } from "./support/users";

const fixture = setupFixture();
beforeAll(async () => setPoolMfa(fixture(), fixture().poolId, "OPTIONAL"));

async function enrolled(f: Fixture) {
  const user = await createConfirmedUser(f, "mfa");
  const tokens = await signInTokens(f, f.enabled, user.email, user.password);
  return { user, tokens, secret: await enrolTotp(f, tokens, "Pixel") };
}

async function challenged(f: Fixture, user: TestUser) {
  const started = await signIn(f, f.enabled, user.email, user.password);
  expect(started.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
  expect(started.AuthenticationResult).toBeUndefined();
  return started;
}

// "TOTP software token MFA" and RespondToAuthChallenge (API reference): once a user has a verified
// TOTP authenticator turned on, sign-in answers the password with a SOFTWARE_TOKEN_MFA challenge,
// answered with SOFTWARE_TOKEN_MFA_CODE. A wrong code is CodeMismatchException, a code used once is
// refused ("Your software token has already been used once"); sessions last 3 minutes, once.
describe("sign-in with TOTP MFA", () => {
  it(
    "asks for SOFTWARE_TOKEN_MFA after the password and issues tokens for the right code",
    async () => {
      const f = fixture();
      const { user, secret } = await enrolled(f);
      const now = await nextStep(f);
      const started = await challenged(f, user);
      expect(started.ChallengeParameters).toMatchObject({
        USER_ID_FOR_SRP: user.username,
        FRIENDLY_DEVICE_NAME: "Pixel",
      });
      const answered = await answerTotp(f, f.enabled, user.username, started.Session ?? "", totpCode(secret, now));
      expect(answered.ChallengeName).toBeUndefined();
      expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
    },
    NEXT_STEP_TIMEOUT,
  );

  it("refuses a wrong code with CodeMismatchException", async () => {
    const f = fixture();
    const { user, secret } = await enrolled(f);
    const started = await challenged(f, user);
    const wrong = wrongCode(totpCode(secret, await midStep(f)));
    await expectCognitoError(
      answerTotp(f, f.enabled, user.username, started.Session ?? "", wrong),
      "CodeMismatchException",
    );
  });

  it("refuses the code that VerifySoftwareToken just accepted with ExpiredCodeException", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "mfa");
    const tokens = await signInTokens(f, f.enabled, user.email, user.password);
    const now = await midStep(f);
    const secret = await enrolTotp(f, tokens);
    const started = await challenged(f, user);
    const reused = answerTotp(f, f.enabled, user.username, started.Session ?? "", totpCode(secret, now));
    await expectCognitoError(reused, "ExpiredCodeException", "Your software token has already been used once.");
  });

  it(
    "refuses a code that already signed in once within its window with ExpiredCodeException",
    async () => {
      const f = fixture();
      const { user, secret } = await enrolled(f);
      const code = totpCode(secret, await nextStep(f));
      await answerTotp(f, f.enabled, user.username, (await challenged(f, user)).Session ?? "", code);
      const again = answerTotp(f, f.enabled, user.username, (await challenged(f, user)).Session ?? "", code);
      await expectCognitoError(again, "ExpiredCodeException");
    },
    NEXT_STEP_TIMEOUT,
  );

  it(
    "refuses a session that was already answered with NotAuthorizedException",
    async () => {
      const f = fixture();
      const { user, secret } = await enrolled(f);
      const session = (await challenged(f, user)).Session ?? "";
      await answerTotp(f, f.enabled, user.username, session, totpCode(secret, await nextStep(f)));
      const code = totpCode(secret, await nextStep(f));
      await expectCognitoError(answerTotp(f, f.enabled, user.username, session, code), "NotAuthorizedException");
    },
    NEXT_STEP_TIMEOUT * 2,
  );

  itWithClock("refuses a challenge session older than three minutes with NotAuthorizedException", async () => {
    const f = fixture();
    const { user, secret } = await enrolled(f);
    const session = (await challenged(f, user)).Session ?? "";
    await advanceClock(f.target.endpoint, 181);
    const code = totpCode(secret, await midStep(f));
    await expectCognitoError(
      answerTotp(f, f.enabled, user.username, session, code),
      "NotAuthorizedException",
      /session/,
    );
  });

  itEmulator("spends the session after five wrong codes: LimitExceededException, even for the right one", async () => {
    const f = fixture();
    const { user, secret } = await enrolled(f);
    const session = (await challenged(f, user)).Session ?? "";
    const code = totpCode(secret, await nextStep(f));
    for (let attempt = 0; attempt < 5; attempt++) {
      await expectCognitoError(
        answerTotp(f, f.enabled, user.username, session, wrongCode(code)),
        "CodeMismatchException",
      );
    }
    await expectCognitoError(answerTotp(f, f.enabled, user.username, session, code), "LimitExceededException");
  });

  it("signs in with the password alone once the user turns TOTP off", async () => {
    const f = fixture();
    const { user, tokens } = await enrolled(f);
    await preferTotp(f, tokens.AccessToken, false);
    await signInTokens(f, f.enabled, user.email, user.password);
  });

  it("signs in with the password alone once the pool turns MFA off", async () => {
    const pool = await poolWithMfa(fixture(), "OPTIONAL");
    const { user } = await enrolled(pool);
    await challenged(pool, user);
    await setPoolMfa(pool, pool.poolId, "OFF");
    await signInTokens(pool, pool.enabled, user.email, user.password);
  });
});

// RespondToAuthChallenge, MFA_SETUP: "For users who are required to setup an MFA factor before
// they can sign in. The MFA types activated for the user pool will be listed in the challenge
// parameters MFAS_CAN_SETUP value." AssociateSoftwareToken takes that session, VerifySoftwareToken
// returns the session that answers MFA_SETUP; afterwards sign-in asks for SOFTWARE_TOKEN_MFA.
describe("MFA_SETUP in a pool that requires MFA", () => {
  async function setupChallenge(f: Fixture) {
    const user = await createConfirmedUser(f, "setup");
    const started = await signIn(f, f.enabled, user.email, user.password);
    expect(started.ChallengeName).toBe("MFA_SETUP");
    expect(started.AuthenticationResult).toBeUndefined();
    return { user, started };
  }

  it("lists SOFTWARE_TOKEN_MFA in MFAS_CAN_SETUP and completes with the session of VerifySoftwareToken", async () => {
    const on = await poolWithMfa(fixture(), "ON");
    const { user, started } = await setupChallenge(on);
    expect(JSON.parse(started.ChallengeParameters?.MFAS_CAN_SETUP ?? "[]")).toContain("SOFTWARE_TOKEN_MFA");
    const associated = await on.cognito.send(new AssociateSoftwareTokenCommand({ Session: started.Session }));
    expect(associated.Session).toBeTruthy();
    expect(associated.Session).not.toBe(started.Session);
    const code = totpCode(associated.SecretCode ?? "", await midStep(on));
    const verified = await on.cognito.send(
      new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: code }),
    );
    expect(verified.Status).toBe("SUCCESS");
    const done = await answerChallenge(on, on.enabled, "MFA_SETUP", verified.Session ?? "", {
      USERNAME: user.username,
    });
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
    expect((await signIn(on, on.enabled, user.email, user.password)).ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
  });

  it("keeps the session through a wrong code in VerifySoftwareToken", async () => {
    const on = await poolWithMfa(fixture(), "ON");
    const { started } = await setupChallenge(on);
    const associated = await on.cognito.send(new AssociateSoftwareTokenCommand({ Session: started.Session }));
    const code = totpCode(associated.SecretCode ?? "", await midStep(on));
    const attempt = (UserCode: string) =>
      on.cognito.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode }));
    await expectCognitoError(attempt(wrongCode(code)), "EnableSoftwareTokenMFAException");
    expect((await attempt(code)).Status).toBe("SUCCESS");
  });

  itWithClock("refuses an MFA_SETUP session older than three minutes with NotAuthorizedException", async () => {
    const on = await poolWithMfa(fixture(), "ON");
    const { started } = await setupChallenge(on);
    await advanceClock(on.target.endpoint, 181);
    const associate = on.cognito.send(new AssociateSoftwareTokenCommand({ Session: started.Session }));
    await expectCognitoError(associate, "NotAuthorizedException");
  });

  it("follows NEW_PASSWORD_REQUIRED with MFA_SETUP", async () => {
    const on = await poolWithMfa(fixture(), "ON");
    const email = uniqueEmail("invited");
    const { User } = await on.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: on.poolId,
        Username: email,
        TemporaryPassword: "Temp0rary-Pass!",
        MessageAction: "SUPPRESS",
        UserAttributes: [...profile(), { Name: "email", Value: email }, { Name: "email_verified", Value: "true" }],
      }),
    );
    const started = await signIn(on, on.enabled, email, "Temp0rary-Pass!");
    expect(started.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    const next = await answerChallenge(on, on.enabled, "NEW_PASSWORD_REQUIRED", started.Session ?? "", {
      USERNAME: User?.Username ?? "",
      NEW_PASSWORD: OTHER_STRONG_PASSWORD,
    });
    expect(next.ChallengeName).toBe("MFA_SETUP");
    expect(next.AuthenticationResult).toBeUndefined();
  });
});
