"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { globalSignOut, revokeToken } from "../cognito/sign-out";
import { authLog } from "../log/auth-log";
import { readSession } from "../session/cookies";
import { clearSession } from "../session/save";
import { revocationStore } from "./revocation";

const REFRESH_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;

/**
 * Revokes the refresh token at Cognito and denies this session's access token locally until it
 * expires (a locally verified JWT would otherwise stay valid), then clears the cookies.
 */
export async function signOut(): Promise<void> {
  await endSession({ everywhere: false });
  redirect("/");
}

/** Also signs the user out of every other device (GlobalSignOut). */
export async function signOutEverywhere(): Promise<void> {
  await endSession({ everywhere: true });
  redirect("/");
}

async function endSession({ everywhere }: { everywhere: boolean }) {
  const session = await readSession(await cookies(), { withRefreshToken: true });
  if (session) {
    const now = Math.floor(Date.now() / 1000);
    const revoked = session.refreshToken ? await revokeToken(session.refreshToken) : false;
    // If Cognito could not revoke the refresh token, keep denying the session for its whole life.
    revocationStore.revokeSession(
      session.sessionId,
      revoked ? session.accessExpiresAt : now + REFRESH_TOKEN_LIFETIME_SECONDS,
    );
    if (everywhere) {
      await globalSignOut(session.accessToken);
      revocationStore.revokeUser(session.user.sub, now);
    }
    await authLog.signedOut(session.user, { everywhere });
  }
  await clearSession();
}
