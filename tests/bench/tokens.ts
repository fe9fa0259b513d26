import { sessionFromClaims } from "../../lib/session/from-tokens";
import { sessionCookies } from "../../lib/session/cookies";
import type { Session } from "../../lib/session/types";
import { toAccessClaims, type AccessClaims, type IdClaims } from "../../lib/tokens/claims";

/** What the bench knows about the pool it runs against. */
export interface Pool {
  emulatorUrl: string;
  userPoolId: string;
  clientId: string;
  sessionSecret: string;
}

interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken?: string;
}

/** One raw InitiateAuth call, as Cognito's JSON protocol (no SDK on the measured path). */
async function initiateAuth(pool: Pool, flow: string, parameters: Record<string, string>): Promise<Tokens> {
  const response = await fetch(pool.emulatorUrl, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
    },
    body: JSON.stringify({ AuthFlow: flow, ClientId: pool.clientId, AuthParameters: parameters }),
  });
  const body = (await response.json()) as {
    AuthenticationResult?: { AccessToken: string; IdToken: string; RefreshToken?: string };
  };
  const result = body.AuthenticationResult;
  if (!response.ok || !result) throw new Error(`InitiateAuth ${flow} failed: ${JSON.stringify(body)}`);
  return { accessToken: result.AccessToken, idToken: result.IdToken, refreshToken: result.RefreshToken };
}

export const signIn = (pool: Pool, email: string, password: string) =>
  initiateAuth(pool, "USER_PASSWORD_AUTH", { USERNAME: email, PASSWORD: password });

/** Fresh access and ID tokens for the same sign-in: each call yields distinct token strings. */
export const refreshed = async (pool: Pool, refreshToken: string): Promise<Tokens> => ({
  ...(await initiateAuth(pool, "REFRESH_TOKEN_AUTH", { REFRESH_TOKEN: refreshToken })),
  refreshToken,
});

function part(token: string, index: number): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[index] ?? "", "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;
}

/** The session the app would store for these tokens (claims decoded, not verified: the bench issued them). */
export function sessionOf(tokens: Tokens): Session {
  const access = part(tokens.accessToken, 1) as unknown as AccessClaims;
  const id = part(tokens.idToken, 1) as unknown as IdClaims;
  const session = sessionFromClaims(tokens, access, id);
  if (!session) throw new Error("the emulator's access and ID tokens disagree");
  return session;
}

/** A Cookie header carrying `session` sealed with the app's own secret, as the app itself would. */
export async function cookieHeader(session: Session, pool: Pool): Promise<string> {
  const saved = await sessionCookies(session, undefined, { secure: true, secrets: [pool.sessionSecret] });
  if (saved.status !== "saved") throw new Error("session did not fit the cookie budget");
  return saved.cookies.map(({ name, value }) => `${name}=${encodeURIComponent(value)}`).join("; ");
}

/** The same token with a `kid` no JWKS has: verification must look the key up (and fail). */
export function withUnknownKid(token: string, kid: string): string {
  const [, payload, signature] = token.split(".");
  const header = Buffer.from(JSON.stringify({ ...part(token, 0), kid })).toString("base64url");
  return `${header}.${payload}.${signature}`;
}

/** What the data access layer concludes for `session`, for the bench variant's fixed-session switch. */
export function verifiedSessionOf(session: Session): string {
  const claims = toAccessClaims(part(session.accessToken, 1) as Parameters<typeof toAccessClaims>[0]);
  if (!claims) throw new Error("the emulator's access token lacks a claim the app needs");
  const { user, accessToken, sessionId } = session;
  return JSON.stringify({ user, accessToken, sessionId, claims });
}
