import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundBody } from "@/components/notice-page/not-found-body";
import MainLayout from "./(main)/layout";
import { metadata as rootMetadata, viewport as rootViewport } from "./layout";
import "./globals.css";

// Not under the root layout, so its title template does not apply here.
export const metadata: Metadata = { ...rootMetadata, title: "Page not found | Cruddur" };
export const viewport = rootViewport;

/**
 * Any unknown address: the same page as inside the app, with its navigation. A document of its
 * own, so that its tree is not sent with every page as the root's not-found fallback.
 */
export default async function GlobalNotFound() {
  await connection();
  return (
    <html lang="en">
      <body>
        <MainLayout>
          <NotFoundBody />
        </MainLayout>
      </body>
    </html>
  );
}
