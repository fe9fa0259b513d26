import type { Metadata } from "next";
import { CrudList } from "@/components/crud/crud-list";
import { NotFoundBody } from "@/components/notice-page/not-found-body";
import { UserHeader } from "@/components/user-header/user-header";
import { getCurrentUser } from "@/lib/auth/dal";
import { getUserActivities } from "@/lib/feed/activities";
import { profileAuthor } from "@/lib/feed/addresses";

interface UserPageProps {
  params: Promise<{ handle: string }>;
}

export async function generateMetadata({ params }: UserPageProps): Promise<Metadata> {
  const author = profileAuthor((await params).handle, await getCurrentUser());
  return { title: author ? `@${author.handle}` : "Account not found" };
}

export default async function UserPage({ params }: UserPageProps) {
  const viewer = await getCurrentUser();
  const author = profileAuthor((await params).handle, viewer);
  if (!author) {
    return (
      <NotFoundBody
        title="This account doesn't exist"
        text="It may have been removed, or the handle may be misspelled."
      />
    );
  }
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
