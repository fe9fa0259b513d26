import { expect, test } from "@playwright/test";
import { startWithConfig } from "./support/fault-config";
import { record } from "./support/record";

const CONFIG = {
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_COGNITO_USER_POOL_ID: "us-east-1_Secrets123",
  AWS_COGNITO_USER_POOL_CLIENT_ID: "secretsclient123",
  AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "http://127.0.0.1:9",
  ALLOW_COGNITO_EMULATOR_IN_PRODUCTION: "true",
};
const base64url = (bytes: Buffer) => bytes.toString("base64url");
const HOW_TO = "randomBytes(32)";

const WEAK: [string, string][] = [
  ["32 × 'a' (no rotation counter)", "a".repeat(32)],
  ["1.<32 × 'a', base64url>", `1.${base64url(Buffer.alloc(32, "a"))}`],
  ["1.<a 4-byte pattern repeated to 32 bytes>", `1.${base64url(Buffer.from("c0ffee00".repeat(8), "hex"))}`],
  ["1.<16 random bytes>", `1.${base64url(Buffer.from("9f1c2a7be04d3385a6f1d0c2b7e4a915", "hex"))}`],
  ["a counter but text that is not base64url", `1.${"correct horse battery staple!".repeat(2)}`],
];

test.describe("session secrets that are not generated", () => {
  for (const [name, secret] of WEAK) {
    test(`SESSION_SECRET=${name} stops the server with a message that says how to make one`, async () => {
      const outcome = await startWithConfig({ ...CONFIG, SESSION_SECRET: secret });
      const named = outcome.output.includes("SESSION_SECRET") && outcome.output.includes(HOW_TO);
      record({
        case: `Session secret: ${name}`,
        expected: "refuses to start, naming SESSION_SECRET and how to generate one",
        observed:
          Object.keys(outcome.statuses).length > 0
            ? "started and served pages"
            : `exited with ${outcome.exitCode}${named ? ", says how to generate one" : ""}`,
        asvs: ["V11.5.1", "V13.3.4"],
      });
      expect(outcome.statuses).toEqual({});
      expect(outcome.exitCode).not.toBe(0);
      expect(named).toBe(true);
    });
  }
});
