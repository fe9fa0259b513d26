import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { computeSecretHash } from "./secret-hash";

describe("computeSecretHash", () => {
  it("matches HMAC-SHA256(secret, username + clientId) in base64", async () => {
    const [secret, username, clientId] = [
      "1example23456789secret0abcdefghijklmnopqrstu",
      "andrew@cruddur.test",
      "7abcdefghijklmnop0123456",
    ];
    const expected = createHmac("sha256", secret)
      .update(username + clientId)
      .digest("base64");
    expect(await computeSecretHash(secret, username, clientId)).toBe(expected);
  });

  it("handles non-ASCII usernames like Cognito (UTF-8)", async () => {
    const expected = createHmac("sha256", "s")
      .update("jörg😀" + "c")
      .digest("base64");
    expect(await computeSecretHash("s", "jörg😀", "c")).toBe(expected);
  });
});
