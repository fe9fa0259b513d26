import type { Metadata } from "next";
import { NotFoundBody } from "@/components/notice-page/not-found-body";

export const metadata: Metadata = { title: "Account not found" };

export default function AccountNotFound() {
  return (
    <NotFoundBody
      title="This account doesn't exist"
      text="It may have been removed, or the handle may be misspelled."
    />
  );
}
