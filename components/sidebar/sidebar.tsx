import type { User } from "@/lib/cognito/types";
import { JoinSection } from "./join-section";
import { SearchBox } from "./search-box";
import { SidebarFooter } from "./sidebar-footer";
import { SuggestedUsers } from "./suggested-users";
import { Trending } from "./trending";
import styles from "./sidebar.module.css";

export function Sidebar({ viewer }: { viewer: User | null }) {
  return (
    <aside className={styles.sidebar} aria-label="Sidebar">
      <SearchBox />
      {viewer ? (
        <>
          <Trending />
          <SuggestedUsers viewerHandle={viewer.handle} />
        </>
      ) : (
        <JoinSection />
      )}
      <SidebarFooter />
    </aside>
  );
}
