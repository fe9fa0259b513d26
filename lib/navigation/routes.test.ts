import { describe, expect, it } from "vitest";
import { isProtectedPath, signInPathFor } from "./routes";

describe("isProtectedPath", () => {
  it.each([
    "/notifications",
    "/notifications/",
    "/messages",
    "/messages/@worf",
    "/messages/users/worf",
    "/Messages",
    "/NOTIFICATIONS",
  ])("protects %s", (path) => expect(isProtectedPath(path)).toBe(true));

  it.each(["/", "/@andrewbrown", "/signin", "/messagesfoo", "/notification", "/api/me"])("leaves %s public", (path) =>
    expect(isProtectedPath(path)).toBe(false),
  );
});

describe("signInPathFor", () => {
  it("carries the path and query as an encoded next parameter", () => {
    expect(signInPathFor("/messages/@worf?tab=1")).toBe("/signin?next=%2Fmessages%2F%40worf%3Ftab%3D1");
  });
});
