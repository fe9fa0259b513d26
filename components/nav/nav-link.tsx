"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import styles from "./nav.module.css";

interface NavLinkProps {
  href: string;
  label: string;
  icon: ReactNode;
}

function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));
}

export function NavLink({ href, label, icon }: NavLinkProps) {
  const current = isCurrent(usePathname(), href);
  return (
    <li>
      <Link href={href} className={styles.link} aria-current={current ? "page" : undefined}>
        {icon}
        <span className={styles.label}>{label}</span>
      </Link>
    </li>
  );
}
