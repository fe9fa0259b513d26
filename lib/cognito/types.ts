export interface AuthTokens {
  accessToken: string;
  idToken: string;
  /** Absent after a refresh unless the pool rotates refresh tokens. */
  refreshToken?: string;
  expiresIn: number;
}

export type SignInResult =
  { kind: "signed-in"; tokens: AuthTokens } | { kind: "new-password-required"; session: string; username: string };

export interface SignUpResult {
  userSub: string;
  confirmed: boolean;
}

export interface PasswordPolicy {
  minLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}
