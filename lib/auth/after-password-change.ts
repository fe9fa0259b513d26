import "server-only";
import { attempt } from "../cognito/attempt";
import { respondToTotpChallenge, signInWithPassword } from "../cognito/sign-in";
import { globalSignOut } from "../cognito/sign-out";
import { authLog } from "./auth-log";
import { verifyAccessToken } from "../tokens/verify";
import { reportStoreUnavailable, revocations, signInRegistry } from "./shared-state";
import { startSession } from "./start-session";
import type { VerifiedSession } from "./verify-session";

export async function endEarlierSignIns(email: string, newPassword: string): Promise<void> {
  // Cognito does not revoke tokens on ConfirmForgotPassword, and GlobalSignOut needs an access token.
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
