import { NextResponse, type NextRequest } from "next/server";
import { namesNobody } from "@/lib/feed/addresses";
import { refuseCrossSitePost } from "@/lib/gate/cross-site-post";
import { handOverFormFlash } from "@/lib/gate/form-flash";
import { refuseUnreadableRequest } from "@/lib/gate/request-shape";
import { resolveSession } from "@/lib/gate/resolve-session";
import { securityHeadersFor } from "@/lib/gate/security-headers";
import { isProtectedPath, SESSION_REFRESH_PATH, signInPathFor } from "@/lib/navigation/routes";
import { requestCookieHeader } from "@/lib/session/cookies";
import type { CookieToSet } from "@/lib/session/types";

export async function middleware(request: NextRequest) {
  const refusal = refuseCrossSitePost(request) ?? (await refuseUnreadableRequest(request));
  if (refusal) return refusal;
  const security = securityHeadersFor(request);
  const forgetFlash = handOverFormFlash(request, security.requestHeaders);
  return security.apply(forgetFlash(await gate(request, security.requestHeaders)));
}

async function gate(request: NextRequest, headers: Headers): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (pathname === SESSION_REFRESH_PATH) return NextResponse.next({ request: { headers } });
  const { signedIn, cookies, viewer } = await resolveSession(request.cookies);
  if (!signedIn && isProtectedPath(pathname)) {
    return withCookies(NextResponse.redirect(new URL(signInPathFor(pathname + search), request.url)), cookies);
  }
  const status = namesNobody(pathname, viewer) ? 404 : 200;
  if (cookies.length === 0) return NextResponse.next({ request: { headers }, status });
  headers.set("cookie", requestCookieHeader(request.cookies, cookies));
  return withCookies(NextResponse.next({ request: { headers }, status }), cookies);
}

function withCookies(response: NextResponse, cookies: readonly CookieToSet[]): NextResponse {
  for (const { name, value, options } of cookies) response.cookies.set(name, value, options);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static/|_next/image$|logo\\.svg$).*)"],
};
