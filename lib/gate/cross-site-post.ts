import type { NextRequest, NextResponse } from "next/server";
import { refusal } from "./request-shape";

const REFUSAL = "This form can only be submitted from Cruddur itself.";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * Sec-Fetch-Site values of requests our own pages make, or the user starts ("none"). "same-site"
 * is refused too: a sibling subdomain is another origin that SameSite=Lax cookies still reach,
 * and nothing on one has reason to post here.
 */
const OWN_SITE = new Set(["same-origin", "none"]);

function normalizedOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    return url.origin === "null" ? null : url.origin;
  } catch {
    return null;
  }
}

/** Scheme as Next.js saw the request (TLS, or the proxy's X-Forwarded-Proto), host as its action check reads it. */
function ownOrigin(request: NextRequest): string | null {
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0]?.trim();
  return host ? normalizedOrigin(`${request.nextUrl.protocol}//${host}`) : null;
}

/**
 * A state-changing request from another site is refused with a clear 403 (Next.js refuses such
 * server-action calls too, but with a bare 500). The browser says where it comes from in Origin
 * (scheme and host must both be ours) and in Sec-Fetch-Site; either one pointing elsewhere is
 * enough. With neither, the caller is not a browser and carries no ambient cookies to abuse.
 */
export function refuseCrossSitePost(request: NextRequest): NextResponse | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const expected = ownOrigin(request);
  const fromElsewhere =
    (site !== null && !OWN_SITE.has(site)) ||
    (origin !== null && (expected === null || normalizedOrigin(origin) !== expected));
  return fromElsewhere ? refusal(403, REFUSAL) : null;
}
