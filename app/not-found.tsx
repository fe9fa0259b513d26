import type { Metadata } from "next";
import { NotFoundBody } from "@/components/notice-page/not-found-body";
import MainLayout from "./(main)/layout";

export const metadata: Metadata = { title: "Page not found" };

/** Any unknown address: the same page as inside the app, with its navigation. */
export default function NotFound() {
  return (
    <MainLayout>
      <NotFoundBody />
    </MainLayout>
  );
}
