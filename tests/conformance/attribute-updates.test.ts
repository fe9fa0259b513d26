import {
  CreateUserPoolCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
  type AttributeType,
} from "@aws-sdk/client-cognito-identity-provider";
import { beforeAll, describe, expect, it } from "vitest";
import { advanceClock, itWithClock, itWithOutbox, latestCode, wrongCode } from "./support/emulator-control";
import { expectCognitoError, INCORRECT_CREDENTIALS } from "./support/errors";
import { createClient, POOL_INPUT, setupFixture, uniqueEmail, type Fixture } from "./support/fixture";
import { createConfirmedUser, signIn, signInTokens } from "./support/users";

const fixture = setupFixture();

async function signedIn(f: Fixture) {
  const user = await createConfirmedUser(f, "attrs");
  return { user, tokens: await signInTokens(f, f.enabled, user.email, user.password) };
}

const update = (f: Fixture, accessToken: string, attributes: AttributeType[]) =>
  f.cognito.send(new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: attributes }));

const verifyEmail = (f: Fixture, accessToken: string, code: string) =>
  f.cognito.send(new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: "email", Code: code }));

async function attributesOf(f: Fixture, accessToken: string) {
  const { UserAttributes } = await f.cognito.send(new GetUserCommand({ AccessToken: accessToken }));
  return Object.fromEntries((UserAttributes ?? []).map((attribute) => [attribute.Name, attribute.Value]));
}

// UpdateUserAttributes (API reference): changes the signed-in user's attributes; "To delete an
// attribute from the user, submit the attribute in your API request with a blank value". Without
// AttributesRequireVerificationBeforeUpdate, an email change applies at once and is unverified,
// and an auto-verified email gets a code (CodeDeliveryDetailsList). An email that belongs to
// another account is AliasExistsException; apps cannot write email_verified.
describe("UpdateUserAttributes", () => {
  it("changes a profile attribute at once", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    expect(await update(f, tokens.AccessToken, [{ Name: "name", Value: "New Name" }])).not.toHaveProperty(
      "CodeDeliveryDetailsList",
    );
    expect((await attributesOf(f, tokens.AccessToken)).name).toBe("New Name");
  });

  it("deletes an attribute given a blank value", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    await update(f, tokens.AccessToken, [{ Name: "preferred_username", Value: "" }]);
    expect(await attributesOf(f, tokens.AccessToken)).not.toHaveProperty("preferred_username");
  });

  it("changes the email at once, unverified, and the new address signs in", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    const email = uniqueEmail("changed");
    const result = await update(f, tokens.AccessToken, [{ Name: "email", Value: email }]);
    expect(result.CodeDeliveryDetailsList).toEqual([
      expect.objectContaining({ AttributeName: "email", DeliveryMedium: "EMAIL" }),
    ]);
    expect(await attributesOf(f, tokens.AccessToken)).toMatchObject({ email, email_verified: "false" });
    await signInTokens(f, f.enabled, email, user.password);
  });

  itWithOutbox("emails a VERIFY_EMAIL code to the new address, which VerifyUserAttribute accepts", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    const email = uniqueEmail("changed");
    await update(f, tokens.AccessToken, [{ Name: "email", Value: email }]);
    await verifyEmail(f, tokens.AccessToken, await latestCode(f.target.endpoint, email, "VERIFY_EMAIL"));
    expect(await attributesOf(f, tokens.AccessToken)).toMatchObject({ email, email_verified: "true" });
  });

  it("refuses an email that another account uses with AliasExistsException", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    const other = await createConfirmedUser(f, "taken");
    const call = update(f, tokens.AccessToken, [{ Name: "email", Value: other.email }]);
    await expectCognitoError(call, "AliasExistsException");
  });

  it("refuses to write email_verified with NotAuthorizedException", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    const call = update(f, tokens.AccessToken, [{ Name: "email_verified", Value: "true" }]);
    await expectCognitoError(call, "NotAuthorizedException");
  });
});

