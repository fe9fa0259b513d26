import {
  DeleteWebAuthnCredentialCommand,
  ListWebAuthnCredentialsCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock } from "./support/emulator-control";
import { expectCognitoError } from "./support/errors";
import { completeRegistration, createPasskeyUser, startRegistration } from "./support/passkeys";
import { ORIGIN, type PasswordlessFixture, RP_ID, setupPasswordlessFixture, userAuth } from "./support/passwordless";
import { createCredential, newPasskey } from "./support/software-authenticator";
import { createConfirmedUser, signInTokens } from "./support/users";

const fixture = setupPasswordlessFixture();

async function signedIn(f: PasswordlessFixture, tag: string, client = f.choice) {
  const user = await createConfirmedUser(f, tag);
  const { AccessToken } = await signInTokens(f, client, user.email, user.password);
  return { ...user, accessToken: AccessToken };
}

const list = (cognito: CognitoIdentityProviderClient, accessToken: string) =>
  cognito.send(new ListWebAuthnCredentialsCommand({ AccessToken: accessToken }));

async function register(
  f: PasswordlessFixture,
  accessToken: string,
  ceremony: { origin?: string; rpId?: string } = {},
) {
  const passkey = newPasskey();
  const { challenge } = await startRegistration(f, accessToken);
  const credential = createCredential(passkey, {
    challenge,
    rpId: ceremony.rpId ?? RP_ID,
    origin: ceremony.origin ?? ORIGIN,
  });
  return { passkey, call: completeRegistration(f, accessToken, credential) };
}

// StartWebAuthnRegistration (API reference): credential creation options for the signed-in user,
// the PublicKeyCredentialCreationOptionsJSON of WebAuthn, for the pool's relying party.
describe("StartWebAuthnRegistration", () => {
  it("returns creation options for the pool's relying party and the signed-in user", async () => {
    const f = fixture();
    const user = await signedIn(f, "options");
    const options = await startRegistration(f, user.accessToken);
    expect(options.challenge).toMatch(/^[\w-]{16,}$/);
    expect(options).toMatchObject({
      rp: { id: RP_ID },
      authenticatorSelection: { userVerification: "preferred" },
      excludeCredentials: [],
    });
    expect(options.pubKeyCredParams).toEqual(expect.arrayContaining([{ type: "public-key", alg: -7 }]));
  });

  it("lists the user's registered passkeys in excludeCredentials", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "exclude");
    const options = await startRegistration(f, user.accessToken);
    expect(options.excludeCredentials.map((credential) => credential.id)).toEqual([
      user.passkey.credentialId.toString("base64url"),
    ]);
  });

  it("refuses a token that is not an access token of the pool", async () => {
    const f = fixture();
    await expectCognitoError(startRegistration(f, "not-a-token"), "NotAuthorizedException");
  });
});

