/** Paths that only signed-in people may open. The middleware redirects early; pages re-check. */
const PROTECTED_PREFIXES = ["/notifications", "/messages", "/settings"];

export function isProtectedPath(pathname: string): boolean {
  const path = pathname.toLowerCase();
  return PROTECTED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Where sign-in sends a signed-out visitor so that it comes back here afterwards. */
export function signInPathFor(pathWithQuery: string): string {
  return `/signin?next=${encodeURIComponent(pathWithQuery)}`;
}

/** The Node.js route the Edge middleware asks to refresh a session (it holds the shared store). */
export const SESSION_REFRESH_PATH = "/api/session/refresh";
