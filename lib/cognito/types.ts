export interface User {
  sub: string;
  // cognito:username: the name Cognito expects in SECRET_HASH and refresh calls.
  username: string;
  email: string;
  name: string;
  handle: string;
}

export interface AuthTokens {
  accessToken: string;
  idToken: string;
  // Absent after a refresh unless the pool rotates refresh tokens.
  refreshToken?: string;
  expiresIn: number;
}

export type FirstFactor = "PASSWORD" | "EMAIL_OTP" | "WEB_AUTHN";

interface Challenge {
  session: string;
  username: string;
}

export type SignInResult =
  | { kind: "signed-in"; tokens: AuthTokens }
  | ({ kind: "new-password-required" } & Challenge)
  | ({ kind: "totp-required" } & Challenge)
  | ({ kind: "totp-setup-required" } & Challenge)
  | ({ kind: "mfa-choice" } & Challenge)
  | ({ kind: "choose-sign-in"; available: FirstFactor[] } & Challenge)
  | ({ kind: "email-code-required" } & Challenge)
  | ({ kind: "passkey-required"; requestOptions: string } & Challenge);

export interface SignUpResult {
  userSub: string;
  confirmed: boolean;
  session?: string;
}
