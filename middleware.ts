import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config/env";
import { FORM_FLASH_COOKIE, FORM_FLASH_HEADER, flowCookieName } from "@/lib/flow-state/codec";
import { refuseCrossSitePost } from "@/lib/gate/cross-site-post";
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
  const { signedIn, cookies } = await resolveSession(request.cookies);
  if (!signedIn && isProtectedPath(pathname)) {
    return withCookies(NextResponse.redirect(new URL(signInPathFor(pathname + search), request.url)), cookies);
  }
  if (cookies.length === 0) return NextResponse.next({ request: { headers } });
  headers.set("cookie", requestCookieHeader(request.cookies, cookies));
  return withCookies(NextResponse.next({ request: { headers } }), cookies);
}

function withCookies(response: NextResponse, cookies: readonly CookieToSet[]): NextResponse {
  for (const { name, value, options } of cookies) response.cookies.set(name, value, options);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static/|_next/image$|logo\\.svg$).*)"],
};

/**
 * A form's result after a post without JavaScript is shown once: this render gets it in a request
 * header (a cookie cleared here would already be gone from the render), the browser forgets it.
 */
function handOverFormFlash(request: NextRequest, headers: Headers): (response: NextResponse) => NextResponse {
  headers.delete(FORM_FLASH_HEADER);
  const { isProduction } = getConfig();
  const name = flowCookieName(FORM_FLASH_COOKIE, isProduction);
  const flash = request.cookies.get(name)?.value;
  if (request.method !== "GET" || !flash) return (response) => response;
  headers.set(FORM_FLASH_HEADER, flash);
  return (response) => {
    response.cookies.set(name, "", { path: "/", maxAge: 0, secure: isProduction, httpOnly: true, sameSite: "lax" });
    return response;
  };
}
