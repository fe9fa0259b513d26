import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { getMessageGroups } from "../../lib/feed/messages";
import { EMPTY_PATH, UNMATCHED_PATH } from "./variant";

export interface PageHtml {
  path: string;
  signedIn: { status: number; bytes: number; gzipBytes: number };
  signedOut: { status: number; bytes: number; gzipBytes: number };
}

/**
 * Every page the build has (its app-path-routes manifest: route handlers and the bench's own
 * copy of `/` left out), with the demo user's handle and a conversation's handle in the dynamic
 * segments, as the rewrites in next.config.ts serve them (`/@handle`).
 */
function pagePaths(variantDir: string, demoHandle: string): string[] {
  const manifest = JSON.parse(readFileSync(join(variantDir, ".next/app-path-routes-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  const conversation = getMessageGroups(new Date(), demoHandle)[0]?.handle ?? demoHandle;
  return Object.entries(manifest)
    .filter(([entry]) => entry.endsWith("/page"))
    .map(([, route]) => route)
    .filter((route) => route !== UNMATCHED_PATH && !route.startsWith("/_"))
    .map((route) =>
      route
        .replace(/^\/messages\/users\/\[handle\]$/, `/messages/@${conversation}`)
        .replace(/^\/users\/\[handle\]$/, `/@${demoHandle}`),
    )
    .sort((a, b) => (a === EMPTY_PATH ? 1 : b === EMPTY_PATH ? -1 : a.localeCompare(b)));
}

async function measure(url: string, headers: Record<string, string>) {
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: body.length, gzipBytes: gzipSync(body).length };
}

/** The HTML of every page as sent, signed in and signed out (a redirect's own short body included). */
export async function measureHtml(
  baseUrl: string,
  variantDir: string,
  demoHandle: string,
  signedInCookie: string,
): Promise<PageHtml[]> {
  const pages: PageHtml[] = [];
  for (const path of pagePaths(variantDir, demoHandle)) {
    pages.push({
      path,
      signedIn: await measure(baseUrl + path, { cookie: signedInCookie }),
      signedOut: await measure(baseUrl + path, {}),
    });
  }
  return pages;
}
