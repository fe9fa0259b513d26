import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "redis";
import { freePort } from "./free-port";

export interface RedisServer {
  /** redis://[:password@]127.0.0.1:<port>, for REDIS_URL. */
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit; `start()` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Sends a command from a connection of its own, e.g. `["CLIENT", "PAUSE", "2000", "ALL"]`. */
  command(args: string[]): Promise<unknown>;
  /** Stops the server for good and removes its directory. */
  close(): Promise<void>;
}

const BINARY = process.env.REDIS_SERVER_PATH ?? "redis-server";
const READY_TIMEOUT_MS = 10_000;
const NOT_INSTALLED =
  `${BINARY} was not found. Tests run against a real Redis 7: install it with ` +
  "`sudo apt-get install -y redis-server` (Debian, Ubuntu) or `brew install redis` (macOS), " +
  "or set REDIS_SERVER_PATH to its binary.";

/**
 * A throwaway `redis-server` on a free loopback port: no persistence, its own temporary directory.
 * For vitest (`await startRedisServer()` in beforeAll, `close()` in afterAll) and the test stack.
 */
export async function startRedisServer(options: { password?: string } = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "cruddur-redis-"));
  const auth = options.password ? `:${encodeURIComponent(options.password)}@` : "";
  const url = `redis://${auth}127.0.0.1:${port}`;
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
  if (options.password) args.push("--requirepass", options.password);

  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill("SIGKILL");
  process.once("exit", killOnExit);
  const start = async () => {
    child = await spawnServer(args);
    await waitUntilAnswering(url, child);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  };
  await start().catch(async (error: unknown) => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    url,
    port,
    start,
    stop,
    command: (command) => withClient(url, (client) => client.sendCommand(command)),
    close: async () => {
      await stop();
      process.removeListener("exit", killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function spawnServer(args: string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(BINARY, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error(NOT_INSTALLED) : error),
    );
    child.once("spawn", () => resolve(child));
    child.once("exit", (code) => {
      if (code) console.error(`redis-server exited with ${code}:\n${output}`);
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode} before answering`);
    const answer = await withClient(url, (client) => client.ping()).catch(() => undefined);
    if (answer === "PONG") return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not answer on ${url} within ${READY_TIMEOUT_MS} ms`);
}

async function withClient<T>(url: string, run: (client: ReturnType<typeof createClient>) => Promise<T>): Promise<T> {
  const client = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 1_000 } });
  client.on("error", () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    client.destroy();
  }
}
