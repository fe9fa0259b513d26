export const NEW_CODE_SENT = "We've sent a new code. Only the newest code works.";
