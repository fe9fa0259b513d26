import { describe, expect, it } from "vitest";
import { originAllowed } from "./relying-party";

describe("originAllowed", () => {
  it.each([
    ["https://cruddur.example", "cruddur.example"],
    ["https://app.cruddur.example", "cruddur.example"],
    ["https://cruddur.example:8443", "cruddur.example"],
    ["http://localhost:3000", "localhost"],
    ["http://localhost", "localhost"],
    ["https://localhost:3000", "localhost"],
  ])("accepts %s for the relying party %s", (origin, rpId) => {
    expect(originAllowed(origin, rpId)).toBe(true);
  });

  it.each([
    ["http://cruddur.example", "cruddur.example"],
    ["https://evilcruddur.example", "cruddur.example"],
    ["https://cruddur.example.evil", "cruddur.example"],
    ["https://cruddur.example/path", "cruddur.example"],
    ["http://127.0.0.1:3000", "localhost"],
    ["http://localhost.evil:3000", "localhost"],
    ["not a url", "localhost"],
  ])("refuses %s for the relying party %s", (origin, rpId) => {
    expect(originAllowed(origin, rpId)).toBe(false);
  });
});
