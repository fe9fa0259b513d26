/** The same words for every email, known or not: recovery never reveals whether an account exists. */
export const CODE_MAYBE_SENT = "If an account exists for that email, we sent a code";
export const NEW_CODE_MAYBE_SENT = "If an account exists for that email, we sent a new code";
