import "server-only";
import { z } from "zod";
import { createFlowCodec } from "./codec";
import { clearFlow, readFlow, writeFlow } from "./cookie";

/** As long as a recovery code lives: after that, step 2 cannot succeed anyway. */
const RECOVERY_TTL_SECONDS = 60 * 60;
/** Step 3 ends sooner when the person signs in or asks to reset another password. */
const DONE_TTL_SECONDS = 10 * 60;

const recoverySchema = z.object({
  v: z.literal(1),
  step: z.enum(["reset", "done"]),
  email: z.string().min(1),
  next: z.string(),
});

type RecoveryState = Omit<z.infer<typeof recoverySchema>, "v">;

const recoveryCodec = createFlowCodec("recovery", recoverySchema, RECOVERY_TTL_SECONDS);

export const readRecovery = () => readFlow(recoveryCodec);
export const clearRecovery = () => clearFlow(recoveryCodec);

export function saveRecovery(state: RecoveryState): Promise<boolean> {
  return writeFlow(recoveryCodec, { v: 1, ...state }, state.step === "done" ? DONE_TTL_SECONDS : RECOVERY_TTL_SECONDS);
}
