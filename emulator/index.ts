import type { AddressInfo } from "node:net";
import { createClock } from "./clock";
import { createEmulatorServer } from "./http/server";
import { createOutbox } from "./outbox";
import { createStats } from "./stats";
import { Store } from "./store/store";
import { createKeyring } from "./tokens/keyring";
import { generateSigningKeys, loadSigningKeys } from "./tokens/keys";

export interface EmulatorOptions {
  host?: string;
  port?: number;
  dataDir?: string;
  inMemory?: boolean;
  fixedCode?: string;
  allowShortTokens?: boolean;
  /** Enables POST /_emulator/sign, which signs any claims with a pool's key: attack tests only. */
  allowTestSigning?: boolean;
  now?: () => number;
  log?: (line: string) => void;
}

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 9229;
export const DEFAULT_DATA_DIR = ".cognito-emulator";

function assertFixedCode(code: string | undefined): void {
  if (code !== undefined && !/^\d{6}$/.test(code)) throw new Error(`fixedCode must be 6 digits, got "${code}"`);
}

/** Starts the offline Cognito user pool; rejects with a clear error when its store cannot be read. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  assertFixedCode(options.fixedCode);
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const store = options.inMemory ? Store.inMemory() : await Store.open(dataDir);
  const keys = createKeyring(options.inMemory ? await generateSigningKeys() : await loadSigningKeys(dataDir));
  const clock = createClock(options.now);
  const outbox = createOutbox(store.state, clock.now, log);
  const host = options.host ?? "127.0.0.1";
  let url = "";
  const server = createEmulatorServer({
    state: store.state,
    store,
    outbox,
    clock,
    keys,
    stats: createStats(),
    allowTestSigning: options.allowTestSigning ?? false,
    log,
    baseUrl: () => url,
    context: {
      state: store.state,
      now: clock.now,
      outbox,
      keys,
      fixedCode: options.fixedCode,
      allowShortTokens: options.allowShortTokens ?? false,
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  log(`Cognito emulator listening on ${url} (${options.inMemory ? "in memory" : `data in ${dataDir}`})`);
  if (options.allowTestSigning)
    log("Test signing is on: POST /_emulator/sign signs any claims. Never use this outside tests.");
  return {
    url,
    port,
    close: async () => {
      await store.flush();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
