import { describe, expect, it } from "vitest";
import { expectCognitoError } from "./support/errors";
import { decodeJwt } from "./support/jwt";
import { answerPasskey, createPasskeyUser, startPasskeySignIn } from "./support/passkeys";
import { getAssertion } from "./support/software-authenticator";
import { ORIGIN, respond, RP_ID, setupPasswordlessFixture, userAuth } from "./support/passwordless";

const fixture = setupPasswordlessFixture();

/** Flips one bit of a base64url value, keeping its length. */
const corrupt = (value: string) => {
  const bytes = Buffer.from(value, "base64url");
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0x01;
  return bytes.toString("base64url");
};

// RespondToAuthChallenge (API reference): WEB_AUTHN is answered with CREDENTIAL, an
// AuthenticationResponseJSON; the challenge parameters carry CREDENTIAL_REQUEST_OPTIONS, the
// PublicKeyCredentialRequestOptionsJSON for navigator.credentials.get().
describe("WEB_AUTHN sign-in", () => {
  it("offers request options for the pool's relying party and the user's passkeys", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "options");
    const { started, options } = await startPasskeySignIn(f, f.choice, user.email);
    expect(started.ChallengeName).toBe("WEB_AUTHN");
    expect(options).toMatchObject({ rpId: RP_ID, userVerification: "preferred" });
    expect(options.challenge).toMatch(/^[\w-]{16,}$/);
    expect(options.allowCredentials.map((credential) => credential.id)).toEqual([
      user.passkey.credentialId.toString("base64url"),
    ]);
  });

  it("signs in with a passkey assertion", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "assert");
    const { started, options } = await startPasskeySignIn(f, f.choice, user.email);
    const assertion = getAssertion(user.passkey, { challenge: options.challenge, rpId: RP_ID, origin: ORIGIN });
    const { AuthenticationResult } = await answerPasskey(f, f.choice, user.email, started.Session, assertion);
    expect(decodeJwt(AuthenticationResult?.IdToken ?? "").payload["cognito:username"]).toBe(user.username);
  });

  it("signs in through SELECT_CHALLENGE with ANSWER WEB_AUTHN", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "select");
    const selected = await userAuth(f, f.choice, user.email);
    const started = await respond(f, f.choice, "SELECT_CHALLENGE", selected.Session, user.email, {
      ANSWER: "WEB_AUTHN",
    });
    expect(started.ChallengeName).toBe("WEB_AUTHN");
    const { challenge } = JSON.parse(started.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "{}") as {
      challenge: string;
    };
    const assertion = getAssertion(user.passkey, { challenge, rpId: RP_ID, origin: ORIGIN });
    expect(
      (await answerPasskey(f, f.choice, user.email, started.Session, assertion)).AuthenticationResult,
    ).toBeTruthy();
  });

  it("rejects an assertion whose signature does not verify", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "bad-signature");
    const { started, options } = await startPasskeySignIn(f, f.choice, user.email);
    const assertion = getAssertion(user.passkey, { challenge: options.challenge, rpId: RP_ID, origin: ORIGIN });
    const tampered = {
      ...assertion,
      response: { ...assertion.response, signature: corrupt(assertion.response.signature) },
    };
    await expectCognitoError(
      answerPasskey(f, f.choice, user.email, started.Session, tampered),
      "NotAuthorizedException",
    );
  });

  it("rejects an assertion whose signature counter went backwards", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "counter");
    const first = await startPasskeySignIn(f, f.choice, user.email);
    const ceremony = { challenge: first.options.challenge, rpId: RP_ID, origin: ORIGIN, counter: 5 };
    await answerPasskey(f, f.choice, user.email, first.started.Session, getAssertion(user.passkey, ceremony));
    const second = await startPasskeySignIn(f, f.choice, user.email);
    const replayed = getAssertion(user.passkey, { ...ceremony, challenge: second.options.challenge, counter: 4 });
    const call = answerPasskey(f, f.choice, user.email, second.started.Session, replayed);
    await expectCognitoError(call, "NotAuthorizedException");
  });

  it("rejects an assertion made on another origin", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "assert-origin");
    const { started, options } = await startPasskeySignIn(f, f.choice, user.email);
    const assertion = getAssertion(user.passkey, {
      challenge: options.challenge,
      rpId: RP_ID,
      origin: "https://evil.example",
    });
    await expectCognitoError(
      answerPasskey(f, f.choice, user.email, started.Session, assertion),
      "NotAuthorizedException",
    );
  });

  it("rejects an assertion of another challenge", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f, "assert-challenge");
    const { started } = await startPasskeySignIn(f, f.choice, user.email);
    const other = await startPasskeySignIn(f, f.choice, user.email);
    const assertion = getAssertion(user.passkey, { challenge: other.options.challenge, rpId: RP_ID, origin: ORIGIN });
    await expectCognitoError(
      answerPasskey(f, f.choice, user.email, started.Session, assertion),
      "NotAuthorizedException",
    );
  });

  it("rejects an assertion by a passkey registered to someone else", async () => {
    const f = fixture();
    const [user, other] = await Promise.all([createPasskeyUser(f, "owner"), createPasskeyUser(f, "intruder")]);
    const { started, options } = await startPasskeySignIn(f, f.choice, user.email);
    const assertion = getAssertion(other.passkey, { challenge: options.challenge, rpId: RP_ID, origin: ORIGIN });
    await expectCognitoError(
      answerPasskey(f, f.choice, user.email, started.Session, assertion),
      "NotAuthorizedException",
    );
  });
});
