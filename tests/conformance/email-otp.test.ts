import { describe, expect, it } from "vitest";
import {
  advanceClock,
  itWithClock,
  itWithOutbox,
  latestCode,
  readOutbox,
  type OutboxMessage,
} from "./support/emulator-control";
import { expectCognitoError } from "./support/errors";
import {
  OTP_MESSAGE,
  respond,
  setupPasswordlessFixture,
  userAuth,
  type PasswordlessFixture,
} from "./support/passwordless";
import { createConfirmedUser } from "./support/users";

const fixture = setupPasswordlessFixture();

async function startEmailOtp(f: PasswordlessFixture, tag: string) {
  const user = await createConfirmedUser(f, tag);
  const started = await userAuth(f, f.choice, user.email, { PREFERRED_CHALLENGE: "EMAIL_OTP" });
  return { user, started };
}

const answer = (f: PasswordlessFixture, email: string, session: string | undefined, code: string) =>
  respond(f, f.choice, "EMAIL_OTP", session, email, { EMAIL_OTP_CODE: code });

type CodeMessage = Extract<OutboxMessage, { code: string }>;
const isSignInCode = (message: OutboxMessage): message is CodeMessage =>
  message.kind === "EMAIL_OTP" && "code" in message;
const signInCodes = async (f: PasswordlessFixture, email: string) =>
  (await readOutbox(f.target.endpoint, email)).filter(isSignInCode);

/** A wrong code of the same length: one digit changed. */
const wrongOtp = (code: string) => `${code.slice(0, -1)}${code.endsWith("0") ? "1" : "0"}`;

// InitiateAuth / RespondToAuthChallenge (API reference): EMAIL_OTP is answered with the emailed code
// as EMAIL_OTP_CODE; SetUserPoolMfaConfig's EmailMfaConfiguration.Message is the template of that
// email, {####} replaced by the code.
describe("EMAIL_OTP sign-in", () => {
  it("tells where the code went", async () => {
    const f = fixture();
    const { user, started } = await startEmailOtp(f, "otp-delivery");
    expect(started.ChallengeName).toBe("EMAIL_OTP");
    expect(started.ChallengeParameters?.CODE_DELIVERY_DELIVERY_MEDIUM).toBe("EMAIL");
    expect(started.ChallengeParameters?.CODE_DELIVERY_DESTINATION).toMatch(new RegExp(`^${user.email[0]}\\*\\*\\*@`));
  });

  itWithOutbox("emails an eight-digit code with the pool's message and signs in with it", async () => {
    const f = fixture();
    const { user, started } = await startEmailOtp(f, "otp-right");
    const [message] = await signInCodes(f, user.email);
    expect(message?.code).toMatch(/^\d{8}$/);
    expect(message?.message).toBe(OTP_MESSAGE.replace("{####}", message?.code ?? ""));
    const signedIn = await answer(f, user.email, started.Session, message?.code ?? "");
    expect(signedIn.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itWithOutbox("rejects a wrong code with CodeMismatchException and still takes the right one", async () => {
    const f = fixture();
    const { user, started } = await startEmailOtp(f, "otp-wrong");
    const code = await latestCode(f.target.endpoint, user.email, "EMAIL_OTP");
    await expectCognitoError(answer(f, user.email, started.Session, wrongOtp(code)), "CodeMismatchException");
    const signedIn = await answer(f, user.email, started.Session, code);
    expect(signedIn.AuthenticationResult?.IdToken).toBeTruthy();
  });

  itWithOutbox("ends the session after three wrong codes", async () => {
    const f = fixture();
    const { user, started } = await startEmailOtp(f, "otp-attempts");
    const code = await latestCode(f.target.endpoint, user.email, "EMAIL_OTP");
    for (let attempt = 0; attempt < 3; attempt++) {
      await expectCognitoError(answer(f, user.email, started.Session, wrongOtp(code)), "CodeMismatchException");
    }
    await expectCognitoError(answer(f, user.email, started.Session, code), "NotAuthorizedException", /Invalid session/);
  });

  itWithOutbox("does not accept the code twice", async () => {
    const f = fixture();
    const { user, started } = await startEmailOtp(f, "otp-reuse");
    const code = await latestCode(f.target.endpoint, user.email, "EMAIL_OTP");
    await answer(f, user.email, started.Session, code);
    await expectCognitoError(answer(f, user.email, started.Session, code), "NotAuthorizedException", /Invalid session/);
  });

  itWithClock("rejects the code once the three-minute session has expired", async () => {
    const f = fixture();
    const { user, started } = await startEmailOtp(f, "otp-expired");
    const code = await latestCode(f.target.endpoint, user.email, "EMAIL_OTP");
    await advanceClock(f.target.endpoint, 181);
    await expectCognitoError(answer(f, user.email, started.Session, code), "NotAuthorizedException", /Invalid session/);
  });

  itWithOutbox("sends a new code when sign-in starts again, and the new code works", async () => {
    const f = fixture();
    const { user } = await startEmailOtp(f, "otp-resend");
    const again = await userAuth(f, f.choice, user.email, { PREFERRED_CHALLENGE: "EMAIL_OTP" });
    const messages = await signInCodes(f, user.email);
    expect(messages).toHaveLength(2);
    const signedIn = await answer(f, user.email, again.Session, messages[1]?.code ?? "");
    expect(signedIn.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itWithOutbox("refuses a sixth code within fifteen minutes with LimitExceededException", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "otp-limit");
    for (let sent = 0; sent < 5; sent++) await userAuth(f, f.choice, user.email, { PREFERRED_CHALLENGE: "EMAIL_OTP" });
    const sixth = userAuth(f, f.choice, user.email, { PREFERRED_CHALLENGE: "EMAIL_OTP" });
    await expectCognitoError(sixth, "LimitExceededException");
  });

  itWithOutbox("starts EMAIL_OTP from SELECT_CHALLENGE with ANSWER EMAIL_OTP", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "otp-select");
    const selected = await userAuth(f, f.choice, user.email);
    const started = await respond(f, f.choice, "SELECT_CHALLENGE", selected.Session, user.email, {
      ANSWER: "EMAIL_OTP",
    });
    expect(started.ChallengeName).toBe("EMAIL_OTP");
    const code = await latestCode(f.target.endpoint, user.email, "EMAIL_OTP");
    expect((await answer(f, user.email, started.Session, code)).AuthenticationResult).toBeTruthy();
  });
});
