import { randomInt } from "node:crypto";
import { expect, test } from "./support/fixtures";

// The test stack has no proxy, so the X-Forwarded-For a test sends is the address counted
// (docs/rate-limiting.md). A private address of its own keeps 127.0.0.1's budget for other tests.
const ownAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

test("the API answers 429 with Retry-After once an address has spent its budget", async ({ request }) => {
  const headers = { "x-forwarded-for": ownAddress() };
  const statuses: number[] = [];
  for (let batch = 0; batch < 12; batch += 1) {
    const responses = await Promise.all(Array.from({ length: 100 }, () => request.get("/api/me", { headers })));
    statuses.push(...responses.map((response) => response.status()));
  }
  expect(statuses.filter((status) => status === 401)).toHaveLength(1200);
  const refused = await request.get("/api/me", { headers });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(Number(refused.headers()["retry-after"])).toBeLessThanOrEqual(60);
  expect(refused.headers()["cache-control"]).toBe("no-store");
  expect(await refused.json()).toMatchObject({
    error: "rate_limited",
    message: expect.stringMatching(/^Too many requests\. Please wait .+ and try again\.$/),
  });
  expect((await request.get("/api/me", { headers: { "x-forwarded-for": ownAddress() } })).status()).toBe(401);
});
