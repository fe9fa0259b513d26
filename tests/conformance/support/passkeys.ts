import {
  CompleteWebAuthnRegistrationCommand,
  StartWebAuthnRegistrationCommand,
  type CompleteWebAuthnRegistrationCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import type { AppClient, Fixture } from "./fixture";
import { ORIGIN, respond, RP_ID, userAuth, type PasswordlessFixture } from "./passwordless";
import { createCredential, newPasskey, type SoftwarePasskey } from "./software-authenticator";
import { createConfirmedUser, signInTokens, type TestUser } from "./users";

type Credential = NonNullable<CompleteWebAuthnRegistrationCommandInput["Credential"]>;

interface PasskeyUser extends TestUser {
  passkey: SoftwarePasskey;
  accessToken: string;
}

/** Starts registration with the user's access token and returns the creation options. */
export async function startRegistration(f: Fixture, accessToken: string) {
  const { CredentialCreationOptions } = await f.cognito.send(
    new StartWebAuthnRegistrationCommand({ AccessToken: accessToken }),
  );
  return CredentialCreationOptions as { challenge: string; excludeCredentials: Array<{ id: string }> } & Record<
    string,
    unknown
  >;
}

export function completeRegistration(f: Fixture, accessToken: string, credential: Credential) {
  return f.cognito.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: accessToken, Credential: credential }));
}

/** A confirmed user with a password, a verified email and one registered passkey. */
export async function createPasskeyUser(f: PasswordlessFixture, tag = "passkey"): Promise<PasskeyUser> {
  const user = await createConfirmedUser(f, tag);
  const { AccessToken } = await signInTokens(f, f.choice, user.email, user.password);
  const passkey = newPasskey();
  const { challenge } = await startRegistration(f, AccessToken);
  await completeRegistration(f, AccessToken, createCredential(passkey, { challenge, rpId: RP_ID, origin: ORIGIN }));
  return { ...user, passkey, accessToken: AccessToken };
}

/** InitiateAuth USER_AUTH preferring WEB_AUTHN: the session and the challenge to sign. */
export async function startPasskeySignIn(f: Fixture, client: AppClient, email: string) {
  const started = await userAuth(f, client, email, { PREFERRED_CHALLENGE: "WEB_AUTHN" });
  const options = JSON.parse(started.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "{}") as {
    challenge: string;
    rpId: string;
    allowCredentials: Array<{ id: string }>;
    userVerification: string;
  };
  return { started, options };
}

export function answerPasskey(
  f: Fixture,
  client: AppClient,
  email: string,
  session: string | undefined,
  assertion: object,
) {
  return respond(f, client, "WEB_AUTHN", session, email, { CREDENTIAL: JSON.stringify(assertion) });
}