// CompleteWebAuthnRegistration (API reference) and its WebAuthn* exceptions.
describe("CompleteWebAuthnRegistration", () => {
  it("registers a passkey with none attestation", async () => {
    const f = fixture();
    const user = await signedIn(f, "none");
    const { passkey, call } = await register(f, user.accessToken);
    await call;
    const { Credentials } = await list(f.cognito, user.accessToken);
    expect(Credentials?.map((credential) => credential.CredentialId)).toEqual([
      passkey.credentialId.toString("base64url"),
    ]);
  });

  it("registers a passkey with packed self attestation", async () => {
    const f = fixture();
    const user = await signedIn(f, "packed");
    const passkey = newPasskey();
    const { challenge } = await startRegistration(f, user.accessToken);
    await completeRegistration(
      f,
      user.accessToken,
      createCredential(passkey, { challenge, rpId: RP_ID, origin: ORIGIN }, "packed"),
    );
    expect((await list(f.cognito, user.accessToken)).Credentials).toHaveLength(1);
  });

  it("refuses a packed attestation whose signature does not verify", async () => {
    const f = fixture();
    const user = await signedIn(f, "packed-forged");
    const passkey = newPasskey();
    const { challenge } = await startRegistration(f, user.accessToken);
    const forged = createCredential(passkey, { challenge, rpId: RP_ID, origin: ORIGIN }, "packed", newPasskey());
    await expect(completeRegistration(f, user.accessToken, forged)).rejects.toThrow();
    expect((await list(f.cognito, user.accessToken)).Credentials).toEqual([]);
  });

  it("refuses to register the same passkey twice", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "duplicate");
    const { challenge } = await startRegistration(f, user.accessToken);
    const again = createCredential(user.passkey, { challenge, rpId: RP_ID, origin: ORIGIN });
    await expect(completeRegistration(f, user.accessToken, again)).rejects.toThrow();
    expect((await list(f.cognito, user.accessToken)).Credentials).toHaveLength(1);
  });

  it("refuses a credential made on another origin with WebAuthnOriginNotAllowedException", async () => {
    const f = fixture();
    const user = await signedIn(f, "origin");
    const { call } = await register(f, user.accessToken, { origin: "https://evil.example" });
    await expectCognitoError(call, "WebAuthnOriginNotAllowedException");
  });

  it("refuses a credential for another relying party with WebAuthnRelyingPartyMismatchException", async () => {
    const f = fixture();
    const user = await signedIn(f, "rp");
    const { call } = await register(f, user.accessToken, { rpId: "evil.example" });
    await expectCognitoError(call, "WebAuthnRelyingPartyMismatchException");
  });

  it("refuses a credential for a challenge it never issued with WebAuthnChallengeNotFoundException", async () => {
    const f = fixture();
    const user = await signedIn(f, "challenge");
    await startRegistration(f, user.accessToken);
    const forged = createCredential(newPasskey(), {
      challenge: "bm90LWlzc3VlZC1ieS10aGUtcG9vbA",
      rpId: RP_ID,
      origin: ORIGIN,
    });
    await expectCognitoError(completeRegistration(f, user.accessToken, forged), "WebAuthnChallengeNotFoundException");
  });

  itWithClock(
    "refuses a registration after its challenge expired with WebAuthnChallengeNotFoundException",
    async () => {
      const f = fixture();
      const user = await signedIn(f, "expired");
      const { challenge } = await startRegistration(f, user.accessToken);
      await advanceClock(f.target.endpoint, 301);
      const credential = createCredential(newPasskey(), { challenge, rpId: RP_ID, origin: ORIGIN });
      await expectCognitoError(
        completeRegistration(f, user.accessToken, credential),
        "WebAuthnChallengeNotFoundException",
      );
    },
  );

  it("refuses completion with another app client's access token with WebAuthnClientMismatchException", async () => {
    const f = fixture();
    const user = await signedIn(f, "client");
    const { challenge } = await startRegistration(f, user.accessToken);
    const other = await signInTokens(f, f.choiceLegacy, user.email, user.password);
    const credential = createCredential(newPasskey(), { challenge, rpId: RP_ID, origin: ORIGIN });
    await expectCognitoError(completeRegistration(f, other.AccessToken, credential), "WebAuthnClientMismatchException");
  });
});

// ListWebAuthnCredentials / DeleteWebAuthnCredential (API reference): WebAuthnCredentialDescription.
describe("ListWebAuthnCredentials and DeleteWebAuthnCredential", () => {
  it("describes each passkey: id, name, relying party, attachment, transports and creation time", async () => {
    const f = fixture();
    const before = Math.floor(Date.now() / 1000) - 5;
    const user = await createPasskeyUser(f, "list");
    const [credential] = (await list(f.cognito, user.accessToken)).Credentials ?? [];
    expect(credential).toMatchObject({
      CredentialId: user.passkey.credentialId.toString("base64url"),
      RelyingPartyId: RP_ID,
      AuthenticatorAttachment: "platform",
    });
    expect(credential?.FriendlyCredentialName).toBeTruthy();
    expect(credential?.AuthenticatorTransports).toEqual(expect.arrayContaining(["internal"]));
    expect((credential?.CreatedAt?.getTime() ?? 0) / 1000).toBeGreaterThanOrEqual(before);
  });

  it("deletes a passkey, which then no longer offers WEB_AUTHN", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "delete");
    const CredentialId = user.passkey.credentialId.toString("base64url");
    await f.cognito.send(new DeleteWebAuthnCredentialCommand({ AccessToken: user.accessToken, CredentialId }));
    expect((await list(f.cognito, user.accessToken)).Credentials).toEqual([]);
    expect((await userAuth(f, f.choice, user.email)).AvailableChallenges).not.toContain("WEB_AUTHN");
  });

  it("answers ResourceNotFoundException for a passkey the user does not have", async () => {
    const f = fixture();
    const user = await signedIn(f, "delete-missing");
    const call = f.cognito.send(
      new DeleteWebAuthnCredentialCommand({ AccessToken: user.accessToken, CredentialId: "bm8tc3VjaC1wYXNza2V5" }),
    );
    await expectCognitoError(call, "ResourceNotFoundException");
  });
});
