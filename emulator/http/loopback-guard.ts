import type { IncomingMessage } from "node:http";

const LOOPBACK_HOSTNAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);

function loopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTNAMES.has(hostname.toLowerCase());
}

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

export const isLoopbackHost = (host: string | undefined): boolean => host !== undefined && LOOPBACK_HOST.test(host);

export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && loopbackHostname(url.hostname);
  } catch {
    return false;
  }
}

/** A link followed to a read-only page: no other site can read the answer or change anything with it. */
const isReadOnlyNavigation = (req: IncomingMessage) =>
  req.method === "GET" && req.headers["sec-fetch-mode"] === "navigate";

/** Why a page on the internet, through the user's browser or DNS rebinding, must not get this request answered; else null. */
export function loopbackRefusal(req: IncomingMessage): string | null {
  const { host, origin } = req.headers;
  if (!isLoopbackHost(host)) return `Host ${String(host)} is not a loopback host (127.0.0.1, localhost or [::1]).`;
  if (origin !== undefined && !isLoopbackOrigin(origin)) return `Origin ${origin} is not a loopback origin.`;
  if (req.headers["sec-fetch-site"] === "cross-site" && !isReadOnlyNavigation(req)) {
    return "The request came from another web site (Sec-Fetch-Site: cross-site).";
  }
  return null;
}
