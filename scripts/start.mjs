/**
 * `npm start`: the production server. Next.js runs behind Node's own HTTP server, which fixes what
 * must be fixed before Next.js reads a request:
 *   - with TRUSTED_PROXY_HOPS=0 (the default: clients connect directly) a client-sent
 *     X-Forwarded-For is replaced by the address of the socket, so no client chooses the address
 *     its requests are rate-limited under; with N hops the proxies' chain is kept as it is;
 *   - methods outside HTTP's usual seven (TRACE, CONNECT, WebDAV's…) get a 405: Next.js cannot
 *     even build a Request for TRACE, and answers it with a 500.
 * Listens on -p/--port or PORT (default 3000) and -H/--hostname or HOST (default: every interface),
 * like `next start`. Plain JavaScript with no dev dependency, so it runs where only
 * `npm ci --omit=dev` and a build are.
 */
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

const SHUTDOWN_GRACE_MS = 10_000;
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Port and host from the command line, else PORT and HOST, as `next start` reads them. */
export function listenAddress(argv, env) {
  const flag = (short, long) => {
    const index = argv.findIndex((arg) => arg === short || arg === long);
    const inline = argv.find((arg) => arg.startsWith(`${long}=`));
    return index >= 0 ? argv[index + 1] : inline?.slice(long.length + 1);
  };
  const portText = flag("-p", "--port") || env.PORT || "3000";
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65_535) throw new Error(`Not a port: ${portText}`);
  return { port, host: flag("-H", "--hostname") || env.HOST || undefined };
}

/** TRUSTED_PROXY_HOPS as lib/config reads it; anything else is 0, the choice that trusts no header. */
export function proxyHops(text) {
  const trimmed = (text ?? "").trim();
  return /^\d$/.test(trimmed) ? Number(trimmed) : 0;
}

/**
 * With no trusted proxy, X-Forwarded-For can only come from the client (or from a proxy nobody
 * told us about): it becomes the socket's address, and the first such request is reported once.
 */
export function forwardedForFixer(hops, warn) {
  let warned = false;
  return (req) => {
    if (hops > 0) return;
    if (req.headers["x-forwarded-for"] !== undefined && !warned) {
      warned = true;
      warn(
        "a request arrived with X-Forwarded-For while TRUSTED_PROXY_HOPS=0: if a proxy is in front of Cruddur, set TRUSTED_PROXY_HOPS to the number of proxies; until then the header is replaced by the connection's address",
      );
    }
    req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
  };
}

/** True when it answered: a method nothing here serves. */
export function refuseMethod(req, res) {
  if (METHODS.includes(req.method ?? "")) return false;
  res.writeHead(405, {
    allow: "GET, HEAD, POST",
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end("This method is not allowed here.");
  return true;
}

function problem(message) {
  console.warn(
    JSON.stringify({ time: new Date().toISOString(), log: "problem", event: "start.forwarded-for", message }),
  );
}

async function main() {
  const { port, host } = listenAddress(process.argv.slice(2), process.env);
  process.env.NODE_ENV ||= "production";
  // The middleware reaches the app on loopback through this port.
  process.env.PORT = String(port);
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: host, port });
  await app.prepare();
  // Read only now: preparing the app loads .env files into process.env.
  const fixForwardedFor = forwardedForFixer(proxyHops(process.env.TRUSTED_PROXY_HOPS), problem);
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    if (refuseMethod(req, res)) return;
    fixForwardedFor(req);
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Something went wrong.");
    });
  });
  server.listen(port, host, () => console.log(`Cruddur listening on http://${host ?? "localhost"}:${port}`));
  const stop = () => {
    server.close(() => void app.close().then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
