import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FallbackStore } from "./fallback-store";
import { MemoryStore } from "./memory-store";
import { parseRedisUrl } from "./redis-connection";
import { KEY_PREFIX, RedisStore } from "./redis-store";
import { RespError, RespParser, encodeCommand } from "./resp";

/** A fake Redis: parses RESP commands itself, records them, and answers the rate-limit script. */
class FakeRedis {
  readonly commands: string[][] = [];
  readonly raw: Buffer[] = [];
  connections = 0;
  mode: "normal" | "silent" | "error" | "bytewise" = "normal";
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();
  private readonly server: Server = createServer((socket) => this.serve(socket));
  private readonly sockets = new Set<Socket>();

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    return `127.0.0.1:${address.port}`;
  }

  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private serve(socket: Socket): void {
    this.connections += 1;
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    let pending = "";
    socket.on("data", (chunk: Buffer) => {
      this.raw.push(chunk);
      pending += chunk.toString("utf8");
      for (let parsed = readCommand(pending); parsed; parsed = readCommand(pending)) {
        pending = pending.slice(parsed.length);
        this.commands.push(parsed.args);
        this.reply(socket, parsed.args);
      }
    });
  }

  private reply(socket: Socket, [name = "", ...args]: string[]): void {
    if (this.mode === "silent") return;
    if (this.mode === "error") return void socket.write("-ERR out of memory\r\n");
    const answer = name === "EVAL" ? this.evaluate(args[2] ?? "", Number(args[3])) : "+OK\r\n";
    if (this.mode !== "bytewise") return void socket.write(answer);
    for (const byte of Buffer.from(answer)) socket.write(Buffer.from([byte]));
  }

  private evaluate(key: string, windowMs: number): string {
    const now = Date.now();
    const current = this.counters.get(key);
    const entry = current && current.expiresAt > now ? current : { count: 0, expiresAt: now + windowMs };
    entry.count += 1;
    this.counters.set(key, entry);
    return `*2\r\n:${entry.count}\r\n:${entry.expiresAt - now}\r\n`;
  }
}

/** Independent of the code under test: an array of bulk strings, or undefined if incomplete. */
function readCommand(text: string): { args: string[]; length: number } | undefined {
  const header = /^\*(\d+)\r\n/.exec(text);
  if (!header) return undefined;
  let offset = header[0].length;
  const args: string[] = [];
  for (let i = 0; i < Number(header[1]); i += 1) {
    const size = /^\$(\d+)\r\n/.exec(text.slice(offset));
    if (!size) return undefined;
    const start = offset + size[0].length;
    const bytes = Buffer.from(text.slice(start));
    if (bytes.length < Number(size[1]) + 2) return undefined;
    const arg = bytes.subarray(0, Number(size[1])).toString("utf8");
    args.push(arg);
    offset = start + arg.length + 2;
  }
  return { args, length: offset };
}

let redis: FakeRedis;
const stores: RedisStore[] = [];

async function storeFor(path = "", timeoutMs = 500): Promise<RedisStore> {
  redis = new FakeRedis();
  const store = new RedisStore(`redis://${path.replace("HOST", await redis.listen())}`, timeoutMs);
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of stores.splice(0)) store.close();
  await redis?.close();
});

describe("RESP encoding", () => {
  it("sends a command as an array of bulk strings, lengths in bytes", () => {
    expect(encodeCommand(["EVAL", "return 1", 1, "k:é", 60000]).toString("utf8")).toBe(
      "*5\r\n$4\r\nEVAL\r\n$8\r\nreturn 1\r\n$1\r\n1\r\n$4\r\nk:é\r\n$5\r\n60000\r\n",
    );
  });

  it("parses every reply type, however the bytes are split", () => {
    const bytes = Buffer.from("+OK\r\n:42\r\n$4\r\nhé!\r\n$-1\r\n*2\r\n:1\r\n*1\r\n$0\r\n\r\n-ERR nope\r\n*-1\r\n");
    const parser = new RespParser();
    const replies = [...bytes].flatMap((byte) => parser.push(Buffer.from([byte])));
    expect(replies.slice(0, 6)).toEqual(["OK", 42, "hé!", null, [1, [""]], expect.any(RespError)]);
    expect((replies[5] as RespError).message).toBe("ERR nope");
    expect(replies[6]).toBeNull();
  });
});

