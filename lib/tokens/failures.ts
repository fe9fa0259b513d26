import { JwtBaseError } from "aws-jwt-verify/error";

/**
 * A token refused for what it is (forged, expired, foreign, keys unreachable): not worth a log
 * line. A bundler may give each layer (pages, route handlers) its own copy of aws-jwt-verify, so
 * this `instanceof` only holds for verifiers made by this same copy: they carry it with them.
 */
export function isExpectedVerificationFailure(error: unknown): boolean {
  return error instanceof JwtBaseError;
}
