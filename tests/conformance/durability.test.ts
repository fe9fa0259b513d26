import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { afterEach, describe, expect } from "vitest";
import { startEmulator } from "../../emulator/index";
import { itEmulator } from "./support/emulator-control";
import { createClient, createPool, STRONG_PASSWORD, type Fixture } from "./support/fixture";
import { startEmulatorTarget } from "./support/target";
import { createConfirmedUser, signInTokens } from "./support/users";

// Issue 2, "Durability": state persists in the data directory; a corrupt or unreadable store is
// reported clearly at start, never silently reset.
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const open = (dataDir: string) => startEmulatorTarget({ dataDir });

async function seed(dataDir: string) {
  const target = await open(dataDir);
  const poolId = await createPool(target);
  const client = await createClient(target, poolId);
  const f: Fixture = { target, cognito: target.client, poolId, legacy: client, enabled: client, confidential: client };
  const user = await createConfirmedUser(f);
  await target.close();
  return { poolId, client, user };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  const paths = entries.map((entry) => join(dir, entry));
  const files = await Promise.all(paths.map(async (path) => ((await stat(path)).isFile() ? path : undefined)));
  return files.filter((path): path is string => path !== undefined);
}

describe("durability", () => {
  itEmulator("keeps pools, clients and users across a restart on the same data directory", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "cognito-emulator-"));
    dirs.push(dataDir);
    const { poolId, client, user } = await seed(dataDir);
    const target = await open(dataDir);
    try {
      const { UserPool } = await target.client.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
      expect(UserPool?.Id).toBe(poolId);
      const f: Fixture = {
        target,
        cognito: target.client,
        poolId,
        legacy: client,
        enabled: client,
        confidential: client,
      };
      await signInTokens(f, client, user.email, STRONG_PASSWORD);
    } finally {
      await target.close();
    }
  });

  itEmulator("refuses to start on a corrupt store and says which file is wrong", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "cognito-emulator-"));
    dirs.push(dataDir);
    await seed(dataDir);
    const files = await filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) await writeFile(file, "{ this is not what the emulator wrote");
    const error = await startEmulator({ port: 0, dataDir, log: () => undefined }).then(
      async (running) => void (await running.close()),
      (e: unknown) => e,
    );
    expect(error, "startEmulator must reject on a corrupt store").toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/corrupt|invalid|unreadable|cannot (read|parse)|could not (read|parse)/i);
    expect((error as Error).message).toContain(dataDir);
  });
});
