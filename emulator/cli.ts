import { parseArgs } from "node:util";
import { DEFAULT_DATA_DIR, DEFAULT_PORT, startEmulator } from "./index";

const USAGE = `Usage: npm run emulator -- [--port ${DEFAULT_PORT} (or EMULATOR_PORT)] [--host 127.0.0.1] [--data ${DEFAULT_DATA_DIR}]
                          [--in-memory] [--fixed-code 123456] [--allow-short-tokens] [--allow-test-signing]`;

function parse() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: process.env.EMULATOR_PORT || String(DEFAULT_PORT) },
      host: { type: "string", default: "127.0.0.1" },
      data: { type: "string", default: DEFAULT_DATA_DIR },
      "in-memory": { type: "boolean", default: false },
      "fixed-code": { type: "string" },
      "allow-short-tokens": { type: "boolean", default: false },
      "allow-test-signing": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got "${values.port}"`);
  return { ...values, port };
}

async function main(): Promise<void> {
  const args = parse();
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator({
    port: args.port,
    host: args.host,
    dataDir: args.data,
    inMemory: args["in-memory"],
    fixedCode: args["fixed-code"],
    allowShortTokens: args["allow-short-tokens"],
    allowTestSigning: args["allow-test-signing"],
  });
  console.log(`Point the app at it: AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER=${emulator.url}`);
  console.log(`Outbox: ${emulator.url}/_emulator/outbox   Stop with Ctrl+C.`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    `cognito-emulator: ${inUse ? `${message}: choose another port with --port or EMULATOR_PORT` : message}`,
  );
  console.error(USAGE);
  process.exit(1);
});
