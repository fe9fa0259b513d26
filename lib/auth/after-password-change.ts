import "server-only";
import { attempt } from "../cognito/attempt";
import { respondToTotpChallenge, signInWithPassword } from "../cognito/sign-in";
import { globalSignOut } from "../cognito/sign-out";
import { authLog } from "../log/auth-log";
import { verifyAccessToken } from "../tokens/verify";
import { reportStoreUnavailable, revocations, signInRegistry } from "./shared-state";
import { startSession } from "./start-session";
import type { VerifiedSession } from "./verify-session";

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

/**
 * After a password change, every other sign-in of the account ends, here and at Cognito, and
 * this browser stays signed in: GlobalSignOut with this session's token, then a sign-in of its
 * own with the new password (and the authenticator code, when two-factor is on) starts a new
 * session here. False when that sign-in failed: this session then lasts as long as its token.
 */
export async function restartAfterPasswordChange(session: VerifiedSession, newPassword: string, code: string) {
  const { email, sub } = session.user;
  const atCognito = await globalSignOut(session.accessToken);
  const signedIn = await attempt(async () => {
    const first = await signInWithPassword(email, newPassword);
    return first.kind === "totp-required" ? respondToTotpChallenge(first.username, first.session, code) : first;
  });
  const tokens = signedIn.ok && signedIn.value.kind === "signed-in" ? signedIn.value.tokens : null;
  try {
    if (tokens) await revocations().endAllSignIns(sub);
    else
      await revocations().endOtherSignIns(sub, session.sessionId, {
        accessValidityMs: 3_600_000,
        refreshRevoked: atCognito,
      });
  } catch (error) {
    reportStoreUnavailable(error);
  }
  await authLog.passwordChangeSignOut(email, { atCognito, kept: tokens !== null });
  return tokens !== null && (await startSession(tokens, email)) === null;
}
