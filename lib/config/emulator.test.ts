import { describe, expect, it } from "vitest";
import { emulatorAppMailUrl, emulatorOutboxUrl, isLoopbackUrl } from "./emulator";

describe("isLoopbackUrl", () => {
  it.each(["http://127.0.0.1:9229", "http://localhost:9229/", "http://[::1]:9229", "http://127.5.0.1"])("%s", (url) =>
    expect(isLoopbackUrl(url)).toBe(true),
  );

  it.each([
    "https://cognito-idp.us-east-1.amazonaws.com",
    "http://10.0.0.5:9229",
    "http://127.0.0.1.nip.io",
    "x",
    undefined,
  ])("not %s", (url) => expect(isLoopbackUrl(url)).toBe(false));
});

describe("emulator outbox link", () => {
  const emulator = { cognitoEndpoint: "http://127.0.0.1:9229", emulated: true, isProduction: false };

  it("points at the emulator's outbox for the email in development", () => {
    expect(emulatorOutboxUrl(emulator, "a+b@x.test")).toBe(
      "http://127.0.0.1:9229/_emulator/outbox?email=a%2Bb%40x.test",
    );
  });

  it("is absent in production and when the endpoint is not an emulator", () => {
    expect(emulatorOutboxUrl({ ...emulator, isProduction: true }, "a@x.test")).toBeUndefined();
    expect(
      emulatorOutboxUrl({ cognitoEndpoint: undefined, emulated: false, isProduction: false }, "a@x.test"),
    ).toBeUndefined();
    const amazon = {
      cognitoEndpoint: "https://cognito-idp.us-east-1.amazonaws.com",
      emulated: false,
      isProduction: false,
    };
    expect(emulatorOutboxUrl(amazon, "a@x.test")).toBeUndefined();
  });
});

describe("where the app's own mail goes", () => {
  it("is the emulator's outbox whenever Cognito is the emulator, production mode included", () => {
    const emulator = { cognitoEndpoint: "http://127.0.0.1:9229", emulated: true };
    expect(emulatorAppMailUrl(emulator)).toBe("http://127.0.0.1:9229/_emulator/outbox");
  });

  it("is nowhere for Amazon Cognito", () => {
    const amazon = { cognitoEndpoint: "https://cognito-idp.us-east-1.amazonaws.com", emulated: false };
    expect(emulatorAppMailUrl(amazon)).toBeUndefined();
    expect(emulatorAppMailUrl({ cognitoEndpoint: undefined, emulated: false })).toBeUndefined();
  });
});
