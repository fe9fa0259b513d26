import { connect as connectTcp, type Socket } from "node:net";
import { connect as connectTls } from "node:tls";
import { RespError, RespParser, encodeCommand, type RespValue } from "./resp";

interface Pending {
  resolve(value: RespValue): void;
  reject(error: Error): void;
}

interface RedisTarget {
  host: string;
  port: number;
  tls: boolean;
  username?: string;
  password?: string;
  database?: number;
}

/** redis://[[user]:password@]host[:port][/db], or rediss:// for TLS. */
export function parseRedisUrl(url: string): RedisTarget {
  const parsed = new URL(url);
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:")
    throw new Error("must start with redis:// or rediss://");
  const database = parsed.pathname.replace(/^\//, "");
  if (database && !/^\d+$/.test(database)) throw new Error("the path must be a database number, e.g. /0");
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ""),
    port: Number(parsed.port || 6379),
    tls: parsed.protocol === "rediss:",
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: database ? Number(database) : undefined,
  };
}

/**
 * One pipelined connection: replies arrive in command order. A command that gets no reply in
 * time fails and drops the connection (later replies could no longer be matched); the next
 * command reconnects.
 */
export class RedisConnection {
  private socket: Socket | undefined;
  private ready: Promise<void> | undefined;
  private pending: Pending[] = [];

  constructor(
    private readonly target: RedisTarget,
    private readonly timeoutMs: number,
  ) {}

  async command(args: readonly (string | number)[]): Promise<RespValue> {
    this.ready ??= this.open();
    await this.ready;
    return this.send(args);
  }

  close(): void {
    this.drop(new Error("connection closed"));
  }

  private async open(): Promise<void> {
    const { host, port, tls, username, password, database } = this.target;
    const socket = tls ? connectTls({ host, port, servername: host }) : connectTcp({ host, port });
    this.socket = socket;
    const parser = new RespParser();
    socket.setNoDelay(true);
    // Events of a connection already replaced must not touch its successor.
    const current = (then: () => void) => () => this.socket === socket && then();
    socket.on("data", (chunk: Buffer) => current(() => this.deliver(() => parser.push(chunk)))());
    socket.on("error", (error) => current(() => this.drop(error))());
    socket.on(
      "close",
      current(() => this.drop(new Error("connection closed"))),
    );
    await this.withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once(tls ? "secureConnect" : "connect", resolve);
        socket.once("error", reject);
      }),
    );
    if (password) await this.send(username ? ["AUTH", username, password] : ["AUTH", password]);
    if (database !== undefined) await this.send(["SELECT", database]);
  }

  private send(args: readonly (string | number)[]): Promise<RespValue> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.reject(new Error("not connected"));
    const reply = new Promise<RespValue>((resolve, reject) => this.pending.push({ resolve, reject }));
    socket.write(encodeCommand(args));
    return this.withTimeout(reply).then((value) => {
      if (value instanceof RespError) throw value;
      return value;
    });
  }

  private deliver(parse: () => RespValue[]): void {
    try {
      for (const reply of parse()) this.pending.shift()?.resolve(reply);
    } catch (error) {
      this.drop(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new Error(`no answer from Redis within ${this.timeoutMs} ms`);
        this.drop(error);
        reject(error);
      }, this.timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  private drop(error: Error): void {
    const { socket, pending } = this;
    this.socket = undefined;
    this.ready = undefined;
    this.pending = [];
    socket?.destroy();
    for (const waiting of pending) waiting.reject(error);
  }
}
