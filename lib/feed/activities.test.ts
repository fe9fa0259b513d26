import { describe, expect, it } from "vitest";
import { getHomeActivities, getUserActivities } from "./activities";
import { getMessageGroups, getMessages } from "./messages";
import { suggestedUsersFor } from "./sidebar";
import type { Activity } from "./types";
import { normalizeHandle } from "./users";

const now = new Date("2025-06-15T12:00:00.000Z");

function allUuids(activities: Activity[]): string[] {
  return activities.flatMap((activity) => [activity.uuid, ...allUuids(activity.replies)]);
}

describe("getHomeActivities", () => {
  it("serves the public feed to anonymous visitors", () => {
    const feed = getHomeActivities({ signedIn: false, now });
    expect(feed.map((activity) => activity.displayName)).toEqual(["Andrew Brown", "Worf", "Garek"]);
  });

  it("puts Lore's crud first for signed-in users, with its own id and likes", () => {
    const feed = getHomeActivities({ signedIn: true, now });
    const [lore, ...rest] = feed;
    expect(lore).toMatchObject({ displayName: "Lore", handle: "lore", likesCount: 1042 });
    expect(rest.map((activity) => activity.uuid)).not.toContain(lore?.uuid);
    expect(new Set(allUuids(feed)).size).toBe(allUuids(feed).length);
  });

  it("nests Worf's reply under Andrew Brown's crud", () => {
    const [andrew] = getHomeActivities({ signedIn: false, now });
    expect(andrew).toMatchObject({ message: "Cloud is very fun!", likesCount: 5, repliesCount: 1 });
    expect(andrew?.replies).toEqual([
      expect.objectContaining({
        displayName: "Worf",
        message: "This post has no honor!",
        replyToActivityUuid: andrew?.uuid,
      }),
    ]);
  });

  it("derives times from the injected clock", () => {
    const [lore] = getHomeActivities({ signedIn: true, now });
    expect(lore?.createdAt).toBe("2025-06-15T11:00:00.000Z");
    expect(lore?.expiresAt).toBe("2025-06-16T00:00:00.000Z");
  });
});

describe("getUserActivities", () => {
  it("shows Lore's cruds only to signed-in users", () => {
    expect(getUserActivities("lore", { signedIn: false, now })).toEqual([]);
    expect(getUserActivities("lore", { signedIn: true, now })).toHaveLength(1);
  });
});

describe("normalizeHandle", () => {
  it("accepts handles with or without @, case-insensitively", () => {
    expect(normalizeHandle("AndrewBrown")).toBe("andrewbrown");
    expect(normalizeHandle("%40worf")).toBe("worf");
  });

  it("rejects anything else", () => {
    expect(normalizeHandle("../etc")).toBeNull();
    expect(normalizeHandle("%E0%A4%A")).toBeNull();
  });
});

describe("getMessages", () => {
  it("returns null for someone the viewer has no conversation with", () => {
    expect(getMessages("lore", now, "someone")).toBeNull();
    expect(getMessages("andrewbrown", now, "someone")).toHaveLength(2);
  });
});

describe("the viewer in the mock data", () => {
  it("never has a conversation with themselves, whatever the case of their handle", () => {
    expect(getMessageGroups(now, "AndrewBrown").map((group) => group.handle)).not.toContain("andrewbrown");
    expect(getMessageGroups(now, "AndrewBrown")).toHaveLength(2);
    expect(getMessages("andrewbrown", now, "andrewbrown")).toBeNull();
  });

  it("is never suggested to follow themselves", () => {
    expect(suggestedUsersFor("andrewbrown").map((user) => user.handle)).toEqual(["coco"]);
    expect(suggestedUsersFor("someone").map((user) => user.handle)).toEqual(["andrewbrown"]);
  });
});
