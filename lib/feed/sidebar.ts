import type { Author } from "./types";
import { authors } from "./users";

interface Trend {
  tag: string;
  count: number;
}

export const trending: Trend[] = [
  { tag: "100DaysOfCloud", count: 2053 },
  { tag: "CloudProject", count: 8253 },
  { tag: "AWS", count: 9053 },
  { tag: "FreeWillyReboot", count: 7753 },
];

export function suggestedUsersFor(viewerHandle: string): Author[] {
  return [authors.andrewbrown, authors.coco]
    .filter((author) => author.handle !== viewerHandle.toLowerCase())
    .slice(0, 1);
}
