import { AdminGetUserCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { expectCognitoError, UUID } from "./support/errors";
import { uniqueEmail, setupFixture, type Fixture } from "./support/fixture";
import { signUp } from "./support/users";

const fixture = setupFixture();

const attribute = (attributes: Array<{ Name?: string; Value?: string }> | undefined, name: string) =>
  attributes?.find((entry) => entry.Name === name)?.Value;

async function getUser(f: Fixture, email: string) {
  return f.cognito.send(new AdminGetUserCommand({ UserPoolId: f.poolId, Username: email }));
}

// "Adding user pool password requirements": each enabled rule is enforced on SignUp and
// the InvalidPasswordException names the rule that failed.
describe("SignUp password policy", () => {
  it.each([
    ["too short", "Ab1!xyz", /long enough/i],
    ["no upper case", "corr3ct-horse!", /upper\s?case/i],
    ["no lower case", "CORR3CT-HORSE!", /lower\s?case/i],
    ["no number", "Correct-Horse!", /numeric|number/i],
    ["no symbol", "Corr3ctHorse9", /symbol|special/i],
  ])("rejects a password with %s", async (_rule, password, named) => {
    const f = fixture();
    await expectCognitoError(signUp(f, f.enabled, uniqueEmail("weak"), password), "InvalidPasswordException", named);
  });
});

describe("SignUp", () => {
  // "User pool attributes", email as user name: SignUp generates a persistent UUID as the
  // immutable user name, equal to the sub, and fills the email attribute from the user name.
  it("uses a generated UUID as the user name when email is the username attribute", async () => {
    const f = fixture();
    const email = uniqueEmail("uuid");
    const result = await signUp(f, f.enabled, email);
    expect(result.UserConfirmed).toBe(false);
    expect(result.UserSub).toMatch(UUID);
    expect(result.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", AttributeName: "email" });
    const user = await getUser(f, email);
    expect(user.Username).toBe(result.UserSub);
    expect(user.UserStatus).toBe("UNCONFIRMED");
    expect(attribute(user.UserAttributes, "sub")).toBe(result.UserSub);
    expect(attribute(user.UserAttributes, "email")).toBe(email);
    expect(attribute(user.UserAttributes, "email_verified") ?? "false").toBe("false");
    expect(attribute(user.UserAttributes, "name")).toBe("Test Person");
    expect(attribute(user.UserAttributes, "preferred_username")).toBe("tester");
  });

  // "Managing user existence error responses": SignUp returns UsernameExistsException when
  // the user name is taken, even with PreventUserExistenceErrors ENABLED.
  it("answers a taken email with UsernameExistsException even on an ENABLED client", async () => {
    const f = fixture();
    const email = uniqueEmail("taken");
    await signUp(f, f.enabled, email);
    await expectCognitoError(signUp(f, f.enabled, email), "UsernameExistsException");
  });

  it("refuses a user name that is not an email in an email-as-username pool", async () => {
    const f = fixture();
    await expectCognitoError(signUp(f, f.enabled, "not-an-email"), "InvalidParameterException");
  });

  // SchemaAttributeType.Required (API reference): "If the attribute is required and the user
  // doesn't provide a value, registration or sign-in will fail." The suite's pool requires name.
  it("refuses a sign-up without a required attribute", async () => {
    const f = fixture();
    const call = f.cognito.send(
      new SignUpCommand({ ClientId: f.enabled.id, Username: uniqueEmail("noname"), Password: "Corr3ct-Horse!" }),
    );
    await expectCognitoError(call, "InvalidParameterException", /name/);
  });
});
