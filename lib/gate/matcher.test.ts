import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "../../middleware";

const PUBLIC = join(import.meta.dirname, "../../public");

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(folder, entry.name))
      : [relative(PUBLIC, join(folder, entry.name)).split("\\\\").join("/")],
  );
}

const publicFiles = filesUnder(PUBLIC);
const escaped = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const runsFor = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("the middleware matcher", () => {
  it("leaves out build assets and exactly the files public/ holds, no more and no fewer", () => {
    const files = publicFiles.map((file) => `${escaped(file)}$`).join("|");
    expect(config.matcher).toEqual([`/((?!_next/static/|_next/image$|${files}).*)`]);
  });

  it.each(publicFiles)("does not run for /%s", (file) => {
    expect(runsFor(`/${file}`)).toBe(false);
  });

  it.each(["/_next/static/chunks/main.js", "/_next/static/css/app.css", "/_next/image?url=%2Fx.png&w=64&q=75"])(
    "does not run for the build asset %s",
    (url) => {
      expect(runsFor(url)).toBe(false);
    },
  );

  it.each([
    "/",
    "/notifications",
    "/notifications.js",
    "/x.png",
    "/robots.txt",
    "/favicon.ico",
    "/users/andrewbrown.js",
    "/messages/users/worf.png",
    "/messages/@worf.css",
    "/logo.svg.js",
    "/sub/logo.svg",
    "/_next/staticx",
    "/_next/image/x",
    "/api/me",
  ])("runs for %s", (url) => {
    expect(runsFor(url)).toBe(true);
  });
});
