import { notFound } from "@/lib/http/responses";

/** Unknown API paths answer JSON, not the HTML not-found page. */
const answer = async () => notFound();

export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
