import { describe, expect, it } from "vitest";
import { namesNobody, profileAuthor } from "./addresses";

const viewer = { name: "Ada Lovelace", handle: "Ada_L" };

describe("profileAuthor", () => {
  it("shows someone in the feed, or the viewer under their own handle in any case", () => {
    expect(profileAuthor("Worf", null)).toEqual({ displayName: "Worf", handle: "worf" });
    expect(profileAuthor("%40ada_l", viewer)).toEqual({ displayName: "Ada Lovelace", handle: "Ada_L" });
    expect(profileAuthor("ada_l", null)).toBeNull();
    expect(profileAuthor("no such!", viewer)).toBeNull();
  });
});

describe("namesNobody", () => {
  it("finds profiles that exist, at both addresses", () => {
    expect(namesNobody("/@worf", null)).toBe(false);
    expect(namesNobody("/users/garek", null)).toBe(false);
    expect(namesNobody("/@ada_l", viewer)).toBe(false);
  });

  it("names nobody for unknown or malformed handles", () => {
    expect(namesNobody("/@nosuchperson", null)).toBe(true);
    expect(namesNobody("/users/nosuchperson", viewer)).toBe(true);
    expect(namesNobody("/@ada_l", null)).toBe(true);
    expect(namesNobody("/@%E0%A4%A", null)).toBe(true);
  });

  it("names nobody for a conversation the viewer does not have, their own included", () => {
    expect(namesNobody("/messages/@andrewbrown", viewer)).toBe(false);
    expect(namesNobody("/messages/users/worf", viewer)).toBe(false);
    expect(namesNobody("/messages/@lore", viewer)).toBe(true);
    expect(namesNobody("/messages/@ada_l", viewer)).toBe(true);
    expect(namesNobody("/messages/@andrewbrown", { name: "Andrew Brown", handle: "AndrewBrown" })).toBe(true);
    expect(namesNobody("/messages/@!!", viewer)).toBe(true);
  });

  it("leaves every other address to its page", () => {
    for (const path of ["/", "/messages", "/@worf/replies", "/settings", "/messages/@lore/x"]) {
      expect(namesNobody(path, viewer)).toBe(false);
    }
  });
});
