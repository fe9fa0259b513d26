export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  TemporaryPasswordValidityDays: number;
}

export type TokenUnit = "seconds" | "minutes" | "hours" | "days";

export interface RefreshTokenRotation {
  Feature: "ENABLED" | "DISABLED";
  RetryGracePeriodSeconds: number;
}

export interface ClientRecord {
  clientId: string;
  clientName: string;
  clientSecret?: string;
  explicitAuthFlows: string[];
  preventUserExistenceErrors: "ENABLED" | "LEGACY";
  enableTokenRevocation: boolean;
  accessTokenValidity?: number;
  idTokenValidity?: number;
  refreshTokenValidity: number;
  tokenValidityUnits?: { AccessToken?: TokenUnit; IdToken?: TokenUnit; RefreshToken?: TokenUnit };
  refreshTokenRotation?: RefreshTokenRotation;
  createdAt: number;
  updatedAt: number;
}

export type UserStatus = "UNCONFIRMED" | "CONFIRMED" | "FORCE_CHANGE_PASSWORD" | "RESET_REQUIRED";

export interface CodeRecord {
  code: string;
  expiresAt: number;
  failedAttempts: number;
}

export type MfaFactor = "SMS_MFA" | "EMAIL_OTP" | "SOFTWARE_TOKEN_MFA";

/** A verified TOTP authenticator; a code is accepted once, so the last accepted time step is kept. */
export interface SoftwareToken {
  secret: string;
  lastUsedStep: number;
  friendlyDeviceName?: string;
}

/** A secret from AssociateSoftwareToken (access token) waiting for VerifySoftwareToken. */
export interface PendingSoftwareToken {
  secret: string;
  failedAttempts: number;
}

export interface UserRecord {
  username: string;
  attributes: Record<string, string>;
  passwordHash: string;
  status: UserStatus;
  enabled: boolean;
  createdAt: number;
  updatedAt: number;
  temporaryPasswordExpiresAt?: number;
  invitedByEmail?: boolean;
  signUpCode?: CodeRecord;
  recoveryCode?: CodeRecord;
  failedSignIns: number;
  lockedUntil: number;
  lastFailedSignInAt: number;
  passkeys?: Passkey[];
  passkeyRegistration?: PendingRegistration;
  softwareToken?: SoftwareToken;
  pendingSoftwareToken?: PendingSoftwareToken;
  /** UserMFASettingList and PreferredMfaSetting. */
  mfaEnabled?: MfaFactor[];
  preferredMfa?: MfaFactor;
  /** A new email waiting for VerifyUserAttribute in a pool that requires verification before update. */
  pendingEmail?: string;
  emailCode?: CodeRecord;
}

/** A registered WebAuthn credential; `publicKey` is the COSE key, base64url. */
export interface Passkey {
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string[];
  attachment?: string;
  friendlyName: string;
  relyingPartyId: string;
  createdAt: number;
}

/** The challenge of a StartWebAuthnRegistration waiting for CompleteWebAuthnRegistration. */
export interface PendingRegistration {
  challenge: string;
  clientId: string;
  expiresAt: number;
}

/** One authentication: the refresh token and every access/ID token minted from it share its origin_jti. */
export interface AuthSession {
  originJti: string;
  username: string;
  clientId: string;
  refreshTokenHash: string;
  /** Refresh tokens replaced by rotation; each still works until `graceUntil`. */
  rotatedOut?: Array<{ hash: string; graceUntil: number }>;
  authTime: number;
  expiresAt: number;
  revoked: boolean;
}

/** A sign-in waiting for the answer to `challengeName`; `data` holds what that challenge's handler needs next. */
export interface ChallengeSession {
  challengeName: string;
  username: string;
  clientId: string;
  expiresAt: number;
  used: boolean;
  failedAttempts?: number;
  data?: Record<string, string>;
}

export type MfaMode = "OFF" | "ON" | "OPTIONAL";
export type UserPoolTier = "LITE" | "ESSENTIALS" | "PLUS";
export type AuthFactor = "PASSWORD" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";

export interface WebAuthnConfiguration {
  RelyingPartyId?: string;
  UserVerification: "preferred" | "required";
}

export interface EmailMfaConfiguration {
  Message?: string;
  Subject?: string;
}

/** Pools stored before these settings existed read as AWS's defaults (see ops/passwordless-settings.ts). */
export interface PasswordlessSettings {
  tier?: UserPoolTier;
  allowedFirstAuthFactors?: AuthFactor[];
  webAuthn?: WebAuthnConfiguration;
  emailMfa?: EmailMfaConfiguration;
  /** When each recent EMAIL_OTP code went out, by user name, for the sending limit. */
  emailOtpSends?: Record<string, number[]>;
}

export interface PoolRecord extends PasswordlessSettings {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  passwordPolicy: PasswordPolicy;
  usernameAttributes: string[];
  aliasAttributes: string[];
  autoVerifiedAttributes: string[];
  /** Absent in stores written before MFA existed: read through `mfaModeOf` / `verifyBeforeUpdate`. */
  mfaConfiguration?: MfaMode;
  softwareTokenMfaEnabled?: boolean;
  attributesRequireVerificationBeforeUpdate?: string[];
  extra: Record<string, unknown>;
  clients: Record<string, ClientRecord>;
  users: Record<string, UserRecord>;
  sessions: Record<string, AuthSession>;
  challenges: Record<string, ChallengeSession>;
}

export type OutboxKind = "SIGN_UP" | "RESEND" | "FORGOT_PASSWORD" | "ADMIN_CREATE_USER" | "VERIFY_EMAIL" | "EMAIL_OTP";

/** A code or temporary password Cognito would have emailed. */
export interface OutboxEntry {
  userPoolId: string;
  username: string;
  email: string;
  kind: OutboxKind;
  code: string;
  /** The email body, for kinds whose template the pool sets (EMAIL_OTP). */
  message?: string;
  sentAt: string;
}

/** Mail the app sends itself (Cognito does not), posted to POST /_emulator/outbox. */
export const APP_MAIL_KINDS = ["EMAIL_CHANGE_NOTICE", "PASSWORD_CHANGE_NOTICE", "MFA_CHANGE_NOTICE"] as const;
export type AppMailKind = (typeof APP_MAIL_KINDS)[number];

export interface AppMail {
  userPoolId?: string;
  email: string;
  kind: AppMailKind;
  subject?: string;
  text?: string;
  sentAt: string;
}

export type OutboxMessage = OutboxEntry | AppMail;

export interface State {
  version: 1;
  pools: Record<string, PoolRecord>;
  outbox: OutboxMessage[];
}

export const emptyState = (): State => ({ version: 1, pools: {}, outbox: [] });
