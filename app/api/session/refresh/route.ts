import { cookies } from "next/headers";
import { refreshSession } from "@/lib/auth/refresh-session";
import { json, jsonErrors } from "@/lib/http/responses";

/** Called by the middleware when a session is due for refresh; answers the cookies to set. */
export const POST = jsonErrors(async () => json(await refreshSession(await cookies())));
