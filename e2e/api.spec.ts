import { SHORT_ACCESS_TOKEN_SECONDS } from "../tests/stack/start-stack";
import { expect, expectSignedIn, signInThroughForm, test } from "./support/fixtures";
import { tokensFor } from "./support/emulator";
import { stack } from "./support/stack";

const LORE = "My dear brother, it the humans that are the problem";
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const messages = (feed: { message: string }[]) => feed.map((crud) => crud.message);

function flipSignature(token: string): string {
  const last = token.at(-2) === "A" ? "B" : "A";
  return token.slice(0, -2) + last + token.slice(-1);
}

test.describe("GET /api/activities/home", () => {
  test("without credentials it serves the public feed", async ({ request }) => {
    const response = await request.get("/api/activities/home");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const feed = await response.json();
    expect(messages(feed)).toContain("Cloud is very fun!");
    expect(messages(feed)).not.toContain(LORE);
  });

  test("a valid Bearer access token adds Lore's crud", async ({ request, user }) => {
    const { accessToken } = await tokensFor(user);
    const response = await request.get("/api/activities/home", { headers: bearer(accessToken) });
    expect(response.status()).toBe(200);
    expect(messages(await response.json())[0]).toBe(LORE);
  });

  test("the session cookie counts as credentials too", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    const response = await page.request.get("/api/activities/home");
    expect(messages(await response.json())).toContain(LORE);
  });

  test("bad credentials get 401 invalid_token, never the anonymous feed", async ({ request, user }) => {
    const mine = await tokensFor(user);
    const otherClients = await tokensFor(user, stack().confidential);
    const cases: Record<string, Record<string, string>> = {
      "an ID token": bearer(mine.idToken),
      "another client's access token": bearer(otherClients.accessToken),
      "a forged signature": bearer(flipSignature(mine.accessToken)),
      "a refresh token": bearer(mine.refreshToken),
      garbage: bearer("not.a.token"),
      "Basic credentials": { Authorization: `Basic ${Buffer.from("a:b").toString("base64")}` },
      "an empty Bearer value": { Authorization: "Bearer " },
    };
    for (const [label, headers] of Object.entries(cases)) {
      const response = await request.get("/api/activities/home", { headers });
      expect(response.status(), label).toBe(401);
      expect(response.headers()["www-authenticate"], label).toBe('Bearer error="invalid_token"');
      expect((await response.json()).error, label).toBe("invalid_token");
    }
  });
});

test("an expired access token gets 401, not the anonymous feed", async ({ request, user }) => {
  const { accessToken } = await tokensFor(user, stack().confidential);
  await new Promise((resolve) => setTimeout(resolve, (SHORT_ACCESS_TOKEN_SECONDS + 1) * 1000));
  const response = await request.get(`${stack().confidential.url}/api/activities/home`, {
    headers: bearer(accessToken),
  });
  expect(response.status()).toBe(401);
  expect(response.headers()["www-authenticate"]).toBe('Bearer error="invalid_token"');
});

test.describe("GET /api/me", () => {
  test("returns the member's identity for a valid access token", async ({ request, user }) => {
    const { accessToken } = await tokensFor(user);
    const response = await request.get("/api/me", { headers: bearer(accessToken) });
    expect(response.status()).toBe(200);
    const me = await response.json();
    expect(me).toMatchObject({ email: user.email, name: user.name, handle: user.handle });
    expect(Object.keys(me).sort()).toEqual(["email", "handle", "name", "sub", "username"]);
  });

  test("answers 401 with a Bearer challenge when there is no token", async ({ request }) => {
    const response = await request.get("/api/me");
    expect(response.status()).toBe(401);
    expect(response.headers()["www-authenticate"]).toBe("Bearer");
  });

  test("answers 401 invalid_token for an ID token", async ({ request, user }) => {
    const { idToken } = await tokensFor(user);
    const response = await request.get("/api/me", { headers: bearer(idToken) });
    expect(response.status()).toBe(401);
    expect(response.headers()["www-authenticate"]).toBe('Bearer error="invalid_token"');
  });
});

test("an unknown API path answers JSON, not an HTML page", async ({ request }) => {
  const response = await request.get("/api/no-such-thing");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ error: "not_found" });
});
