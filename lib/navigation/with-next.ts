import { safeNextPath } from "./safe-redirect";

export function withNext(path: string, next: string, extra: Record<string, string> = {}): string {
  const safe = safeNextPath(next);
  const params = new URLSearchParams({ ...extra, ...(safe !== "/" && { next: safe }) });
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
