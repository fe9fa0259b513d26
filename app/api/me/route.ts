import { authenticateBearer } from "@/lib/api-auth";
import { json, jsonErrors, unauthorized } from "@/lib/api/responses";

export const GET = jsonErrors(async (request: Request) => {
  const auth = await authenticateBearer(request);
  if (auth.kind !== "user") return unauthorized(auth.kind === "invalid" ? "invalid_token" : "missing");
  const { sub, username, email, name, handle } = auth.user;
  return json({ sub, username, email, name, handle });
});
