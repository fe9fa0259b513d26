import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormReason, FormState } from "../forms/form-state";
import { getConfig } from "../config/env";
import { createFlowCodec, FORM_FLASH_COOKIE, FORM_FLASH_HEADER } from "./codec";
import { writeFlow } from "./cookie";

/** Long enough for the browser to follow the redirect; middleware hands it to that one render. */
const FLASH_TTL_SECONDS = 60;
const SECRET_FIELDS = new Set(["password", "passwordAgain", "current"]);

const formStateSchema = z.object({
  status: z.enum(["idle", "error", "success"]),
  message: z.string().optional(),
  reason: z.custom<FormReason>((reason) => typeof reason === "string").optional(),
  fieldErrors: z.record(z.string(), z.array(z.string()).optional()).optional(),
  values: z.record(z.string(), z.string()).optional(),
  retryAfterSeconds: z.number().optional(),
});

const flashSchema = z.object({ v: z.literal(1), form: z.string(), state: formStateSchema });
const flashCodec = createFlowCodec(FORM_FLASH_COOKIE, flashSchema, FLASH_TTL_SECONDS);

/**
 * Post/Redirect/Get for forms posted without JavaScript: the result waits in a sealed cookie and
 * the browser is sent back to `page` with a 303, so Back shows no resubmission page and Refresh
 * does not post again. With JavaScript (a fetch carrying `Next-Action`) the state is returned.
 */
export async function answerForm(form: string, page: string, state: FormState): Promise<FormState> {
  if ((await headers()).has("next-action")) return state;
  const values = Object.entries(state.values ?? {}).filter(([name]) => !SECRET_FIELDS.has(name));
  const kept = { ...state, values: Object.fromEntries(values) };
  if (!(await writeFlow(flashCodec, { v: 1, form, state: kept }))) return state;
  redirect(page);
}

/** The result of `form`'s last post without JavaScript, for the page it was sent back to. */
export async function readFormFlash(form: string): Promise<FormState | undefined> {
  const sealed = (await headers()).get(FORM_FLASH_HEADER);
  const flash = sealed ? await flashCodec.unseal(sealed, getConfig().sessionSecrets) : null;
  return flash?.form === form ? flash.state : undefined;
}
