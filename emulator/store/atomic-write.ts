import { open, rename, rm } from "node:fs/promises";
import { randomBytes } from "node:crypto";

/** Writes to a sibling temp file, fsyncs, then renames: readers see the old or the new file, never half of one. */
export async function writeFileAtomic(path: string, contents: string, mode = 0o600): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const handle = await open(temp, "w", mode);
    try {
      await handle.writeFile(contents, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
