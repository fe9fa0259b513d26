export const infoLinks = [
  { href: "/about", label: "About" },
  { href: "/terms", label: "Terms of service" },
  { href: "/privacy", label: "Privacy policy" },
] as const;
