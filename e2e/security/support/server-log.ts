import { readFileSync } from "node:fs";

/** The lines a server has written so far (stdout and stderr, as tests/stack/next-server.ts keeps them). */
export function logLines(file: string): string[] {
  return readFileSync(file, "utf8").split("\n").filter(Boolean);
}

/** Waits for the server's output to settle, then returns what it wrote after the first `skip` lines. */
export async function linesAfter(file: string, skip: number, settleMs = 1000): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return logLines(file).slice(skip);
}
