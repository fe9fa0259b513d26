import { SearchIcon } from "@/components/icons/nav-icons";
import styles from "./sidebar.module.css";

export function SearchBox() {
  return (
    <form role="search" className={styles.search}>
      <label htmlFor="sidebar-search" className="visually-hidden">
        Search Cruddur
      </label>
      <SearchIcon size={18} className={styles.searchIcon} />
      <input id="sidebar-search" name="q" type="search" placeholder="Search Cruddur" className={styles.searchInput} />
    </form>
  );
}
