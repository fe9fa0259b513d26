import {
  AdminGetUserCommand,
  ConfirmSignUpCommand,
  ResendConfirmationCodeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock, itWithOutbox, latestCode, readOutbox, wrongCode } from "./support/emulator-control";
import { expectCognitoError } from "./support/errors";
import { uniqueEmail, setupFixture, type Fixture } from "./support/fixture";
import { signIn, signInTokens, signUp } from "./support/users";

const fixture = setupFixture();

const attribute = (attributes: Array<{ Name?: string; Value?: string }> | undefined, name: string) =>
  attributes?.find((entry) => entry.Name === name)?.Value;

async function getUser(f: Fixture, email: string) {
  return f.cognito.send(new AdminGetUserCommand({ UserPoolId: f.poolId, Username: email }));
}

async function confirm(f: Fixture, email: string, code: string) {
  return f.cognito.send(new ConfirmSignUpCommand({ ClientId: f.enabled.id, Username: email, ConfirmationCode: code }));
}

// "Signing up and confirming user accounts": the code confirms the account and verifies the
// email; it is valid for 24 hours. ConfirmSignUp errors per "Managing user existence error
// responses": CodeMismatchException, ExpiredCodeException, NotAuthorizedException.
describe("ConfirmSignUp", () => {
  itWithOutbox("confirms the account with the emailed code and marks the email verified", async () => {
    const f = fixture();
    const email = uniqueEmail("confirm");
    await signUp(f, f.enabled, email);
    await confirm(f, email, await latestCode(f.target.endpoint, email, "SIGN_UP"));
    const user = await getUser(f, email);
    expect(user.UserStatus).toBe("CONFIRMED");
    expect(attribute(user.UserAttributes, "email_verified")).toBe("true");
    await signInTokens(f, f.enabled, email, "Corr3ct-Horse!");
  });

  itWithOutbox("rejects a wrong code with CodeMismatchException", async () => {
    const f = fixture();
    const email = uniqueEmail("mismatch");
    await signUp(f, f.enabled, email);
    const code = await latestCode(f.target.endpoint, email, "SIGN_UP");
    await expectCognitoError(confirm(f, email, wrongCode(code)), "CodeMismatchException");
  });

  itWithOutbox("does not accept the same code twice", async () => {
    const f = fixture();
    const email = uniqueEmail("reuse");
    await signUp(f, f.enabled, email);
    const code = await latestCode(f.target.endpoint, email, "SIGN_UP");
    await confirm(f, email, code);
    await expectCognitoError(confirm(f, email, code), "NotAuthorizedException");
  });

  itWithClock("still accepts the code just before 24 hours", async () => {
    const f = fixture();
    const email = uniqueEmail("fresh");
    await signUp(f, f.enabled, email);
    const code = await latestCode(f.target.endpoint, email, "SIGN_UP");
    await advanceClock(f.target.endpoint, 24 * 3600 - 60);
    await confirm(f, email, code);
  });

  itWithClock("rejects the code after 24 hours with ExpiredCodeException", async () => {
    const f = fixture();
    const email = uniqueEmail("expired");
    await signUp(f, f.enabled, email);
    const code = await latestCode(f.target.endpoint, email, "SIGN_UP");
    await advanceClock(f.target.endpoint, 24 * 3600 + 1);
    await expectCognitoError(confirm(f, email, code), "ExpiredCodeException");
    await expectCognitoError(signIn(f, f.enabled, email, "Corr3ct-Horse!"), "UserNotConfirmedException");
  });
});

// "Managing user existence error responses": ResendConfirmationCode returns
// UserNotFoundException with LEGACY, and CodeDeliveryDetails for unknown users with ENABLED.
describe("ResendConfirmationCode", () => {
  const resend = (f: Fixture, clientId: string, email: string) =>
    f.cognito.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: email }));

  it("answers an unknown user with UserNotFoundException on a LEGACY client", async () => {
    const f = fixture();
    await expectCognitoError(resend(f, f.legacy.id, uniqueEmail("ghost")), "UserNotFoundException");
  });

  it("simulates delivery for an unknown user on an ENABLED client", async () => {
    const f = fixture();
    const email = uniqueEmail("ghost");
    const { CodeDeliveryDetails } = await resend(f, f.enabled.id, email);
    expect(CodeDeliveryDetails?.DeliveryMedium).toBe("EMAIL");
    if (f.target.kind === "emulator") expect(await readOutbox(f.target.endpoint, email)).toEqual([]);
  });

  itWithOutbox("sends a new code that confirms the account", async () => {
    const f = fixture();
    const email = uniqueEmail("resend");
    await signUp(f, f.enabled, email);
    const { CodeDeliveryDetails } = await resend(f, f.enabled.id, email);
    expect(CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", AttributeName: "email" });
    await confirm(f, email, await latestCode(f.target.endpoint, email, "RESEND"));
    expect((await getUser(f, email)).UserStatus).toBe("CONFIRMED");
  });
});
