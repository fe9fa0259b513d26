import "server-only";
import { attempt } from "../cognito/attempt";
import { signInWithPassword } from "../cognito/sign-in";
import { globalSignOut } from "../cognito/sign-out";
import { authLog } from "../log/auth-log";
import { verifyAccessToken } from "../tokens/verify";
import { reportStoreUnavailable, revocations, signInRegistry } from "./shared-state";

/**
 * After a password reset, every earlier sign-in of the account ends: Cognito does not revoke
 * tokens on ConfirmForgotPassword. At Cognito, a server-side sign-in with the new password yields
 * the access token GlobalSignOut needs; here, the registry ends every sign-in that started before.
 */
export async function endEarlierSignIns(email: string, newPassword: string): Promise<void> {
  const signedIn = await attempt(() => signInWithPassword(email, newPassword));
  const tokens = signedIn.ok && signedIn.value.kind === "signed-in" ? signedIn.value.tokens : null;
  const atCognito = tokens ? await globalSignOut(tokens.accessToken) : false;
  const sub = (tokens && (await verifyAccessToken(tokens.accessToken))?.sub) || (await knownSub(email));
  if (sub) {
    try {
      await revocations().endAllSignIns(sub);
    } catch (error) {
      reportStoreUnavailable(error);
    }
  }
  await authLog.passwordResetSignOut(email, { atCognito, local: sub !== null });
}

async function knownSub(email: string): Promise<string | null> {
  try {
    return await signInRegistry().subForEmail(email);
  } catch {
    return null;
  }
}
