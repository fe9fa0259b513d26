/** Between two "Send a new code" requests from one browser. Pure, so the page can count down. */
export const RESEND_COOLDOWN_SECONDS = 30;

export function secondsUntil(availableAt: number, now = Date.now()): number {
  return Math.max(0, Math.ceil((availableAt - now) / 1000));
}
