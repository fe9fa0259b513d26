import type { Metadata } from "next";
import { CrudList } from "@/components/crud/crud-list";
import { PageHeader } from "@/components/page-header/page-header";
import { requireUser } from "@/lib/auth/dal";
import { getNotificationActivities } from "@/lib/feed/activities";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requireUser("/notifications");
  const now = new Date();
  return (
    <>
      <PageHeader title="Notifications" />
      <CrudList
        activities={getNotificationActivities({ now })}
        now={now}
        returnTo={null}
        emptyText="No notifications yet."
      />
    </>
  );
}
