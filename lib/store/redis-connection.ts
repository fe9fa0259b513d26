import "server-only";
import { createClient, DisconnectsClientError, ErrorReply } from "redis";
import { SharedStoreError } from "./shared-store";

type RedisClient = ReturnType<typeof createClient>;

const CONNECT_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 1_000;

function reconnectDelay(retries: number): number {
  return Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS) + Math.floor(Math.random() * 50);
}

interface Current {
  client: RedisClient;
  firstAttempt: Promise<void>;
}

export class RedisConnection {
  private current: Current;
  private lastError: Error | undefined;
  private answeredOnce = false;

  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {
    this.current = this.open();
  }

  async run<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
    const { client, firstAttempt } = this.current;
    const budget = this.answeredOnce ? this.timeoutMs : CONNECT_TIMEOUT_MS + this.timeoutMs;
    // Our own deadline: node-redis's command timeout stops counting once a command is written.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timer = undefined;
        reject(this.timeoutError());
      }, budget);
    });
    // A command still waiting for the first connection when its caller gave up is never sent.
    const sent = firstAttempt.then(() => (timer ? command(client) : deadline));
    try {
      return await Promise.race([sent, deadline]);
    } catch (error) {
      // A connection that timed out may be dead without a reset ever arriving.
      if (error instanceof SharedStoreError && error.reason === "timeout" && client.isReady) this.replace(client);
      throw this.storeError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    if (this.current.client.isOpen) this.current.client.destroy();
  }

  private open(): Current {
    const client = createClient({
      url: this.url,
      disableOfflineQueue: true,
      maintNotifications: "disabled",
      socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: reconnectDelay },
    });
    // Callers hear about failures through their commands; an unheard "error" event would end the process.
    client.on("error", (error: Error) => (this.lastError = error));
    client.on("ready", () => {
      this.lastError = undefined;
      this.answeredOnce = true;
    });
    const firstAttempt = new Promise<void>((resolve) => client.once("ready", resolve).once("error", () => resolve()));
    client.connect().catch(() => {});
    return { client, firstAttempt };
  }

  private replace(stale: RedisClient): void {
    if (this.current.client !== stale) return;
    this.current = this.open();
    if (stale.isOpen) stale.destroy();
  }

  private timeoutError(cause?: unknown): SharedStoreError {
    return new SharedStoreError(`Redis did not answer within ${this.timeoutMs} ms`, "timeout", { cause });
  }

  private storeError(error: unknown): SharedStoreError {
    if (error instanceof SharedStoreError) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ErrorReply)
      return new SharedStoreError(`Redis refused: ${message}`, "rejected", { cause: error });
    // Destroyed by replace(): these commands were waiting on the same dead connection.
    if (error instanceof DisconnectsClientError) return this.timeoutError(error);
    const last = this.lastError && this.lastError.message !== message ? ` (last error: ${this.lastError.message})` : "";
    return new SharedStoreError(`Redis unavailable: ${message}${last}`, "unavailable", { cause: error });
  }
}
