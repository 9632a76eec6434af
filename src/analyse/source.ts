// The outlet an article is graded under: its stated source, else its URL's host.
import type { Article } from "../types.js";

export function sourceOf(article: Article): string | null {
  if (article.source?.trim()) return article.source.trim();
  if (!article.url) return null;
  try {
    return new URL(article.url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
