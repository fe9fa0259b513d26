import type { MfaFactor, PoolRecord, UserRecord } from "../../store/types";
import { mfaModeOf } from "../pool-settings";

function enabledFactors(user: UserRecord): MfaFactor[] {
  return (user.mfaEnabled ?? []).filter((factor) => factor === "SOFTWARE_TOKEN_MFA" && user.softwareToken);
}

/** MFA required asks for every factor the user has set up; optional MFA, for the ones they turned on. */
export function factorsForSignIn(pool: PoolRecord, user: UserRecord): MfaFactor[] {
  const mode = mfaModeOf(pool);
  if (mode === "OFF") return [];
  if (mode === "OPTIONAL") return enabledFactors(user);
  return user.softwareToken ? ["SOFTWARE_TOKEN_MFA"] : [];
}

export function setTotpEnabled(user: UserRecord, enabled: boolean, preferred: boolean | undefined): void {
  const others = (user.mfaEnabled ?? []).filter((factor) => factor !== "SOFTWARE_TOKEN_MFA");
  user.mfaEnabled = enabled ? [...others, "SOFTWARE_TOKEN_MFA"] : others;
  if (preferred === true) user.preferredMfa = "SOFTWARE_TOKEN_MFA";
  if ((preferred === false || !enabled) && user.preferredMfa === "SOFTWARE_TOKEN_MFA") delete user.preferredMfa;
}

/** MFAOptions only ever described SMS, which is not emulated. */
export function mfaSettingsView(user: UserRecord) {
  const enabled = enabledFactors(user);
  return {
    ...(enabled.length ? { UserMFASettingList: enabled } : {}),
    ...(user.preferredMfa && enabled.includes(user.preferredMfa) ? { PreferredMfaSetting: user.preferredMfa } : {}),
  };
}
