import { AuthError } from "./errors";
import type { AuthTokens, FirstFactor, SignInResult } from "./types";

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
  AvailableChallenges?: string[];
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

const CHALLENGE_STEPS = {
  NEW_PASSWORD_REQUIRED: "new-password-required",
  SOFTWARE_TOKEN_MFA: "totp-required",
  MFA_SETUP: "totp-setup-required",
  SELECT_MFA_TYPE: "mfa-choice",
  SELECT_CHALLENGE: "choose-sign-in",
  EMAIL_OTP: "email-code-required",
  WEB_AUTHN: "passkey-required",
} as const;

function offersTotp(output: VendorAuthOutput): boolean {
  if (output.ChallengeName !== "SELECT_MFA_TYPE") return true;
  return (output.ChallengeParameters?.MFAS_CAN_CHOOSE ?? "").includes("SOFTWARE_TOKEN_MFA");
}

const FIRST_FACTORS: readonly FirstFactor[] = ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"];

function firstFactors(names: string[] | undefined): FirstFactor[] {
  return FIRST_FACTORS.filter((factor) => names?.includes(factor));
}

export function toSignInResult(output: VendorAuthOutput, username: string): SignInResult {
  const tokens = toTokens(output.AuthenticationResult);
  if (tokens) return { kind: "signed-in", tokens };
  const name = output.ChallengeName ?? "";
  const kind = Object.hasOwn(CHALLENGE_STEPS, name) ? CHALLENGE_STEPS[name as keyof typeof CHALLENGE_STEPS] : null;
  if (!kind || !output.Session || !offersTotp(output)) throw new AuthError("unsupported-challenge");
  const challenge = { session: output.Session, username: output.ChallengeParameters?.USER_ID_FOR_SRP ?? username };
  if (kind === "choose-sign-in") return { kind, ...challenge, available: firstFactors(output.AvailableChallenges) };
  if (kind !== "passkey-required") return { kind, ...challenge };
  const requestOptions = output.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS;
  if (!requestOptions) throw new AuthError("unsupported-challenge");
  return { kind, ...challenge, requestOptions };
}
