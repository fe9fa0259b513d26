import { NotFoundBody } from "@/components/notice-page/not-found-body";

export default function MainNotFound() {
  return <NotFoundBody />;
}
