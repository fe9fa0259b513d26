const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** What a person reads in the form's live regions (alerts, status notices, field errors), in order. */
export function messagesOn(html: string): string[] {
  const regions = html.matchAll(/<(div|p)\b[^>]*(?:role="(?:alert|status)"|aria-live="polite")[^>]*>([\s\S]*?)<\/\1>/g);
  return [...regions].map((match) => strip(match[2] ?? "")).filter(Boolean);
}

export function headingOf(html: string): string {
  return strip(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "");
}
