import type { Metadata } from "next";
import { CrudList } from "@/components/crud/crud-list";
import { UserHeader } from "@/components/user-header/user-header";
import { getCurrentUser } from "@/lib/auth/dal";
import { getUserActivities } from "@/lib/feed/activities";
import { profileAuthor } from "@/lib/feed/addresses";
import { normalizeHandle } from "@/lib/feed/users";
import AccountNotFound from "./not-found";

interface UserPageProps {
  params: Promise<{ handle: string }>;
}

export async function generateMetadata({ params }: UserPageProps): Promise<Metadata> {
  const handle = normalizeHandle((await params).handle);
  return { title: handle ? `@${handle}` : "Not found" };
}

export default async function UserPage({ params }: UserPageProps) {
  const viewer = await getCurrentUser();
  const author = profileAuthor((await params).handle, viewer);
  if (!author) return <AccountNotFound />;
  const now = new Date();
  const activities = getUserActivities(author.handle, { signedIn: viewer !== null, now });
  const own = viewer?.handle === author.handle;
  return (
    <>
      <UserHeader author={author} cruds={activities.length} />
      <CrudList
        activities={activities}
        now={now}
        returnTo={viewer ? null : `/@${author.handle}`}
        emptyText={own ? "You haven't crudded anything yet." : `@${author.handle} hasn't crudded anything yet.`}
      />
    </>
  );
}
