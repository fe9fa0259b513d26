import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index";
import { SERVER_NAME } from "../../emulator/http/server";
import { freePort } from "../../tests/stack/free-port";
import {
  devShouldStartEmulator,
  emulatorAppMailUrl,
  EMULATOR_SERVER_HEADER,
  emulatorOutboxUrl,
  isLoopbackUrl,
  probeEndpoint,
} from "./emulator";

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

describe("who answers at an endpoint", () => {
  let emulator: RunningEmulator;
  let other: Server;
  let otherUrl: string;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, inMemory: true, log: () => {} });
    other = createServer((_req, res) => res.writeHead(404).end("not here"));
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await emulator.close();
    await new Promise((resolve) => other.close(resolve));
  });

  it("the emulator names itself as the app expects", () => expect(SERVER_NAME).toBe(EMULATOR_SERVER_HEADER));
  it("recognises our emulator", async () => expect(await probeEndpoint(emulator.url)).toBe("our-emulator"));
  it("another server on loopback is not ours", async () => expect(await probeEndpoint(otherUrl)).toBe("other"));
  it("a closed port is silent", async () =>
    expect(await probeEndpoint(`http://127.0.0.1:${await freePort()}`)).toBe("silent"));
  it("never probes off this machine", async () =>
    expect(await probeEndpoint("https://cognito-idp.eu-west-1.amazonaws.com")).toBe("other"));
});

describe("npm run dev starts its emulator", () => {
  const mine = "http://127.0.0.1:9230";

  it.each([
    ["with nothing configured", {}, "silent"],
    ["on the endpoint it recorded", { endpoint: mine, devEmulator: mine, userPoolId: "p" }, "silent"],
    ["elsewhere when its port is now taken", { endpoint: mine, devEmulator: mine }, "other"],
    ["for an env file written before it recorded its endpoint", { endpoint: "http://127.0.0.1:9229" }, "silent"],
  ] as const)("%s", (_case, settings, answer) => expect(devShouldStartEmulator({ ...settings, answer })).toBe(true));

  it.each([
    ["for Amazon Cognito (a pool, no endpoint)", { userPoolId: "eu-west-1_abc" }, "silent"],
    ["for another Cognito on loopback", { endpoint: "http://localhost:9229", devEmulator: mine }, "other"],
    ["for another Cognito not running yet", { endpoint: "http://localhost:4566" }, "silent"],
    ["for a tunnel", { endpoint: "https://cognito.example.test", devEmulator: mine }, "other"],
    ["for the old default when something else answers there", { endpoint: "http://127.0.0.1:9229" }, "other"],
    ["when our emulator already answers there", { endpoint: mine, devEmulator: mine }, "our-emulator"],
  ] as const)("not %s", (_case, settings, answer) =>
    expect(devShouldStartEmulator({ ...settings, answer })).toBe(false),
  );
});

describe("emulator outbox link", () => {
  const config = { cognitoEndpoint: "http://127.0.0.1:9229", isProduction: false };

  it("points at our emulator's outbox for the email in development", () => {
    expect(emulatorOutboxUrl(config, "our-emulator", "a+b@x.test")).toBe(
      "http://127.0.0.1:9229/_emulator/outbox?email=a%2Bb%40x.test",
    );
  });

  it("is absent in production, without an endpoint, and when the endpoint is not our emulator", () => {
    expect(emulatorOutboxUrl({ ...config, isProduction: true }, "our-emulator", "a@x.test")).toBeUndefined();
    expect(emulatorOutboxUrl({ isProduction: false }, "our-emulator", "a@x.test")).toBeUndefined();
    expect(emulatorOutboxUrl(config, "other", "a@x.test")).toBeUndefined();
    expect(emulatorOutboxUrl(config, "silent", "a@x.test")).toBeUndefined();
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
