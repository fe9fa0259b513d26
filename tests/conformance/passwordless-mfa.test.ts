import { beforeAll, describe, expect, it } from "vitest";
import { itWithOutbox, latestCode } from "./support/emulator-control";
import { answerTotp, enrolTotp, setPoolMfa } from "./support/mfa";
import { answerPasskey, createPasskeyUser, startPasskeySignIn } from "./support/passkeys";
import {
  ORIGIN,
  respond,
  RP_ID,
  setupPasswordlessFixture,
  userAuth,
  type PasswordlessFixture,
} from "./support/passwordless";
import { getAssertion } from "./support/software-authenticator";
import { midStep, totpCode } from "./support/totp";
import { createConfirmedUser, signInTokens } from "./support/users";

const fixture = setupPasswordlessFixture();

beforeAll(async () => {
  const f = fixture();
  await setPoolMfa(f, f.poolId, "OPTIONAL");
});

async function userWithTotp(f: PasswordlessFixture, tag: string) {
  const user = await createConfirmedUser(f, tag);
  const secret = await enrolTotp(f, await signInTokens(f, f.choice, user.email, user.password));
  return { ...user, secret };
}

// "Adding MFA to a user pool": MFA adds factors for "users who have passwords as their primary
// authentication factor"; WebAuthnMfaSettingsType: without passkey MFA, passkey sign-in is not
// available when MFA is required.
describe("choice-based sign-in and MFA", () => {
  it("asks for the TOTP code after a password chosen in SELECT_CHALLENGE", async () => {
    const f = fixture();
    const user = await userWithTotp(f, "mfa-password");
    const selected = await userAuth(f, f.choice, user.email);
    const answered = await respond(f, f.choice, "SELECT_CHALLENGE", selected.Session, user.email, {
      ANSWER: "PASSWORD",
      PASSWORD: user.password,
    });
    expect(answered.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const code = totpCode(user.secret, await midStep(f));
    const done = await answerTotp(f, f.choice, user.email, answered.Session ?? "", code);
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itWithOutbox("signs a user with TOTP MFA in with an email code alone", async () => {
    const f = fixture();
    const user = await userWithTotp(f, "mfa-otp");
    const started = await userAuth(f, f.choice, user.email, { PREFERRED_CHALLENGE: "EMAIL_OTP" });
    const code = await latestCode(f.target.endpoint, user.email, "EMAIL_OTP");
    const done = await respond(f, f.choice, "EMAIL_OTP", started.Session, user.email, { EMAIL_OTP_CODE: code });
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("signs a user with TOTP MFA in with a passkey alone", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "mfa-passkey");
    await enrolTotp(f, await signInTokens(f, f.choice, user.email, user.password));
    const { started, options } = await startPasskeySignIn(f, f.choice, user.email);
    const assertion = getAssertion(user.passkey, { challenge: options.challenge, rpId: RP_ID, origin: ORIGIN });
    const done = await answerPasskey(f, f.choice, user.email, started.Session, assertion);
    expect(done.AuthenticationResult?.IdToken).toBeTruthy();
  });

  it("offers only the password factors while MFA is required", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "mfa-required");
    await setPoolMfa(f, f.poolId, "ON");
    const started = await userAuth(f, f.choice, user.email);
    expect([...(started.AvailableChallenges ?? [])].sort()).toEqual(["PASSWORD", "PASSWORD_SRP"]);
  });
});
