import { spawn } from "node:child_process";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { expect, test } from "@playwright/test";
import { devServerAddress, nextDevArgs } from "../../scripts/dev";
import { freePort } from "../../tests/stack/free-port";
import { stack } from "../support/stack";
import { newSecret } from "./support/isolated-app";
import { record } from "./support/record";

const READY = /Ready in/;

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

/** This machine's addresses that another machine could connect to. */
const externalAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && !entry.address.startsWith("fe80"))
    .map((entry) => entry?.address ?? "");

test("npm run dev's server listens on loopback only, so its editor-launch endpoint is not on the network", async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  const { main, userPoolId, region, emulatorUrl } = stack();
  const child = spawn(process.execPath, nextDevArgs(devServerAddress({ PORT: String(port) })), {
    env: {
      ...process.env,
      NODE_ENV: "development",
      NEXT_TELEMETRY_DISABLED: "1",
      AWS_DEFAULT_REGION: region,
      AWS_COGNITO_USER_POOL_ID: userPoolId,
      AWS_COGNITO_USER_POOL_CLIENT_ID: main.clientId,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulatorUrl,
      SESSION_SECRET: newSecret(),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const seen = (chunk: Buffer) => {
        output += chunk.toString();
        if (READY.test(output)) resolve();
      };
      child.stdout.on("data", seen);
      child.stderr.on("data", seen);
      child.once("exit", () => reject(new Error(`next dev exited:\n${output}`)));
    });
    const external = externalAddresses();
    const open = [];
    for (const address of external) if (await reachable(address, port)) open.push(address);
    const loopback = await reachable("127.0.0.1", port);
    record({
      case: "npm run dev: the dev server (and its editor-launch endpoint) from another machine",
      expected: "listens on 127.0.0.1 only: refused on every other address of the machine",
      observed: `loopback ${loopback ? "answers" : "refused"}; ${open.length === 0 ? "refused on the machine's other addresses" : `open on ${open.length} other addresses`}`,
      asvs: ["V13.4.2"],
    });
    expect(external.length, "a machine address to try").toBeGreaterThan(0);
    expect(loopback).toBe(true);
    expect(open).toEqual([]);
  } finally {
    child.kill("SIGTERM");
  }
});
