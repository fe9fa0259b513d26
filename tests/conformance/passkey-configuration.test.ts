import { describe, expect, it } from "vitest";
import { expectCognitoError } from "./support/errors";
import { createClient, createPool, POOL_INPUT } from "./support/fixture";
import { answerPasskey, completeRegistration, startPasskeySignIn, startRegistration } from "./support/passkeys";
import {
  createPasswordlessPool,
  FLOWS,
  ORIGIN,
  RP_ID,
  setupPasswordlessFixture,
  type PasswordlessFixture,
} from "./support/passwordless";
import { createCredential, getAssertion, newPasskey } from "./support/software-authenticator";
import { createConfirmedUser, signInTokens } from "./support/users";

const fixture = setupPasswordlessFixture();

// StartWebAuthnRegistration's errors: WebAuthnNotEnabledException (passkeys not enabled for the pool)
// and WebAuthnConfigurationMissingException (no relying party id and no domain).
describe("WebAuthn configuration", () => {
  async function tokenInPool(f: PasswordlessFixture, factors: Array<"PASSWORD" | "WEB_AUTHN">) {
    const poolId = await createPool(f.target, undefined, {
      Policies: { ...POOL_INPUT.Policies, SignInPolicy: { AllowedFirstAuthFactors: factors } },
    });
    const client = await createClient(f.target, poolId);
    const user = await createConfirmedUser({ ...f, poolId }, "config");
    return (await signInTokens({ ...f, poolId }, client, user.email, user.password)).AccessToken;
  }

  it("answers WebAuthnNotEnabledException when the pool does not allow WEB_AUTHN", async () => {
    const f = fixture();
    await expectCognitoError(startRegistration(f, await tokenInPool(f, ["PASSWORD"])), "WebAuthnNotEnabledException");
  });

  it("answers WebAuthnConfigurationMissingException when the pool has no relying party id", async () => {
    const f = fixture();
    const token = await tokenInPool(f, ["PASSWORD", "WEB_AUTHN"]);
    await expectCognitoError(startRegistration(f, token), "WebAuthnConfigurationMissingException");
  });
});

// WebAuthnConfigurationType: "When required, users can only register and sign in users with passkeys
// that are capable of user verification."
describe("UserVerification required", () => {
  async function requiredPool(f: PasswordlessFixture) {
    const poolId = await createPasswordlessPool(f, "required");
    const client = await createClient(f.target, poolId, {
      ExplicitAuthFlows: FLOWS,
      PreventUserExistenceErrors: "ENABLED",
    });
    const user = await createConfirmedUser({ ...f, poolId }, "uv");
    const { AccessToken } = await signInTokens({ ...f, poolId }, client, user.email, user.password);
    return { pool: { ...f, poolId }, client, user, accessToken: AccessToken };
  }

  it("asks for user verification and refuses a passkey that did not verify the user", async () => {
    const f = fixture();
    const { pool, accessToken } = await requiredPool(f);
    const options = await startRegistration(pool, accessToken);
    expect(options.authenticatorSelection).toMatchObject({ userVerification: "required" });
    const credential = createCredential(newPasskey(), {
      challenge: options.challenge,
      rpId: RP_ID,
      origin: ORIGIN,
      userVerified: false,
    });
    await expectCognitoError(
      completeRegistration(pool, accessToken, credential),
      "WebAuthnCredentialNotSupportedException",
    );
  });

  it("refuses a sign-in assertion that did not verify the user", async () => {
    const f = fixture();
    const { pool, client, user, accessToken } = await requiredPool(f);
    const passkey = newPasskey();
    const { challenge } = await startRegistration(pool, accessToken);
    await completeRegistration(
      pool,
      accessToken,
      createCredential(passkey, { challenge, rpId: RP_ID, origin: ORIGIN }),
    );
    const { started, options } = await startPasskeySignIn(pool, client, user.email);
    expect(options.userVerification).toBe("required");
    const assertion = getAssertion(passkey, {
      challenge: options.challenge,
      rpId: RP_ID,
      origin: ORIGIN,
      userVerified: false,
    });
    await expectCognitoError(
      answerPasskey(pool, client, user.email, started.Session, assertion),
      "NotAuthorizedException",
    );
  });
});
