import { NotFoundBody } from "@/components/notice-page/not-found-body";

export default function UserNotFound() {
  return (
    <NotFoundBody
      title="This account doesn't exist"
      text="It may have been removed, or the handle may be misspelled."
    />
  );
}
