export class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (type: string) => (message: string) => new CognitoError(type, message);

export const notAuthorized = fail("NotAuthorizedException");
export const invalidParameter = fail("InvalidParameterException");
export const resourceNotFound = fail("ResourceNotFoundException");
export const userNotFound = fail("UserNotFoundException");
export const serialization = fail("SerializationException");

export const messages = {
  badCredentials: "Incorrect username or password.",
  userMissing: "User does not exist.",
  userClientMissing: "Username/client id combination not found.",
  notConfirmed: "User is not confirmed.",
  emailExists: "An account with the given email already exists.",
  userExists: "User already exists",
  codeMismatch: "Invalid verification code provided, please try again.",
  codeExpired: "Invalid code provided, please request a code again.",
  attemptLimit: "Attempt limit exceeded, please try after some time.",
  resetRequired: "Password reset required for the user",
  lockedOut: "Password attempts exceeded",
  disabled: "User is disabled.",
  accessRevoked: "Access Token has been revoked",
  accessExpired: "Access Token has expired",
  accessInvalid: "Invalid Access Token",
  refreshRevoked: "Refresh Token has been revoked",
  refreshExpired: "Refresh Token has expired",
  refreshInvalid: "Invalid Refresh Token",
  sessionExpired: "Invalid session for the user, session is expired.",
  sessionReused: "Invalid session for the user, session can only be used once.",
  sessionInvalid: "Invalid session for the user.",
  tempPasswordExpired: "Temporary password has expired and must be reset by an administrator.",
  totpNotEnabledInPool: "Software Token MFA has not been enabled by the userPool.",
  totpMissing: "Software Token MFA does not exist for the user.",
  totpSetupMismatch: "Code mismatch and fail enable Software Token MFA",
  mfaCodeMismatch: "Invalid code received for user.",
  totpReused: "Your software token has already been used once.",
} as const;

export const codeMismatch = () => new CognitoError("CodeMismatchException", messages.codeMismatch);
export const codeExpired = () => new CognitoError("ExpiredCodeException", messages.codeExpired);
export const attemptLimit = () => new CognitoError("LimitExceededException", messages.attemptLimit);
export const userNotConfirmed = () => new CognitoError("UserNotConfirmedException", messages.notConfirmed);
export const passwordResetRequired = () => new CognitoError("PasswordResetRequiredException", messages.resetRequired);
export const invalidPassword = (rule: string) =>
  new CognitoError("InvalidPasswordException", `Password did not conform with policy: ${rule}`);
export const aliasExists = () => new CognitoError("AliasExistsException", messages.emailExists);
export const usernameExists = (byEmail: boolean) =>
  new CognitoError("UsernameExistsException", byEmail ? messages.emailExists : messages.userExists);
export const poolNotFound = (id: string) => resourceNotFound(`User pool ${id} does not exist.`);
export const clientNotFound = (id: string) => resourceNotFound(`User pool client ${id} does not exist.`);
export const secretHashMissing = (clientId: string) =>
  notAuthorized(`Client ${clientId} is configured with secret but SECRET_HASH was not received`);
export const secretHashInvalid = (clientId: string) =>
  notAuthorized(`Unable to verify secret hash for client ${clientId}`);
export const featureUnavailable = (feature: string) =>
  new CognitoError(
    "FeatureUnavailableInTierException",
    `${feature} is not available in the user pool's current feature plan (LITE); it needs ESSENTIALS or PLUS.`,
  );
export const refreshTokenReuse = () =>
  new CognitoError(
    "RefreshTokenReuseException",
    "Refresh Token has been invalidated by refresh token rotation and its grace period is over.",
  );
export const webAuthn = {
  notEnabled: () =>
    new CognitoError("WebAuthnNotEnabledException", "Passkey sign-in (WEB_AUTHN) is not enabled for this user pool."),
  configurationMissing: () =>
    new CognitoError(
      "WebAuthnConfigurationMissingException",
      "The user pool has no WebAuthnConfiguration.RelyingPartyId and no domain.",
    ),
  challengeNotFound: () =>
    new CognitoError(
      "WebAuthnChallengeNotFoundException",
      "No registration challenge is waiting for this credential, or it has expired: call StartWebAuthnRegistration again.",
    ),
  clientMismatch: () =>
    new CognitoError(
      "WebAuthnClientMismatchException",
      "The access token is for a different app client than the StartWebAuthnRegistration request.",
    ),
  notSupported: (reason: string) =>
    new CognitoError("WebAuthnCredentialNotSupportedException", `The passkey is not supported: ${reason}`),
  originNotAllowed: (origin: string) =>
    new CognitoError(
      "WebAuthnOriginNotAllowedException",
      `The origin ${origin} does not match the user pool relying party id.`,
    ),
  relyingPartyMismatch: () =>
    new CognitoError(
      "WebAuthnRelyingPartyMismatchException",
      "The passkey was created for a different relying party id than the user pool's.",
    ),
};

const softwareTokenNotFound = fail("SoftwareTokenMFANotFoundException");
export const totpNotEnabledInPool = () => softwareTokenNotFound(messages.totpNotEnabledInPool);
export const totpMissing = () => softwareTokenNotFound(messages.totpMissing);
export const totpSetupMismatch = () => new CognitoError("EnableSoftwareTokenMFAException", messages.totpSetupMismatch);
export const mfaCodeMismatch = () => new CognitoError("CodeMismatchException", messages.mfaCodeMismatch);
export const totpReused = () => new CognitoError("ExpiredCodeException", messages.totpReused);
