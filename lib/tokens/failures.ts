import { JwtBaseError } from "aws-jwt-verify/error";

/** A token refused for what it is (forged, expired, foreign, keys unreachable): not worth a log line. */
export function isExpectedVerificationFailure(error: unknown): boolean {
  return error instanceof JwtBaseError;
}
