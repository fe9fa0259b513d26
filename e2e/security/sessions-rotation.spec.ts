import { GetTokensFromRefreshTokenCommand } from "@aws-sdk/client-cognito-identity-provider";
import { request, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { expect, expectSignedIn, signInThroughForm } from "../support/fixtures";
import { INSTANCE_HEADER } from "./support/balancer";
import { startInstancePair, type InstancePair } from "./support/instance-pair";
import { SHORT_ACCESS_TOKEN_SECONDS } from "./support/fault-stack";
import { signIn } from "./support/app";
import { record } from "./support/record";
import { refreshTokenIn } from "./support/seal";
import { logLines } from "./support/server-log";

// Two instances behind one origin, one Redis, and an app client that rotates refresh tokens
// (grace period 10 s, scripts/provisioning/app-client.ts), so every refresh is GetTokensFromRefreshToken.
test.describe.configure({ mode: "default" });

const GRACE_SECONDS = 10;
const LOG_DIR = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/servers`;

let pair: InstancePair;
test.beforeAll(async () => (pair = await startInstancePair("rotation", { rotate: true })));
test.afterAll(async () => pair?.stop());

const on = (instance: "a" | "b") => ({ [INSTANCE_HEADER]: instance });
const front = () => pair.front.url;
const cookieHeader = async (context: BrowserContext) =>
  (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
const signedInAs = async (request: APIRequestContext, instance: "a" | "b", cookie: string) => {
  const html = await (
    await request.get(`${front()}/`, { headers: { cookie, ...on(instance) }, maxRedirects: 0 })
  ).text();
  return /Account menu/.test(html);
};
const meStatus = async (accessToken: string) =>
  (await fetch(`${front()}/api/me`, { headers: { authorization: `Bearer ${accessToken}` } })).status;
const refreshes = () => pair.proxy.hits("GetTokensFromRefreshToken");

const cookieValue = (header: string, name: string) =>
  decodeURIComponent(
    header
      .split("; ")
      .find((pair) => pair.startsWith(`${name}=`))
      ?.slice(name.length + 1) ?? "",
  );

/** The refresh token the browser holds, read from its sealed (possibly chunked) cookie. */
async function refreshTokenOf(context: BrowserContext): Promise<string> {
  const cookies = new Map((await context.cookies()).map(({ name, value }) => [name, value]));
  const chunks = [0, 1, 2].map((i) => cookies.get(`__Host-cruddur-refresh${i ? `.${i}` : ""}`) ?? "");
  return refreshTokenIn(decodeURIComponent(chunks.join("")), pair.pool.sessionSecret);
}

test("ten parallel requests of one expiring sign-in across both instances make one rotation", async ({ page }) => {
  const user = await pair.pool.newUser("rotate");
  await signInThroughForm(page, user, `${front()}/signin`);
  await expectSignedIn(page, user);
  const first = await refreshTokenOf(page.context());
  await page.waitForTimeout((SHORT_ACCESS_TOKEN_SECONDS + 1) * 1000);
  const cookie = await cookieHeader(page.context());
  const before = refreshes();
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) => signedInAs(page.request, i % 2 ? "a" : "b", cookie)),
  );
  const made = refreshes() - before;
  expect(answers.every(Boolean)).toBe(true);
  expect(made).toBe(1);
  expect(pair.proxy.hits("InitiateAuth:REFRESH_TOKEN_AUTH")).toBe(0);

  await page.goto(`${front()}/`);
  await expectSignedIn(page, user);
  const second = await refreshTokenOf(page.context());
  expect(second).not.toBe(first);
  await page.waitForTimeout((GRACE_SECONDS + 1) * 1000);
  await page.goto(`${front()}/`);
  await expectSignedIn(page, user);
  expect(refreshes() - before).toBeGreaterThanOrEqual(2);
  expect(await refreshTokenOf(page.context())).not.toBe(second);
  record({
    case: "Two instances, rotating refresh tokens: ten parallel requests of one expired session, then one more refresh after the grace period",
    expected:
      "one GetTokensFromRefreshToken for the ten; all signed in; the rotated token is kept and refreshes next time",
    observed: `${made} refresh for the ten; ${answers.filter(Boolean).length} of 10 signed in; still signed in after the next rotation`,
    asvs: ["V2.4.1", "V7.2.1"],
  });
});

test("an old refresh token replayed after the grace period ends the sign-in everywhere", async () => {
  const user = await pair.pool.newUser("reuse");
  // Signed in with plain HTTP: no browser whose late requests could refresh the sign-in meanwhile.
  const cookie = await signIn(front(), user);
  const stolen = await refreshTokenIn(cookieValue(cookie, "__Host-cruddur-refresh"), pair.pool.sessionSecret);
  const { clientId, clientSecret } = pair.pool.client;
  const thief = await pair.pool.admin.send(
    new GetTokensFromRefreshTokenCommand({ ClientId: clientId, ClientSecret: clientSecret, RefreshToken: stolen }),
  );
  const thiefAccess = thief.AuthenticationResult?.AccessToken ?? "";
  await new Promise((resolve) => setTimeout(resolve, (GRACE_SECONDS + 1) * 1000));

  // A request context of its own: the test's page is closed, and its cookies must not be added.
  const replay = await request.newContext();
  expect(await signedInAs(replay, "a", cookie)).toBe(false);
  expect(await signedInAs(replay, "b", cookie)).toBe(false);
  await replay.dispose();
  const me = await meStatus(thiefAccess);
  expect(me).toBe(401);
  const logged = ["a", "b"]
    .flatMap((instance) => logLines(`${LOG_DIR}/faults-rotation-${instance}.log`))
    .filter((line) => line.includes('"reason":"refresh-token-reused"'));
  expect(logged).toHaveLength(1);
  record({
    case: "Rotating refresh tokens: the refresh token is used elsewhere, then the app refreshes with it after the grace period",
    expected:
      "RefreshTokenReuseException ends the sign-in on both instances, the other party's access token is refused, the event is logged",
    observed: `signed out on A and B; the other party's token on /api/me answers ${me}; ${logged.length} log line`,
    asvs: ["V7.4.1"],
  });
});
