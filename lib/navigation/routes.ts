const PROTECTED_PREFIXES = ["/notifications", "/messages", "/settings"];

export function isProtectedPath(pathname: string): boolean {
  const path = pathname.toLowerCase();
  return PROTECTED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function signInPathFor(pathWithQuery: string): string {
  return `/signin?next=${encodeURIComponent(pathWithQuery)}`;
}

export const SESSION_REFRESH_PATH = "/api/session/refresh";
