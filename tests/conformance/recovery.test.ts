import { ConfirmForgotPasswordCommand, ForgotPasswordCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock, itWithOutbox, latestCode, wrongCode } from "./support/emulator-control";
import { expectCognitoError, INCORRECT_CREDENTIALS } from "./support/errors";
import { OTHER_STRONG_PASSWORD, uniqueEmail, setupFixture, type AppClient, type Fixture } from "./support/fixture";
import { createConfirmedUser, signIn, signInTokens } from "./support/users";

const fixture = setupFixture();

const forgot = (f: Fixture, client: AppClient, email: string) =>
  f.cognito.send(new ForgotPasswordCommand({ ClientId: client.id, Username: email }));

const confirmForgot = (f: Fixture, email: string, code: string, password = OTHER_STRONG_PASSWORD) =>
  f.cognito.send(
    new ConfirmForgotPasswordCommand({
      ClientId: f.enabled.id,
      Username: email,
      ConfirmationCode: code,
      Password: password,
    }),
  );

async function requestCode(f: Fixture, email: string): Promise<string> {
  await forgot(f, f.enabled, email);
  return latestCode(f.target.endpoint, email, "FORGOT_PASSWORD");
}

// "Recovering user accounts": ForgotPassword sends a recovery code to a verified email;
// the code is valid for one hour. ConfirmForgotPassword sets the new password, which must
// satisfy the pool's password policy.
describe("ForgotPassword and ConfirmForgotPassword", () => {
  it("reports delivery by email for a user with a verified email", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const { CodeDeliveryDetails } = await forgot(f, f.enabled, user.email);
    expect(CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", AttributeName: "email" });
  });

  itWithOutbox("resets the password: the new one signs in and the old one stops working", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    await confirmForgot(f, user.email, await requestCode(f, user.email));
    await signInTokens(f, f.enabled, user.email, OTHER_STRONG_PASSWORD);
    await expectCognitoError(
      signIn(f, f.enabled, user.email, user.password),
      "NotAuthorizedException",
      INCORRECT_CREDENTIALS,
    );
  });

  itWithOutbox("enforces the password policy on the new password", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const code = await requestCode(f, user.email);
    await expectCognitoError(confirmForgot(f, user.email, code, "weakpass"), "InvalidPasswordException");
  });

  itWithOutbox("rejects a wrong code with CodeMismatchException", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const code = await requestCode(f, user.email);
    await expectCognitoError(confirmForgot(f, user.email, wrongCode(code)), "CodeMismatchException");
  });

  // Codes are single use; Cognito answers a spent code with CodeMismatchException or
  // ExpiredCodeException depending on the state it keeps, so either is accepted here.
  itWithOutbox("does not accept the same code twice", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const code = await requestCode(f, user.email);
    await confirmForgot(f, user.email, code);
    const error = await confirmForgot(f, user.email, code, "An0ther-Passw0rd!").catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(["CodeMismatchException", "ExpiredCodeException"]).toContain((error as Error).name);
    await signInTokens(f, f.enabled, user.email, OTHER_STRONG_PASSWORD);
  });

  itWithClock("rejects the code after one hour with ExpiredCodeException", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const code = await requestCode(f, user.email);
    await advanceClock(f.target.endpoint, 3601);
    await expectCognitoError(confirmForgot(f, user.email, code), "ExpiredCodeException");
    await signInTokens(f, f.enabled, user.email, user.password);
  });

  itWithClock("still accepts the code just before one hour", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const code = await requestCode(f, user.email);
    await advanceClock(f.target.endpoint, 3540);
    await confirmForgot(f, user.email, code);
  });
});

// "Managing user existence error responses": with ENABLED, ForgotPassword returns simulated
// CodeDeliveryDetails for unknown users and ConfirmForgotPassword returns CodeMismatchException;
// a ConfirmForgotPassword without a requested code gives ExpiredCodeException.
describe("recovery and user existence", () => {
  it("answers an unknown user with UserNotFoundException on a LEGACY client", async () => {
    const f = fixture();
    await expectCognitoError(forgot(f, f.legacy, uniqueEmail("ghost")), "UserNotFoundException");
  });

  it("simulates delivery for an unknown user on an ENABLED client", async () => {
    const f = fixture();
    const { CodeDeliveryDetails } = await forgot(f, f.enabled, uniqueEmail("ghost"));
    expect(CodeDeliveryDetails?.DeliveryMedium).toBe("EMAIL");
  });

  it("answers ConfirmForgotPassword for an unknown user with CodeMismatchException on an ENABLED client", async () => {
    const f = fixture();
    await expectCognitoError(confirmForgot(f, uniqueEmail("ghost"), "123456"), "CodeMismatchException");
  });

  it("answers ConfirmForgotPassword without a requested code with ExpiredCodeException", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    await expectCognitoError(confirmForgot(f, user.email, "123456"), "ExpiredCodeException");
  });
});
