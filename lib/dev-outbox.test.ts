import { describe, expect, it } from "vitest";
import { emulatorOutboxUrl } from "./dev-outbox";

describe("emulator outbox link", () => {
  it("points at the emulator's outbox for the email in development", () => {
    expect(emulatorOutboxUrl({ cognitoEndpoint: "http://127.0.0.1:9229", isProduction: false }, "a+b@x.test")).toBe(
      "http://127.0.0.1:9229/_emulator/outbox?email=a%2Bb%40x.test",
    );
  });

  it("is absent in production, without an endpoint, and against Amazon Cognito", () => {
    expect(
      emulatorOutboxUrl({ cognitoEndpoint: "http://127.0.0.1:9229", isProduction: true }, "a@x.test"),
    ).toBeUndefined();
    expect(emulatorOutboxUrl({ cognitoEndpoint: undefined, isProduction: false }, "a@x.test")).toBeUndefined();
    expect(
      emulatorOutboxUrl(
        { cognitoEndpoint: "https://cognito-idp.us-east-1.amazonaws.com", isProduction: false },
        "a@x.test",
      ),
    ).toBeUndefined();
  });
});
