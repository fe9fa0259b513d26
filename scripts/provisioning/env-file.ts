import { readFile, rename, writeFile } from "node:fs/promises";

/** New values by key; `undefined` removes the key (e.g. a client secret that no longer applies). */
type EnvUpdates = Record<string, string | undefined>;

const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/;

function keyOf(line: string): string | undefined {
  return assignment.exec(line)?.[1];
}

function formatValue(value: string): string {
  return /^[\w./:@+-]*$/.test(value) ? value : JSON.stringify(value);
}

/**
 * Rewrites only the given keys: an existing key keeps its place (later duplicates are dropped so
 * the value is unambiguous), a new key is appended; every other line, comment and the line
 * endings are kept as they were.
 */
export function updateEnvText(text: string, updates: EnvUpdates): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text === "" ? [] : text.split(/\r?\n/);
  const endsWithNewline = lines.at(-1) === "";
  if (endsWithNewline) lines.pop();
  const { kept, written } = replaceKeys(lines, updates);
  const appended = Object.entries(updates)
    .filter(([key, value]) => !written.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${formatValue(value ?? "")}`);
  const output = [...kept, ...appended];
  if (output.length === 0) return "";
  const trailing = endsWithNewline || lines.length === 0 || appended.length > 0;
  return output.join(eol) + (trailing ? eol : "");
}

function replaceKeys(lines: string[], updates: EnvUpdates) {
  const written = new Set<string>();
  const kept: string[] = [];
  for (const line of lines) {
    const key = keyOf(line);
    if (key === undefined || !(key in updates)) {
      kept.push(line);
    } else if (!written.has(key)) {
      written.add(key);
      const value = updates[key];
      if (value !== undefined) kept.push(`${key}=${formatValue(value)}`);
    }
  }
  return { kept, written };
}

/** Reads the value of one key, as dotenv would for the simple values this project writes. */
export function readEnvValue(text: string, key: string): string | undefined {
  const line = text.split(/\r?\n/).find((candidate) => keyOf(candidate) === key);
  if (line === undefined) return undefined;
  const raw = line.slice(line.indexOf("=") + 1).trim();
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) return JSON.parse(raw) as string;
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1);
  return raw.replace(/\s+#.*$/, "");
}

/** Every key's value, as readEnvValue reads it. */
export function readEnvEntries(text: string): Record<string, string> {
  const keys = text.split(/\r?\n/).flatMap((line) => keyOf(line) ?? []);
  return Object.fromEntries(keys.map((key) => [key, readEnvValue(text, key) ?? ""]));
}

export async function readEnvFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw error;
  }
}

/** Applies the updates to the file (created if missing) with a temp file + rename, so it is never half-written. */
export async function updateEnvFile(path: string, updates: EnvUpdates): Promise<void> {
  const before = await readEnvFile(path);
  const after = updateEnvText(before, updates);
  if (after === before) return;
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, after, { mode: 0o600 });
  await rename(temporary, path);
}
