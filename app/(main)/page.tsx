import type { Metadata } from "next";
import { CrudList } from "@/components/crud/crud-list";
import { PageHeader } from "@/components/page-header/page-header";
import { getCurrentUser } from "@/lib/auth/dal";
import { getHomeActivities } from "@/lib/feed/activities";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const viewer = await getCurrentUser();
  const now = new Date();
  const activities = getHomeActivities({ signedIn: viewer !== null, now });
  return (
    <>
      <PageHeader title="Home" />
      <CrudList activities={activities} now={now} />
    </>
  );
}
