import { DAY_MS, HOUR_MS, shift } from "./time";
import type { Activity, Author } from "./types";
import { authors } from "./users";

type Draft = Pick<Activity, "uuid" | "message" | "createdAt" | "expiresAt"> &
  Partial<Pick<Activity, "likesCount" | "repliesCount" | "repostsCount" | "replyToActivityUuid" | "replies">>;

function crud(author: Author, draft: Draft): Activity {
  return { likesCount: 0, repliesCount: 0, repostsCount: 0, replies: [], ...author, ...draft };
}

export function loreActivity(now: Date): Activity {
  return crud(authors.lore, {
    uuid: "7c5e0e2a-4b1d-4f6e-9a53-2d8f1c3b6e41",
    message: "My dear brother, it the humans that are the problem",
    createdAt: shift(now, -HOUR_MS),
    expiresAt: shift(now, 12 * HOUR_MS),
    likesCount: 1042,
  });
}

export function publicActivities(now: Date): Activity[] {
  const andrewUuid = "68f126b0-1ceb-4a33-88be-d90fa7109eee";
  const worfReply = crud(authors.worf, {
    uuid: "26e12864-1c26-5c3a-9658-97a10f8fea67",
    replyToActivityUuid: andrewUuid,
    message: "This post has no honor!",
    createdAt: shift(now, -2 * DAY_MS),
    expiresAt: shift(now, 5 * DAY_MS),
  });
  return [
    crud(authors.andrewbrown, {
      uuid: andrewUuid,
      message: "Cloud is very fun!",
      createdAt: shift(now, -2 * DAY_MS),
      expiresAt: shift(now, 5 * DAY_MS),
      likesCount: 5,
      repliesCount: 1,
      replies: [worfReply],
    }),
    crud(authors.worf, {
      uuid: "66e12864-8c26-4c3a-9658-95a10f8fea67",
      message: "I am out of prune juice",
      createdAt: shift(now, -7 * DAY_MS),
      expiresAt: shift(now, 9 * DAY_MS),
    }),
    crud(authors.garek, {
      uuid: "248959df-3079-4947-b847-9e0892d1bab4",
      message: "My dear doctor, I am just simple tailor",
      createdAt: shift(now, -HOUR_MS),
      expiresAt: shift(now, 12 * HOUR_MS),
    }),
  ];
}

export function notificationActivities(now: Date): Activity[] {
  return [
    crud(authors.coco, {
      uuid: "3f1c2b8e-5d4a-4e6f-8b7c-1a2d3e4f5a6b",
      message: "I am a white unicorn",
      createdAt: shift(now, -2 * DAY_MS),
      expiresAt: shift(now, 5 * DAY_MS),
      likesCount: 5,
    }),
  ];
}
