import { NextResponse, type NextRequest } from "next/server";

const REFUSAL = "This form can only be submitted from Cruddur itself.";

/**
 * A POST whose Origin is another site (or "null") is refused with a clear 403. Next.js refuses
 * such server-action calls too, but with a bare 500; the host it compares against is the first
 * X-Forwarded-Host when present, else Host, and so is ours. A POST without Origin is left to
 * Next.js: browsers always send one, and non-browser callers carry no ambient cookies to abuse.
 */
export function refuseCrossSitePost(request: NextRequest): NextResponse | null {
  if (request.method !== "POST") return null;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const expectedHost = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "")
    .split(",")[0]
    ?.trim();
  if (expectedHost && hostOf(origin) === expectedHost.toLowerCase()) return null;
  return new NextResponse(REFUSAL, {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
