/**
 * Prints the size of every session cookie for typical and maximal Cognito tokens:
 * `npx tsx tests/bench/measure-cookies.ts`. The budget itself is enforced by lib/session tests.
 */
import { serializeCookie } from "../../lib/session/chunks";
import { maximalSession, typicalSession } from "../../lib/session/__fixtures__/sessions";
import { sessionCookies } from "../../lib/session/cookies";
import type { Session } from "../../lib/session/types";

const settings = { secure: true, secrets: ["measure-cookies-secret-of-at-least-32-chars"] };

const cases: [string, Session][] = [
  ["typical: 1 KB access, 1 KB ID, 1.8 KB refresh", typicalSession()],
  ["maximal: 1.5 KB access, 6 KB ID (custom claims), 1.8 KB refresh, 2 KB name, 254-char email", maximalSession()],
  ["extreme: 5 KB access token, as maximal otherwise", maximalSession(5 * 1024)],
];

for (const [label, session] of cases) {
  const result = await sessionCookies(session, undefined, settings);
  const live = result.cookies.filter((cookie) => cookie.options.maxAge > 0);
  console.log(`\n${label} (${result.status})`);
  for (const cookie of live)
    console.log(`  ${cookie.name.padEnd(26)} ${String(serializeCookie(cookie).length).padStart(5)} bytes`);
  console.log(
    `  ${"request Cookie header".padEnd(26)} ${String(live.map((c) => `${c.name}=${c.value}`).join("; ").length).padStart(5)} bytes`,
  );
}
