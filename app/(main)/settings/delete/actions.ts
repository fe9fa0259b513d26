"use server";

import { redirect } from "next/navigation";
import { endDeletedAccount } from "@/lib/auth/account-changes";
import { requireRecentConfirmation } from "@/lib/auth/step-up";
import { accountDetails, deleteUser } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await requireRecentConfirmation("/settings/delete");
  const { email } = textFields(formData, ["email"]);
  const account = await attempt(() => accountDetails(session.accessToken));
  if (!account.ok) return failure(account.error);
  if (!email.trim()) return { status: "error", fieldErrors: { email: ["Type your email address to confirm."] } };
  if (!sameAddress(email, account.value.email)) {
    return { status: "error", fieldErrors: { email: ["That is not your account's email address."] } };
  }
  const deleted = await attempt(() => deleteUser(session.accessToken));
  if (!deleted.ok) return failure(deleted.error);
  await endDeletedAccount(session, account.value.email);
  redirect("/?notice=account-deleted");
}
