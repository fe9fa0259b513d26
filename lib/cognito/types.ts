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

/** The first factors choice-based sign-in (USER_AUTH) can offer; PASSWORD_SRP is not used by Cruddur. */
export type FirstFactor = "PASSWORD" | "EMAIL_OTP" | "WEB_AUTHN";

interface Challenge {
  session: string;
  username: string;
}

/** A sign-in either ends with tokens or asks for one more step, answered with Cognito's `session`. */
export type SignInResult =
  | { kind: "signed-in"; tokens: AuthTokens }
  | ({ kind: "new-password-required" } & Challenge)
  | ({ kind: "totp-required" } & Challenge)
  | ({ kind: "totp-setup-required" } & Challenge)
  | ({ kind: "mfa-choice" } & Challenge)
  | ({ kind: "choose-sign-in"; available: FirstFactor[] } & Challenge)
  | ({ kind: "email-code-required" } & Challenge)
  /** `requestOptions`: CREDENTIAL_REQUEST_OPTIONS, the JSON for navigator.credentials.get. */
  | ({ kind: "passkey-required"; requestOptions: string } & Challenge);

export interface SignUpResult {
  userSub: string;
  confirmed: boolean;
  /** For ConfirmSignUp, whose own Session then signs the new user in (choice-based sign-in only). */
  session?: string;
}
