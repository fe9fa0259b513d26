"use server";

import type { FormState } from "@/lib/forms/form-state";

export async function signIn(_prev: FormState, _formData: FormData): Promise<FormState> {
  return { status: "error", message: "Not wired yet" };
}
