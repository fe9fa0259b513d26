import { createServer, request } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Balancer {
  url: string;
  close(): Promise<void>;
}

/** The request header that pins a request to one instance; without it requests alternate. */
export const INSTANCE_HEADER = "x-test-instance";

/**
 * One origin in front of several app instances, as a load balancer is: browsers bind cookies to
 * an origin's port, so two instances on two ports would never share a browser's session.
 * The Host header is kept, so the app sees the origin the browser used.
 */
export async function startBalancer(instances: Record<string, string>): Promise<Balancer> {
  const names = Object.keys(instances);
  const sockets = new Set<Socket>();
  let turn = 0;
  const server = createServer((req, res) => {
    const pinned = req.headers[INSTANCE_HEADER];
    const name = typeof pinned === "string" && pinned in instances ? pinned : names[turn++ % names.length];
    const target = new URL(req.url ?? "/", instances[name ?? ""]);
    const outgoing = request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    outgoing.on("error", () => res.destroy());
    req.pipe(outgoing);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
