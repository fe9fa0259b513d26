import type { NextRequest, NextResponse } from "next/server";
import { getConfig } from "../config/env";
import { FORM_FLASH_COOKIE, FORM_FLASH_HEADER, flowCookieName } from "../flow-state/codec";

/**
 * A form's result after a post without JavaScript is shown once: this render gets it in a request
 * header (a cookie cleared here would already be gone from the render), the browser forgets it.
 */
export function handOverFormFlash(request: NextRequest, headers: Headers): (response: NextResponse) => NextResponse {
  headers.delete(FORM_FLASH_HEADER);
  const { isProduction } = getConfig();
  const name = flowCookieName(FORM_FLASH_COOKIE, isProduction);
  const flash = request.cookies.get(name)?.value;
  if (request.method !== "GET" || !flash) return (response) => response;
  headers.set(FORM_FLASH_HEADER, flash);
  return (response) => {
    response.cookies.set(name, "", { path: "/", maxAge: 0, secure: isProduction, httpOnly: true, sameSite: "lax" });
    return response;
  };
}
