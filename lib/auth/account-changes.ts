import "server-only";
import { cookies } from "next/headers";
import { pendingEmail } from "../flow-state/pending-email";
import { authLog } from "./auth-log";
import { emailChangedNotice, sendAppMail } from "../mail/send";
import { clearSession } from "../session/save";
import { refreshSession } from "./refresh-session";
import { reportStoreUnavailable, revocations, signInRegistry } from "./shared-state";
import type { VerifiedSession } from "./verify-session";

// The session's email comes from the ID token, which changes only with new tokens.
export async function settleEmailChange(session: VerifiedSession, oldEmail: string, newEmail: string): Promise<void> {
  const { sub } = session.user;
  await pendingEmail.clear(sub);
  await sendAppMail(emailChangedNotice(oldEmail, newEmail));
  try {
    await signInRegistry().moveAccount(sub, oldEmail, newEmail);
  } catch (error) {
    reportStoreUnavailable(error);
  }
  const jar = await cookies();
  const renewed = await refreshSession(jar);
  for (const { name, value, options } of renewed.cookies) jar.set(name, value, options);
  await authLog.emailChanged(session.user, { sessionRenewed: renewed.signedIn && renewed.cookies.length > 0 });
}

export async function endDeletedAccount(session: VerifiedSession, email: string): Promise<void> {
  const { sub } = session.user;
  const validityMs = (session.claims.exp - session.claims.iat) * 1000;
  let local = true;
  try {
    await revocations().endAccount(sub, email, validityMs);
    await pendingEmail.clear(sub);
  } catch (error) {
    local = false;
    reportStoreUnavailable(error);
  }
  await authLog.accountDeleted({ email, sub }, { local });
  await clearSession();
}
