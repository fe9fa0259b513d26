import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/gate/static-headers";

const nextConfig: NextConfig = {
  // Lets two builds (say, two e2e runs) live side by side: NEXT_DIST_DIR=.next-other.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The optimizer fetches the URL it is given from this app: only build-time images, never a page
  // (a page's redirect or HTML made it answer 500).
  images: { localPatterns: [{ pathname: "/_next/static/media/**", search: "" }] },
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
  // `@folder` is a parallel-route slot in the App Router, so `/@handle` URLs are served by rewrites.
  async rewrites() {
    return [
      { source: "/@:handle", destination: "/users/:handle" },
      { source: "/messages/@:handle", destination: "/messages/users/:handle" },
    ];
  },
};

export default nextConfig;
