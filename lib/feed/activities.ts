import { loreActivity, notificationActivities, publicActivities } from "./mock-activities";
import type { Activity } from "./types";

interface FeedOptions {
  signedIn: boolean;
  now: Date;
}

export function getHomeActivities({ signedIn, now }: FeedOptions): Activity[] {
  const everyone = publicActivities(now);
  return signedIn ? [loreActivity(now), ...everyone] : everyone;
}

export function getUserActivities(handle: string, options: FeedOptions): Activity[] {
  return getHomeActivities(options).filter((activity) => activity.handle === handle);
}

export function getNotificationActivities({ now }: Pick<FeedOptions, "now">): Activity[] {
  return notificationActivities(now);
}
