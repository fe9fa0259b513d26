import { describe, expect, it } from "vitest";
import { devServerAddress, devServerUrl, nextDevArgs } from "../../scripts/dev";

describe("npm run dev's server address", () => {
  it("listens on loopback unless HOST says otherwise", () => {
    expect(nextDevArgs(devServerAddress({}))).toEqual([
      "node_modules/next/dist/bin/next",
      "dev",
      "-H",
      "127.0.0.1",
      "-p",
      "3000",
    ]);
    expect(nextDevArgs(devServerAddress({ HOST: "0.0.0.0", PORT: "4000" }))).toEqual([
      "node_modules/next/dist/bin/next",
      "dev",
      "-H",
      "0.0.0.0",
      "-p",
      "4000",
    ]);
  });

  it("prints a URL that opens the app from this machine", () => {
    expect(devServerUrl(devServerAddress({}))).toBe("http://127.0.0.1:3000");
    expect(devServerUrl({ host: "0.0.0.0", port: "3000" })).toBe("http://localhost:3000");
    expect(devServerUrl({ host: "::1", port: "3000" })).toBe("http://[::1]:3000");
    expect(devServerUrl({ host: "cruddur.local", port: "8080" })).toBe("http://cruddur.local:8080");
  });
});
