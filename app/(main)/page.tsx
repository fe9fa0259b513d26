import type { Metadata } from "next";
import { CrudList } from "@/components/crud/crud-list";
import { PageNotice } from "@/components/notice/page-notice";
import { PageHeader } from "@/components/page-header/page-header";
import { getCurrentUser } from "@/lib/auth/dal";
import { getHomeActivities } from "@/lib/feed/activities";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getCurrentUser();
  const now = new Date();
  const activities = getHomeActivities({ signedIn: viewer !== null, now });
  return (
    <>
      <PageHeader title="Home" />
      <PageNotice code={firstParam((await searchParams).notice)} />
      <CrudList activities={activities} now={now} returnTo={viewer ? null : "/"} />
    </>
  );
}
