import { getConfig } from "../config/env";

// A client-sent copy could choose the nonce a page is rendered with.
const INTERNAL_REQUEST_HEADERS = ["x-nonce", "content-security-policy", "content-security-policy-report-only"] as const;

const TWO_YEARS_SECONDS = 63_072_000;

export function contentSecurityPolicy(nonce: string, isProduction: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isProduction ? "" : " 'unsafe-eval'"}`,
    `style-src 'self' ${isProduction ? `'nonce-${nonce}'` : "'unsafe-inline'"}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function responseSecurityHeaders(csp: string, isProduction: boolean): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
    ...(isProduction && { "Strict-Transport-Security": `max-age=${TWO_YEARS_SECONDS}; includeSubDomains` }),
  };
}

function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

interface SecurityHeaders {
  requestHeaders: Headers;
  apply<R extends Response>(response: R): R;
}

export function securityHeadersFor(
  request: { headers: Headers },
  isProduction = getConfig().isProduction,
): SecurityHeaders {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, isProduction);
  const requestHeaders = new Headers(request.headers);
  for (const name of INTERNAL_REQUEST_HEADERS) requestHeaders.delete(name);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const headers = responseSecurityHeaders(csp, isProduction);
  return {
    requestHeaders,
    apply(response) {
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    },
  };
}
