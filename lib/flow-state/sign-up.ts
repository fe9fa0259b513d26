import "server-only";
import { z } from "zod";
import { createFlowCodec } from "./codec";
import { clearFlow, readFlow, writeFlow } from "./cookie";

/** SignUp's Session lives as long as Cognito's authentication session, about 3 minutes. */
const SIGN_UP_TTL_SECONDS = 180;

const signUpSchema = z.object({
  v: z.literal(1),
  email: z.string().min(1),
  /** SignUp's Session, which ConfirmSignUp turns into one that signs the new user in. */
  session: z.string().min(1).max(3000),
});

const signUpCodec = createFlowCodec("sign-up", signUpSchema, SIGN_UP_TTL_SECONDS);

export const saveSignUpSession = (email: string, session: string) => writeFlow(signUpCodec, { v: 1, email, session });
export const clearSignUpSession = () => clearFlow(signUpCodec);

/** SignUp's Session for `email`, if this browser signed it up within the last few minutes. */
export async function signUpSessionFor(email: string): Promise<string | undefined> {
  const saved = await readFlow(signUpCodec);
  return saved?.email === email ? saved.session : undefined;
}
