import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readEnvEntries, readEnvValue, updateEnvFile, updateEnvText } from "@/scripts/provisioning/env-file";

describe("updateEnvText", () => {
  it("replaces a key in place and keeps every other line, comment and blank line", () => {
    const before = "# Cruddur\nSESSION_SECRET=keep-me\n\nAWS_COGNITO_USER_POOL_ID=old\n# trailing comment\n";
    const after = updateEnvText(before, { AWS_COGNITO_USER_POOL_ID: "us-east-1_NEW123456" });
    expect(after).toBe(
      "# Cruddur\nSESSION_SECRET=keep-me\n\nAWS_COGNITO_USER_POOL_ID=us-east-1_NEW123456\n# trailing comment\n",
    );
  });

  it("appends new keys in the order given", () => {
    expect(updateEnvText("A=1\n", { B: "2", C: "3" })).toBe("A=1\nB=2\nC=3\n");
  });

  it("adds a newline before appending to a file without one", () => {
    expect(updateEnvText("A=1", { B: "2" })).toBe("A=1\nB=2\n");
  });

  it("leaves a file without trailing newline alone when only replacing", () => {
    expect(updateEnvText("A=1\nB=2", { B: "3" })).toBe("A=1\nB=3");
  });

  it("writes into an empty file", () => {
    expect(updateEnvText("", { A: "1" })).toBe("A=1\n");
  });

  it("removes a key whose update is undefined and ignores absent ones", () => {
    expect(updateEnvText("A=1\nSECRET=x\nB=2\n", { SECRET: undefined, OTHER: undefined })).toBe("A=1\nB=2\n");
  });

  it("keeps the first occurrence's place and drops later duplicates of an updated key", () => {
    expect(updateEnvText("K=1\nA=1\nK=2\n", { K: "3" })).toBe("K=3\nA=1\n");
  });

  it("recognises export prefixes and spaces around =, but not commented-out keys", () => {
    const before = "# K=commented\nexport K = 1\n";
    expect(updateEnvText(before, { K: "2" })).toBe("# K=commented\nK=2\n");
  });

  it("does not touch keys that merely share a prefix", () => {
    expect(updateEnvText("AWS_COGNITO_USER_POOL_CLIENT_ID_OLD=x\n", { AWS_COGNITO_USER_POOL_CLIENT_ID: "y" })).toBe(
      "AWS_COGNITO_USER_POOL_CLIENT_ID_OLD=x\nAWS_COGNITO_USER_POOL_CLIENT_ID=y\n",
    );
  });

  it("keeps CRLF line endings", () => {
    expect(updateEnvText("A=1\r\nB=2\r\n", { B: "3", C: "4" })).toBe("A=1\r\nB=3\r\nC=4\r\n");
  });

  it("quotes values that dotenv would otherwise misread", () => {
    expect(updateEnvText("", { A: "has space #x" })).toBe('A="has space #x"\n');
  });
});

describe("readEnvValue", () => {
  it("reads plain, quoted and commented values", () => {
    const text = "A=plain\nB=\"quoted value\"\nC='single'\nD=value # note\n";
    expect([
      readEnvValue(text, "A"),
      readEnvValue(text, "B"),
      readEnvValue(text, "C"),
      readEnvValue(text, "D"),
    ]).toEqual(["plain", "quoted value", "single", "value"]);
    expect(readEnvValue(text, "MISSING")).toBeUndefined();
  });
});

describe("updateEnvFile", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it("creates a missing file and updates an existing one without leaving temp files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "env-file-"));
    dirs.push(dir);
    const path = join(dir, ".env.local");
    await updateEnvFile(path, { A: "1" });
    expect(await readFile(path, "utf8")).toBe("A=1\n");
    await writeFile(path, "# mine\nA=1\nZ=keep\n");
    await updateEnvFile(path, { A: "2" });
    expect(await readFile(path, "utf8")).toBe("# mine\nA=2\nZ=keep\n");
    const { readdir } = await import("node:fs/promises");
    expect(await readdir(dir)).toEqual([".env.local"]);
  });
});

describe("readEnvEntries", () => {
  it("reads every assignment as readEnvValue does, and skips comments", () =>
    expect(readEnvEntries('# note\nA=1\nexport B="two words"\n\nC=x # comment\n')).toEqual({
      A: "1",
      B: "two words",
      C: "x",
    }));
});
