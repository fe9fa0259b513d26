import { randomUUID } from "node:crypto";
import {
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  SignUpCommand,
  type ExplicitAuthFlowsType,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, afterEach, beforeAll } from "vitest";
import { latestCode, resetClock } from "./emulator-control";
import { createClient, createPool, POOL_INPUT, uniqueEmail, type AppClient, type Fixture } from "./fixture";
import { openTarget } from "./target";
import { profile, secretHash } from "./users";

/** Cruddur in development: passkeys for localhost, the app on port 3000. */
export const RP_ID = "localhost";
export const ORIGIN = "http://localhost:3000";
export const OTP_MESSAGE = "Your Cruddur sign-in code is {####}";
const FACTORS = ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] as const;
export const FLOWS: ExplicitAuthFlowsType[] = [
  "ALLOW_USER_AUTH",
  "ALLOW_USER_PASSWORD_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
];

export interface PasswordlessFixture extends Fixture {
  /** ALLOW_USER_AUTH, PreventUserExistenceErrors ENABLED. */
  choice: AppClient;
  /** ALLOW_USER_AUTH, LEGACY. */
  choiceLegacy: AppClient;
  /** ALLOW_USER_AUTH, ENABLED, with a secret. */
  choiceSecret: AppClient;
}

export async function createPasswordlessPool(
  f: Pick<Fixture, "target" | "cognito">,
  UserVerification: "preferred" | "required" = "preferred",
): Promise<string> {
  const poolId = await createPool(f.target, `conformance-${randomUUID().slice(0, 8)}`, {
    UserPoolTier: "ESSENTIALS",
    Policies: { ...POOL_INPUT.Policies, SignInPolicy: { AllowedFirstAuthFactors: [...FACTORS] } },
  });
  await f.cognito.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: poolId,
      WebAuthnConfiguration: { RelyingPartyId: RP_ID, UserVerification },
      EmailMfaConfiguration: { Message: OTP_MESSAGE, Subject: "Your Cruddur sign-in code" },
    }),
  );
  return poolId;
}

/** One Essentials pool per file with email codes and passkeys on, and clients that allow USER_AUTH. */
export function setupPasswordlessFixture(): () => PasswordlessFixture {
  let fixture: PasswordlessFixture | undefined;
  beforeAll(async () => {
    const target = await openTarget();
    const poolId = await createPasswordlessPool({ target, cognito: target.client });
    const client = (input: object) => createClient(target, poolId, { ExplicitAuthFlows: FLOWS, ...input });
    const [legacy, enabled, confidential, choice, choiceLegacy, choiceSecret] = await Promise.all([
      createClient(target, poolId, { PreventUserExistenceErrors: "LEGACY" }),
      createClient(target, poolId, { PreventUserExistenceErrors: "ENABLED" }),
      createClient(target, poolId, { PreventUserExistenceErrors: "ENABLED", GenerateSecret: true }),
      client({ PreventUserExistenceErrors: "ENABLED" }),
      client({ PreventUserExistenceErrors: "LEGACY" }),
      client({ PreventUserExistenceErrors: "ENABLED", GenerateSecret: true }),
    ]);
    const base = { target, cognito: target.client, poolId, legacy, enabled, confidential };
    fixture = { ...base, choice, choiceLegacy, choiceSecret };
  });
  afterEach(async () => {
    if (fixture?.target.kind === "emulator") await resetClock(fixture.target.endpoint);
  });
  afterAll(async () => {
    await fixture?.target.close();
  });
  return () => {
    if (!fixture) throw new Error("fixture used outside a test");
    return fixture;
  };
}

const withHash = (client: AppClient, username: string, values: Record<string, string>) => {
  const hash = secretHash(client, username);
  return hash === undefined ? values : { ...values, SECRET_HASH: hash };
};

export function userAuth(
  f: Fixture,
  client: AppClient,
  username: string,
  extra: Record<string, string> = {},
  Session?: string,
) {
  return f.cognito.send(
    new InitiateAuthCommand({
      ClientId: client.id,
      AuthFlow: "USER_AUTH",
      AuthParameters: withHash(client, username, { USERNAME: username, ...extra }),
      Session,
    }),
  );
}

export function respond(
  f: Fixture,
  client: AppClient,
  name: "SELECT_CHALLENGE" | "EMAIL_OTP" | "WEB_AUTHN",
  session: string | undefined,
  username: string,
  responses: Record<string, string>,
) {
  return f.cognito.send(
    new RespondToAuthChallengeCommand({
      ClientId: client.id,
      ChallengeName: name,
      Session: session,
      ChallengeResponses: withHash(client, username, { USERNAME: username, ...responses }),
    }),
  );
}

/** Signs up without a password and confirms with the emailed code (needs the emulator outbox). */
export async function signUpPasswordless(f: Fixture, client: AppClient, tag = "passwordless") {
  const email = uniqueEmail(tag);
  const { Session } = await f.cognito.send(
    new SignUpCommand({
      ClientId: client.id,
      Username: email,
      SecretHash: secretHash(client, email),
      UserAttributes: profile(),
    }),
  );
  const code = await latestCode(f.target.endpoint, email, "SIGN_UP");
  const confirmed = await f.cognito.send(
    new ConfirmSignUpCommand({ ClientId: client.id, Username: email, ConfirmationCode: code, Session }),
  );
  return { email, signUpSession: Session, confirmedSession: confirmed.Session };
}
