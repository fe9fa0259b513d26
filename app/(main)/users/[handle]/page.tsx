import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CrudList } from "@/components/crud/crud-list";
import { UserHeader } from "@/components/user-header/user-header";
import { getCurrentUser } from "@/lib/auth/dal";
import { getUserActivities } from "@/lib/feed/activities";
import type { Author } from "@/lib/feed/types";
import { findAuthor, normalizeHandle } from "@/lib/feed/users";
import type { User } from "@/lib/cognito/types";

interface UserPageProps {
  params: Promise<{ handle: string }>;
}

function resolveAuthor(rawHandle: string, viewer: User | null): Author | null {
  const handle = normalizeHandle(rawHandle);
  if (!handle) return null;
  if (viewer?.handle.toLowerCase() === handle) return { displayName: viewer.name, handle: viewer.handle };
  return findAuthor(handle);
}

export async function generateMetadata({ params }: UserPageProps): Promise<Metadata> {
  const handle = normalizeHandle((await params).handle);
  return { title: handle ? `@${handle}` : "Not found" };
}

export default async function UserPage({ params }: UserPageProps) {
  const viewer = await getCurrentUser();
  const author = resolveAuthor((await params).handle, viewer);
  if (!author) notFound();
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
