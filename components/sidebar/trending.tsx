import { trending } from "@/lib/feed/sidebar";
import styles from "./sidebar.module.css";

const countFormat = new Intl.NumberFormat("en-US");

export function Trending() {
  return (
    <section className={styles.box} aria-labelledby="trending-heading">
      <h2 id="trending-heading" className={styles.heading}>
        Trending
      </h2>
      <ul className={styles.list}>
        {trending.map((trend) => (
          <li key={trend.tag} className={styles.trend}>
            <span className={styles.tag}>#{trend.tag}</span>
            <span className={styles.muted}>{countFormat.format(trend.count)} cruds</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
