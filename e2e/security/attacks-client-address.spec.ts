import { expect, test } from "@playwright/test";
import { submitForm } from "./support/app";
import { newSecret, startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { record } from "./support/record";
import { linesAfter } from "./support/server-log";

const ADDRESS_LIMIT = 5;
const TOO_MANY = "Too many sign-in attempts.";

test.describe.serial("the client address with no trusted proxy (TRUSTED_PROXY_HOPS=0, npm start)", () => {
  let app: IsolatedApp;
  test.beforeAll(async () => {
    app = await startIsolatedApp(
      `client-address-${Date.now()}`,
      { current: newSecret() },
      {
        TRUSTED_PROXY_HOPS: "0",
        // Only the address key can trip: the account's own limit is out of reach here.
        RATE_LIMITS: `sign-in.ip=${ADDRESS_LIMIT}/1m,sign-in.account=1000/1m`,
      },
    );
  });
  test.afterAll(async () => app?.stop());

  test("ten X-Forwarded-For addresses against one account count as one address", async () => {
    const user = await app.createUser();
    const refused: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await submitForm(
        app.url,
        "/signin",
        [
          ["email", user.email],
          ["password", `wrong-${attempt}`],
        ],
        { headers: { "x-forwarded-for": `10.9.${attempt}.1, 192.0.2.${attempt}` } },
      );
      if ((await response.text()).includes(TOO_MANY)) refused.push(attempt);
    }
    const warnings = (await linesAfter(app.logFile, 0)).filter((line) => /x-forwarded-for/i.test(line));
    record({
      case: "Client address: ten client-chosen X-Forwarded-For values against one account, no proxy",
      expected: `one address: attempts ${ADDRESS_LIMIT + 1}–10 refused; one warning that a proxy may be misconfigured`,
      observed: `${refused.length ? `attempts ${refused[0]}–${refused.at(-1)} refused` : "none refused"}; ${warnings.length === 1 ? "one warning" : `${warnings.length} warnings`}`,
      asvs: ["V2.4.1", "V6.3.1"],
    });
    expect(refused).toEqual([6, 7, 8, 9, 10]);
    expect(warnings).toHaveLength(1);
  });
});
