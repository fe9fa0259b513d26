import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `@folder` is a parallel-route slot in the App Router, so `/@handle` URLs are served by rewrites.
  async rewrites() {
    return [
      { source: "/@:handle", destination: "/users/:handle" },
      { source: "/messages/@:handle", destination: "/messages/users/:handle" },
    ];
  },
};

export default nextConfig;
