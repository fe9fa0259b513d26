import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator } from "../index";
import { STATE_FILE, Store, StoreLoadError } from "./store";

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "cognito-store-"));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("Store", () => {
  it("persists through serialized atomic writes and leaves no temp files", async () => {
    const dir = await tempDir();
    const store = await Store.open(dir);
    const writes = Array.from({ length: 50 }, (_, i) => {
      store.state.outbox.push({
        userPoolId: "p",
        username: `u${i}`,
        email: `u${i}@x.test`,
        kind: "SIGN_UP",
        code: "1",
        sentAt: "",
      });
      store.commit();
      return store.flush();
    });
    await Promise.all(writes);
    const saved = JSON.parse(await readFile(join(dir, STATE_FILE), "utf8")) as { outbox: unknown[] };
    expect(saved.outbox).toHaveLength(50);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect((await Store.open(dir)).state.outbox).toHaveLength(50);
  });

  it("refuses a corrupt store with its path and the cause, and leaves it untouched", async () => {
    const dir = await tempDir();
    const file = join(dir, STATE_FILE);
    await writeFile(file, '{"version":1,"pools":{');
    await expect(Store.open(dir)).rejects.toBeInstanceOf(StoreLoadError);
    await expect(startEmulator({ dataDir: dir, port: 0, log: () => {} })).rejects.toThrow(
      new RegExp(`${file.replace(/[/\\.]/g, "\\$&")} is corrupt \\(.*JSON`),
    );
    expect(await readFile(file, "utf8")).toBe('{"version":1,"pools":{');
  });

  it("refuses a store of the wrong shape", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, STATE_FILE), '{"version":7}');
    await expect(Store.open(dir)).rejects.toThrow(/unsupported version 7/);
  });
});