// UserAttributeUpdateSettingsType and UpdateUserAttributes: with email in
// AttributesRequireVerificationBeforeUpdate, "Amazon Cognito doesn't change the value of the
// attribute until your user responds to the verification message"; "Your user can sign in and
// receive messages with the original attribute value until they verify the new value."
// VerifyUserAttribute then "updates the affected attribute to its pending value".
describe("UpdateUserAttributes with verification before update", () => {
  let strict: Fixture;
  beforeAll(async () => {
    const f = fixture();
    const { UserPool } = await f.cognito.send(
      new CreateUserPoolCommand({
        PoolName: `conformance-strict-${Date.now()}`,
        ...POOL_INPUT,
        UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] },
      }),
    );
    const poolId = UserPool?.Id ?? "";
    f.target.trackPool(poolId);
    const client = await createClient(f.target, poolId, { PreventUserExistenceErrors: "ENABLED" });
    strict = { ...f, poolId, legacy: client, enabled: client, confidential: client };
  });

  async function pendingChange() {
    const { user, tokens } = await signedIn(strict);
    const email = uniqueEmail("pending");
    const result = await update(strict, tokens.AccessToken, [{ Name: "email", Value: email }]);
    return { user, tokens, email, result };
  }

  it("keeps the old email, verified, as the email and the sign-in name until the new one is verified", async () => {
    const { user, tokens, email, result } = await pendingChange();
    expect(result.CodeDeliveryDetailsList?.[0]?.AttributeName).toBe("email");
    expect(await attributesOf(strict, tokens.AccessToken)).toMatchObject({ email: user.email, email_verified: "true" });
    await signInTokens(strict, strict.enabled, user.email, user.password);
    await expectCognitoError(
      signIn(strict, strict.enabled, email, user.password),
      "NotAuthorizedException",
      INCORRECT_CREDENTIALS,
    );
  });

  itWithOutbox("makes the new email the verified email and the sign-in name once it is verified", async () => {
    const { user, tokens, email } = await pendingChange();
    await verifyEmail(strict, tokens.AccessToken, await latestCode(strict.target.endpoint, email, "VERIFY_EMAIL"));
    expect(await attributesOf(strict, tokens.AccessToken)).toMatchObject({ email, email_verified: "true" });
    await signInTokens(strict, strict.enabled, email, user.password);
    await expectCognitoError(signIn(strict, strict.enabled, user.email, user.password), "NotAuthorizedException");
  });

  itWithOutbox("refuses a wrong code with CodeMismatchException and keeps the old email", async () => {
    const { user, tokens, email } = await pendingChange();
    const code = await latestCode(strict.target.endpoint, email, "VERIFY_EMAIL");
    await expectCognitoError(verifyEmail(strict, tokens.AccessToken, wrongCode(code)), "CodeMismatchException");
    expect((await attributesOf(strict, tokens.AccessToken)).email).toBe(user.email);
  });

  itWithOutbox("accepts a code once: the same code again is refused", async () => {
    const { tokens, email } = await pendingChange();
    const code = await latestCode(strict.target.endpoint, email, "VERIFY_EMAIL");
    await verifyEmail(strict, tokens.AccessToken, code);
    await expectCognitoError(verifyEmail(strict, tokens.AccessToken, code), "ExpiredCodeException");
  });

  itWithClock("refuses a code after 24 hours with ExpiredCodeException", async () => {
    const { user, email } = await pendingChange();
    const code = await latestCode(strict.target.endpoint, email, "VERIFY_EMAIL");
    await advanceClock(strict.target.endpoint, 24 * 3600 + 1);
    const fresh = await signInTokens(strict, strict.enabled, user.email, user.password);
    await expectCognitoError(verifyEmail(strict, fresh.AccessToken, code), "ExpiredCodeException");
  });

  itWithOutbox("GetUserAttributeVerificationCode sends a new code to the pending address", async () => {
    const { tokens, email } = await pendingChange();
    const sent = await strict.cognito.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken: tokens.AccessToken, AttributeName: "email" }),
    );
    expect(sent.CodeDeliveryDetails).toMatchObject({ AttributeName: "email", DeliveryMedium: "EMAIL" });
    await verifyEmail(strict, tokens.AccessToken, await latestCode(strict.target.endpoint, email, "VERIFY_EMAIL"));
    expect((await attributesOf(strict, tokens.AccessToken)).email).toBe(email);
  });

  it("refuses an email that another account uses with AliasExistsException", async () => {
    const { tokens } = await signedIn(strict);
    const other = await createConfirmedUser(strict, "taken");
    await expectCognitoError(
      update(strict, tokens.AccessToken, [{ Name: "email", Value: other.email }]),
      "AliasExistsException",
    );
  });
});

// GetUserAttributeVerificationCode (API reference): sends a code for the named attribute to the
// signed-in user and describes where it went.
describe("GetUserAttributeVerificationCode", () => {
  it("sends an email code and answers its CodeDeliveryDetails", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    const { CodeDeliveryDetails } = await f.cognito.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken: tokens.AccessToken, AttributeName: "email" }),
    );
    expect(CodeDeliveryDetails).toMatchObject({ AttributeName: "email", DeliveryMedium: "EMAIL" });
    expect(CodeDeliveryDetails?.Destination).toMatch(/\*\*\*/);
  });

  itWithOutbox("records the code in the outbox as VERIFY_EMAIL, six digits", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await f.cognito.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken: tokens.AccessToken, AttributeName: "email" }),
    );
    expect(await latestCode(f.target.endpoint, user.email, "VERIFY_EMAIL")).toMatch(/^\d{6}$/);
  });
});
