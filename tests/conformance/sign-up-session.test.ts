import { ConfirmSignUpCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock, itWithOutbox, latestCode } from "./support/emulator-control";
import { expectCognitoError } from "./support/errors";
import { createClient, createPool, uniqueEmail } from "./support/fixture";
import { decodeJwt } from "./support/jwt";
import { setupPasswordlessFixture, signUpPasswordless, userAuth } from "./support/passwordless";
import { profile, signUp } from "./support/users";

const fixture = setupPasswordlessFixture();

// SignUp / ConfirmSignUp / InitiateAuth (API reference): SignUp returns a Session for ConfirmSignUp;
// ConfirmSignUp returns a Session that InitiateAuth USER_AUTH accepts as the first factor, for a
// user signing in for the first time within the authentication session's duration.
describe("sign-up to signed-in with sessions", () => {
  it("returns a Session from SignUp", async () => {
    const f = fixture();
    const { Session, UserConfirmed } = await signUp(f, f.choice, uniqueEmail("session"));
    expect(UserConfirmed).toBe(false);
    expect(Session).toBeTruthy();
  });

  itWithOutbox("signs the confirmed user in with ConfirmSignUp's Session and no password", async () => {
    const f = fixture();
    const { email, confirmedSession } = await signUpPasswordless(f, f.choice, "handover");
    expect(confirmedSession).toBeTruthy();
    const { AuthenticationResult } = await userAuth(f, f.choice, email, {}, confirmedSession);
    expect(decodeJwt(AuthenticationResult?.IdToken ?? "").payload).toMatchObject({ email, email_verified: true });
    expect(AuthenticationResult?.RefreshToken).toBeTruthy();
  });

  itWithOutbox("does the same for a user who signed up with a password", async () => {
    const f = fixture();
    const email = uniqueEmail("handover-password");
    const { Session } = await signUp(f, f.choice, email);
    const code = await latestCode(f.target.endpoint, email, "SIGN_UP");
    const confirmed = await f.cognito.send(
      new ConfirmSignUpCommand({ ClientId: f.choice.id, Username: email, ConfirmationCode: code, Session }),
    );
    const { AuthenticationResult } = await userAuth(f, f.choice, email, {}, confirmed.Session);
    expect(AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itWithOutbox("does not accept ConfirmSignUp's Session twice", async () => {
    const f = fixture();
    const { email, confirmedSession } = await signUpPasswordless(f, f.choice, "handover-twice");
    await userAuth(f, f.choice, email, {}, confirmedSession);
    await expectCognitoError(
      userAuth(f, f.choice, email, {}, confirmedSession),
      "NotAuthorizedException",
      /Invalid session/,
    );
  });

  itWithOutbox("does not accept the Session for another user", async () => {
    const f = fixture();
    const { confirmedSession } = await signUpPasswordless(f, f.choice, "handover-owner");
    const other = await signUpPasswordless(f, f.choice, "handover-other");
    const call = userAuth(f, f.choice, other.email, {}, confirmedSession);
    await expectCognitoError(call, "NotAuthorizedException", /Invalid session/);
  });

  itWithClock("refuses ConfirmSignUp's Session after three minutes", async () => {
    const f = fixture();
    const { email, confirmedSession } = await signUpPasswordless(f, f.choice, "handover-expired");
    await advanceClock(f.target.endpoint, 181);
    await expectCognitoError(
      userAuth(f, f.choice, email, {}, confirmedSession),
      "NotAuthorizedException",
      /Invalid session/,
    );
  });
});

// "Signing up and confirming user accounts", passwords at sign-up: with passwordless sign-in on,
// users may sign up without a password and then sign in with a code.
describe("SignUp without a password", () => {
  itWithOutbox("creates a user without a password when email codes are a first factor", async () => {
    const f = fixture();
    const { email } = await signUpPasswordless(f, f.choice, "no-password");
    const started = await userAuth(f, f.choice, email);
    expect(started.AvailableChallenges).toEqual(["EMAIL_OTP"]);
  });

  it("still requires a password in a pool without passwordless sign-in", async () => {
    const f = fixture();
    const passwordOnly = await createClient(f.target, await createPool(f.target));
    const call = f.cognito.send(
      new SignUpCommand({
        ClientId: passwordOnly.id,
        Username: uniqueEmail("needs-password"),
        UserAttributes: profile(),
      }),
    );
    await expectCognitoError(call, "InvalidParameterException");
  });
});
