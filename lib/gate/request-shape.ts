import { NextResponse, type NextRequest } from "next/server";

export const MAX_BODY_BYTES = 1024 * 1024;
const PAGE_METHODS = ["GET", "HEAD", "POST"];
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function refusal(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

async function bodySizeUpTo(request: NextRequest, limit: number): Promise<number> {
  const reader = request.clone().body?.getReader();
  let size = 0;
  while (reader && size <= limit) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
  }
  // Not awaited: cancelling one branch of a cloned body settles only once the other is done too.
  reader?.cancel().catch(() => undefined);
  return size;
}

async function isReadableForm(request: NextRequest, contentType: string): Promise<boolean> {
  if (!/;\s*boundary=/i.test(contentType)) return false;
  try {
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

export async function refuseUnreadableRequest(request: NextRequest): Promise<NextResponse | null> {
  const { method } = request;
  if (!PAGE_METHODS.includes(method) && !request.nextUrl.pathname.startsWith("/api/")) {
    return refusal(405, "This method is not allowed here.", { allow: PAGE_METHODS.join(", ") });
  }
  if (!BODY_METHODS.has(method) || request.body === null) return null;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  const size = Number.isNaN(declared) ? await bodySizeUpTo(request, MAX_BODY_BYTES) : declared;
  if (size > MAX_BODY_BYTES) return refusal(413, "This request is too large.");
  const contentType = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(contentType) && !(await isReadableForm(request, contentType))) {
    return refusal(400, "This form could not be read. Please reload the page and try again.");
  }
  return null;
}
