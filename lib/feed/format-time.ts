import { DAY_MS, HOUR_MS, MINUTE_MS } from "./time";

const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const dateWithYearFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

export function formatCreatedAt(createdAt: string, now: Date): string {
  const created = new Date(createdAt);
  const elapsed = now.getTime() - created.getTime();
  if (elapsed < MINUTE_MS) return "just now";
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)}m ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)}h ago`;
  const sameYear = created.getUTCFullYear() === now.getUTCFullYear();
  return (sameYear ? dateFormat : dateWithYearFormat).format(created);
}

export function formatExpiresIn(expiresAt: string, now: Date): string {
  const remaining = new Date(expiresAt).getTime() - now.getTime();
  if (remaining <= 0) return "expired";
  if (remaining >= DAY_MS) return `${Math.floor(remaining / DAY_MS)}d`;
  if (remaining >= HOUR_MS) return `${Math.floor(remaining / HOUR_MS)}h`;
  return `${Math.max(1, Math.floor(remaining / MINUTE_MS))}m`;
}
