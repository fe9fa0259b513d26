import { getConfig } from "../config/env";
import { newNonce } from "./nonce";

// A client-sent copy could choose the nonce a page is rendered with.
const INTERNAL_REQUEST_HEADERS = ["x-nonce", "content-security-policy", "content-security-policy-report-only"] as const;

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
  return {
    requestHeaders,
    apply(response) {
      response.headers.set("Content-Security-Policy", csp);
      response.headers.set("Cache-Control", "no-store");
      return response;
    },
  };
}
