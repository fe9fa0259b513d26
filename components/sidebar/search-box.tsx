import { SearchIcon } from "@/components/icons/nav-icons";
import styles from "./sidebar.module.css";

/** Not a search form until search is built: the field says so instead of reloading the page. */
export function SearchBox() {
  return (
    <div className={styles.search}>
      <label htmlFor="sidebar-search" className="visually-hidden">
        Search (coming soon)
      </label>
      <SearchIcon className={styles.searchIcon} />
      <input
        id="sidebar-search"
        type="search"
        disabled
        placeholder="Search is coming soon"
        className={styles.searchInput}
      />
    </div>
  );
}
