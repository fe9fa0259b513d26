/** Who is signed in, as the app shows them. */
export interface User {
  sub: string;
  /** cognito:username: the name Cognito expects in SECRET_HASH and refresh calls. */
  username: string;
  email: string;
  name: string;
  handle: string;
}

export interface AuthTokens {
  accessToken: string;
  idToken: string;
  /** Absent after a refresh unless the pool rotates refresh tokens. */
  refreshToken?: string;
  expiresIn: number;
}

/** A sign-in either ends with tokens or asks for one more step, answered with Cognito's `session`. */
export type SignInResult =
  | { kind: "signed-in"; tokens: AuthTokens }
  | { kind: "new-password-required"; session: string; username: string }
  | { kind: "totp-required"; session: string; username: string }
  | { kind: "totp-setup-required"; session: string; username: string }
  | { kind: "mfa-choice"; session: string; username: string };

export interface SignUpResult {
  userSub: string;
  confirmed: boolean;
}
