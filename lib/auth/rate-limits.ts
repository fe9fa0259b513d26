import "server-only";
import { headers } from "next/headers";
import { getConfig } from "../config/env";
import { authLog } from "./auth-log";
import { sharedStoreOrLocal } from "../store/shared";
import { clientIpFrom } from "../rate-limit/client-ip";
import { RateLimiter } from "../rate-limit/limiter";

let limiter: RateLimiter | undefined;

function getLimiter(): RateLimiter {
  const { policy } = getConfig().rateLimit;
  limiter ??= new RateLimiter(sharedStoreOrLocal(), policy, (event) => void authLog.rateLimited(event));
  return limiter;
}

export const authRateLimit = {
  check: (...args: Parameters<RateLimiter["check"]>) => getLimiter().check(...args),
  recordFailure: (...args: Parameters<RateLimiter["recordFailure"]>) => getLimiter().recordFailure(...args),
  failuresSpent: (...args: Parameters<RateLimiter["failuresSpent"]>) => getLimiter().failuresSpent(...args),
};

export function spendEmail() {
  return getLimiter().check("email", { global: "pool" });
}

export async function requestIp(): Promise<string> {
  return clientIpFrom(await headers(), getConfig().rateLimit.trustedProxyHops);
}

export function requestIpOf(request: Request): string {
  return clientIpFrom(request.headers, getConfig().rateLimit.trustedProxyHops);
}
