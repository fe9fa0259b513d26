import { gzipSync } from "node:zlib";
import { EMPTY_PATH } from "./variant";

const JS_ROUTES = ["/signin", "/signup", "/confirm", "/forgot", "/new-password", "/", EMPTY_PATH] as const;

export interface RouteJs {
  route: string;
  status: number;
  scripts: number;
  gzipBytes: number;
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/g;

/**
 * JavaScript files a browser downloads for each route: every `<script src>` in the server's
 * HTML (framework, shared and route chunks), gzipped at the default level. Inline RSC payload
 * scripts are data, not code, and are left out, for the floor as for every route.
 */
export async function measureJsShipped(baseUrl: string): Promise<RouteJs[]> {
  const sizes = new Map<string, number>();
  const gzipped = async (src: string) => {
    let size = sizes.get(src);
    if (size === undefined) {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      size = gzipSync(body).length;
      sizes.set(src, size);
    }
    return size;
  };
  const results: RouteJs[] = [];
  for (const route of JS_ROUTES) {
    const response = await fetch(baseUrl + route, { redirect: "manual" });
    const html = await response.text();
    const sources = [...new Set([...html.matchAll(SCRIPT_SRC)].map((match) => match[1] ?? ""))];
    let total = 0;
    for (const src of sources) total += await gzipped(src);
    results.push({ route, status: response.status, scripts: sources.length, gzipBytes: total });
  }
  return results;
}
