import { AuthError } from "./errors";
import type { AuthTokens, SignInResult } from "./types";

interface VendorAuthResult {
  AccessToken?: string;
  IdToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
}

export interface VendorAuthOutput {
  AuthenticationResult?: VendorAuthResult;
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}

export function toTokens(result: VendorAuthResult | undefined): AuthTokens | null {
  if (!result?.AccessToken || !result.IdToken) return null;
  const tokens: AuthTokens = {
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    expiresIn: result.ExpiresIn ?? 3600,
  };
  if (result.RefreshToken) tokens.refreshToken = result.RefreshToken;
  return tokens;
}

export function toSignInResult(output: VendorAuthOutput, username: string): SignInResult {
  const tokens = toTokens(output.AuthenticationResult);
  if (tokens) return { kind: "signed-in", tokens };
  if (output.ChallengeName === "NEW_PASSWORD_REQUIRED" && output.Session) {
    return {
      kind: "new-password-required",
      session: output.Session,
      username: output.ChallengeParameters?.USER_ID_FOR_SRP ?? username,
    };
  }
  throw new AuthError("unsupported-challenge");
}
