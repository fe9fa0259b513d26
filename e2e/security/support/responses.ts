import { expect } from "@playwright/test";

/** Text that only a leaked stack trace or framework internals would contain. */
const STACK_LIKE = [
  /\n\s*at [^\n]*:\d+:\d+/,
  /\bat (?:async )?[\w$.<>]+ \((?:file:\/\/|\/|webpack)/,
  /node_modules\//,
  /webpack-internal:/,
  /\b(?:TypeError|ReferenceError|SyntaxError|RangeError): /,
  /\/work\/|\/home\/|[A-Z]:\\\\/,
];

export interface Seen {
  status: number;
  body: string;
  location: string | null;
}

/** A test user's random id (`user-1a2b3c4d@…`): in a summary it would change docs/security.md on every run. */
const TEST_USER_ID = /(?<=-)[0-9a-f]{8}(?=%40|@)/g;

export async function seen(response: Response): Promise<Seen> {
  const location = response.headers.get("location")?.replace(/^http:\/\/127\.0\.0\.1:\d+/, "") ?? null;
  return { status: response.status, body: await response.text(), location };
}

/** The promise every attack case keeps: no 5xx and nothing that looks like a stack trace. */
export function expectNoCrash({ status, body }: Seen, label: string): void {
  expect(status, `${label}: status`).toBeLessThan(500);
  for (const pattern of STACK_LIKE) expect(body, `${label}: body matches ${pattern}`).not.toMatch(pattern);
}

/** "401 invalid_token" for JSON errors, else the status (and where a redirect goes). */
export function summary({ status, body, location }: Seen): string {
  if (location) return `${status} → ${location.replace(TEST_USER_ID, "…")}`;
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (typeof parsed.error === "string") return `${status} ${parsed.error}`;
  } catch {
    // Not JSON: the status says enough.
  }
  return String(status);
}
