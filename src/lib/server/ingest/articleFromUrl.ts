import { normalisePublished, type NewArticle } from '../store/sqlite/articles';
import { fetchArticle } from './fetchArticle';

/** What a person or program gave beside the URL; each field given replaces the page's own. */
export interface GivenFields {
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  published?: string | null;
}

/**
 * The one import by URL, for the add page and the API: fetches the page, extracts the article, and fits the
 * page's own metadata to what the store accepts (a title, site name or byline too long is shortened, a date it
 * cannot read is left out), since the person importing did not write them. Fields the caller gives are stored
 * as given, and checked like any other input.
 */
export async function articleFromUrl(url: string, given: GivenFields = {}): Promise<NewArticle> {
  const page = await fetchArticle(url);
  return {
    text: page.text,
    url: page.finalUrl,
    title: given.title ?? page.title?.slice(0, 500),
    // The outlet is the page's domain; the site's own name, when it gives one, names a new outlet.
    outlet: given.outlet ?? page.siteName?.slice(0, 200),
    byline: given.byline ?? page.byline?.slice(0, 300),
    published: given.published ?? publishedOrNull(page.published),
    source: 'url'
  };
}

function publishedOrNull(value: string | null): string | null {
  try {
    return normalisePublished(value);
  } catch {
    return null;
  }
}
