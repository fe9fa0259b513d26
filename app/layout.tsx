import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cruddur", template: "%s | Cruddur" },
  description: "Micro-blogging where every crud expires.",
  icons: { icon: "/logo.svg" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#3d0d7b",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request (app/global-not-found.tsx does the same): Next.js can only
  // put the middleware's CSP nonce on its scripts at request time.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
