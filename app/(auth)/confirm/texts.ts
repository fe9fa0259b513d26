export const CODE_SENT = "A new activation code has been sent to your email";