describe("RedisStore against a RESP server", () => {
  it("authenticates and selects the database from the URL before its first command", async () => {
    const store = await storeFor("app:s%3Acret@HOST/3");
    await store.increment("sign-in:ip:60000:abc", 60_000);
    expect(redis.commands.map(([name]) => name)).toEqual(["AUTH", "SELECT", "EVAL"]);
    expect(redis.commands[0]).toEqual(["AUTH", "app", "s:cret"]);
    expect(redis.commands[1]).toEqual(["SELECT", "3"]);
  });

  it("runs one atomic script per hit, with the prefixed key and the window in ms", async () => {
    const store = await storeFor("HOST");
    expect(await store.increment("sign-in:ip:60000:abc", 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    expect((await store.increment("sign-in:ip:60000:abc", 60_000)).count).toBe(2);
    const [name, script, keyCount, key, windowMs] = redis.commands[0] ?? [];
    expect([name, keyCount, key, windowMs]).toEqual(["EVAL", "1", `${KEY_PREFIX}sign-in:ip:60000:abc`, "60000"]);
    expect(script).toMatch(/INCR', KEYS\[1\]\)\nif count == 1 then redis.call\('PEXPIRE', KEYS\[1\], ARGV\[1\]\)/);
    expect(Buffer.concat(redis.raw).toString("utf8").startsWith("*5\r\n$4\r\nEVAL\r\n")).toBe(true);
  });

  it("pipelines concurrent hits on one connection and matches replies in order", async () => {
    const store = await storeFor("HOST");
    redis.mode = "bytewise";
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.increment("k", 1_000)));
    expect(counts.map((c) => c.count)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(redis.connections).toBe(1);
  });

  it("turns an error reply into a rejection", async () => {
    const store = await storeFor("HOST");
    redis.mode = "error";
    await expect(store.increment("k", 1_000)).rejects.toThrow("ERR out of memory");
  });

  it("gives up on a silent server after its timeout, then reconnects", async () => {
    const store = await storeFor("HOST", 100);
    redis.mode = "silent";
    await expect(store.increment("k", 1_000)).rejects.toThrow(/no answer from Redis/);
    redis.mode = "normal";
    expect((await store.increment("k", 1_000)).count).toBe(1);
    expect(redis.connections).toBe(2);
  });

  it("reconnects after the server drops the connection", async () => {
    const store = await storeFor("HOST");
    await store.increment("k", 60_000);
    redis.dropConnections();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await store.increment("k", 60_000)).count).toBe(2);
    expect(redis.connections).toBe(2);
  });
});

describe("FallbackStore", () => {
  it("counts in memory while Redis refuses connections, and reports that once", async () => {
    redis = new FakeRedis();
    const port = (await redis.listen()).split(":")[1];
    await redis.close();
    const reports: unknown[] = [];
    const store = new FallbackStore(new RedisStore(`redis://127.0.0.1:${port}`, 200), new MemoryStore(), (e) =>
      reports.push(e),
    );
    expect((await store.increment("k", 60_000)).count).toBe(1);
    expect((await store.increment("k", 60_000)).count).toBe(2);
    expect(reports).toHaveLength(1);
  });
});

describe("parseRedisUrl", () => {
  it("reads TLS, credentials and database", () => {
    expect(parseRedisUrl("rediss://:p%40ss@cache.internal:6380/2")).toEqual({
      host: "cache.internal",
      port: 6380,
      tls: true,
      username: undefined,
      password: "p@ss",
      database: 2,
    });
    expect(parseRedisUrl("redis://[::1]")).toMatchObject({ host: "::1", port: 6379, tls: false });
  });

  it("refuses other schemes and non-numeric databases", () => {
    expect(() => parseRedisUrl("http://cache:6379")).toThrow(/redis:\/\//);
    expect(() => parseRedisUrl("redis://cache:6379/main")).toThrow(/database number/);
  });
});
