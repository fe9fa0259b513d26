import type { NextRequest, NextResponse } from "next/server";
import { refusal } from "./request-shape";

const REFUSAL = "This form can only be submitted from Cruddur itself.";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const OWN_SITE = new Set(["same-origin", "none"]);

function normalizedOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    return url.origin === "null" ? null : url.origin;
  } catch {
    return null;
  }
}

function ownOrigin(request: NextRequest): string | null {
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0]?.trim();
  return host ? normalizedOrigin(`${request.nextUrl.protocol}//${host}`) : null;
}

export function refuseCrossSitePost(request: NextRequest): NextResponse | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const expected = ownOrigin(request);
  // With neither header the caller is no browser, so it carries no ambient cookies to abuse.
  const fromElsewhere =
    (site !== null && !OWN_SITE.has(site)) ||
    (origin !== null && (expected === null || normalizedOrigin(origin) !== expected));
  return fromElsewhere ? refusal(403, REFUSAL) : null;
}
