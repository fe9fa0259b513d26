import { notFound } from "next/navigation";

/** Any address nothing else answers: the app's own "not found" page, inside its layout. */
export default function Missing() {
  notFound();
}
