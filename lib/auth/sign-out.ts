"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { globalSignOut, revokeToken } from "../cognito/sign-out";
import { authLog } from "../log/auth-log";
import { readSession } from "../session/cookies";
import { accessLifetimeSeconds } from "../session/refresh-due";
import { clearSession } from "../session/save";
import type { Session } from "../session/types";
import { reportStoreUnavailable, revocations } from "./shared-state";

/** Revokes the refresh token at Cognito, ends this sign-in on every instance, clears the cookies. */
export async function signOut(): Promise<void> {
  const session = await readSession(await cookies(), { withRefreshToken: true });
  if (session) {
    const refreshRevoked = session.refreshToken ? await revokeToken(session.refreshToken) : false;
    await endLocally(() =>
      revocations().endSignIn(session.sessionId, session.user.sub, validityOf(session, refreshRevoked)),
    );
    await authLog.signedOut(session.user, { everywhere: false });
  }
  await clearSession();
  redirect("/?notice=signed-out");
}

/**
 * Every sign-in of the user, here and at Cognito. When Cognito cannot sign the other devices
 * out, they are still ended here, and this one stays signed in so the person can try again.
 */
export async function signOutEverywhere(): Promise<void> {
  const session = await readSession(await cookies(), { withRefreshToken: true });
  if (!session) redirect("/");
  if (!(await globalSignOut(session.accessToken))) {
    await endLocally(() =>
      revocations().endOtherSignIns(session.user.sub, session.sessionId, validityOf(session, false)),
    );
    await authLog.signOutEverywhereFailed(session.user);
    redirect("/?notice=devices-not-signed-out");
  }
  await endLocally(() => revocations().endAllSignIns(session.user.sub));
  await authLog.signedOut(session.user, { everywhere: true });
  await clearSession();
  redirect("/?notice=signed-out-everywhere");
}

function validityOf(session: Session, refreshRevoked: boolean) {
  return {
    accessValidityMs: accessLifetimeSeconds(session.accessToken, session.accessExpiresAt) * 1000,
    refreshRevoked,
  };
}

/** Signing out must finish even when the shared store is down; the outage is logged. */
async function endLocally(end: () => Promise<void>): Promise<void> {
  try {
    await end();
  } catch (error) {
    reportStoreUnavailable(error);
  }
}
