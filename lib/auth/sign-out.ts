"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { globalSignOut, revokeToken } from "../cognito/sign-out";
import { authLog } from "./auth-log";
import { readSession } from "../session/cookies";
import { accessLifetimeSeconds } from "../session/refresh-due";
import { clearSession } from "../session/save";
import type { Session } from "../session/types";
import { reportStoreUnavailable, revocations } from "./shared-state";

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

// Signing out must finish even when the shared store is down.
async function endLocally(end: () => Promise<void>): Promise<void> {
  try {
    await end();
  } catch (error) {
    reportStoreUnavailable(error);
  }
}
