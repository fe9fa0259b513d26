"use server";

import { redirect } from "next/navigation";
import { verifySession } from "@/lib/auth/dal";
import { reportStoreUnavailable, revocations, signInRegistry } from "@/lib/auth/shared-state";
import { textFields } from "@/lib/forms/form-fields";

const validity = (claims: { exp: number; iat: number }) => ({
  accessValidityMs: (claims.exp - claims.iat) * 1000,
  refreshRevoked: false,
});

/** Ends one of the person's other sign-ins, on every instance, at its next request. */
export async function endSignInAction(formData: FormData): Promise<void> {
  const session = await verifySession();
  if (!session) redirect("/signin?next=%2Fsettings");
  const { sid } = textFields(formData, ["sid"]);
  const notice = await settle(async () => {
    const own = (await signInRegistry().list(session.user.sub)).some((entry) => entry.sid === sid);
    if (!own || sid === session.sessionId) return "sign-in-not-found";
    await revocations().endSignIn(sid, session.user.sub, validity(session.claims));
    return "signed-out-device";
  });
  redirect(`/settings?notice=${notice}`);
}

export async function endOtherSignInsAction(): Promise<void> {
  const session = await verifySession();
  if (!session) redirect("/signin?next=%2Fsettings");
  const notice = await settle(async () => {
    await revocations().endOtherSignIns(session.user.sub, session.sessionId, validity(session.claims));
    return "signed-out-other-devices";
  });
  redirect(`/settings?notice=${notice}`);
}

async function settle(run: () => Promise<string>): Promise<string> {
  try {
    return await run();
  } catch (error) {
    reportStoreUnavailable(error);
    return "session-unavailable";
  }
}
