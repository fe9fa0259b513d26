import { NextResponse, type NextRequest } from "next/server";
import { refuseCrossSitePost } from "@/lib/gate/cross-site-post";
import { refuseUnreadableRequest } from "@/lib/gate/request-shape";
import { resolveSession } from "@/lib/gate/resolve-session";
import { securityHeadersFor } from "@/lib/gate/security-headers";
import { isProtectedPath, SESSION_REFRESH_PATH, signInPathFor } from "@/lib/navigation/routes";
import { requestCookieHeader } from "@/lib/session/cookies";
import type { CookieToSet } from "@/lib/session/types";

/**
 * The fast, optimistic gate (Edge runtime): verifies the access token, has it refreshed when it
 * is about to expire, and sends signed-out visitors of protected pages to sign-in. Pages, actions
 * and route handlers still re-verify through lib/auth/dal.ts.
 */
export async function middleware(request: NextRequest) {
  const refusal = refuseCrossSitePost(request) ?? (await refuseUnreadableRequest(request));
  if (refusal) return refusal;
  const security = securityHeadersFor(request);
  return security.apply(await gate(request, security.requestHeaders));
}

async function gate(request: NextRequest, headers: Headers): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (pathname === SESSION_REFRESH_PATH) return NextResponse.next({ request: { headers } });
  const { signedIn, cookies } = await resolveSession(request.cookies);
  if (!signedIn && isProtectedPath(pathname)) {
    return withCookies(NextResponse.redirect(new URL(signInPathFor(pathname + search), request.url)), cookies);
  }
  if (cookies.length === 0) return NextResponse.next({ request: { headers } });
  // Hand the refreshed (or cleared) cookies to this same request's render, not just the browser.
  headers.set("cookie", requestCookieHeader(request.cookies, cookies));
  return withCookies(NextResponse.next({ request: { headers } }), cookies);
}

function withCookies(response: NextResponse, cookies: readonly CookieToSet[]): NextResponse {
  for (const { name, value, options } of cookies) response.cookies.set(name, value, options);
  return response;
}

export const config = {
  // Everything but build assets and the files public/ really holds (lib/gate/matcher.test.ts keeps
  // the list equal to the folder): a page path that merely ends in .js or .png still gets the gate.
  matcher: ["/((?!_next/static/|_next/image$|logo\\.svg$).*)"],
};
