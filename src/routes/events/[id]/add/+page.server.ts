import { fail, redirect } from '@sveltejs/kit';
import { normalisePublished, validateArticleText, type NewArticle } from '$lib/server/store/sqlite/articles';
import { config } from '$lib/server/config';
import { decodeUpload } from '$lib/server/ingest/decodeUpload';
import { articleFromUrl } from '$lib/server/ingest/articleFromUrl';
import { ValidationError } from '$lib/server/ValidationError';
import { routeEntity } from '../../../parseRouteId';
import type { Store } from '$lib/server/store/Store';
import type { Actions, PageServerLoad } from './$types';

export type AddForm = 'paste' | 'upload' | 'url';

/** The fields each form shows; an error on any other field is shown at the form's main field. */
const FORM_FIELDS: Record<AddForm, string[]> = {
  paste: ['text', 'title', 'outlet', 'url', 'published'],
  upload: ['files', 'outlet', 'published'],
  url: ['url']
};
const MAX_FILES = 50;

function eventIdOf(store: Store, raw: string): number {
  return routeEntity(raw, 'event', (id) => store.events.get(id)).id;
}

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

/** What the paste form sent (also what the "Which event?" check reads). */
function pastedValues(form: FormData) {
  return {
    title: text(form, 'title'),
    outlet: text(form, 'outlet'),
    url: text(form, 'url'),
    published: text(form, 'published'),
    text: text(form, 'text')
  };
}

/** A failed submission: the message goes next to its field, and what was typed comes back. */
function invalid(form: AddForm, e: unknown, values: Record<string, string>) {
  if (!(e instanceof ValidationError)) throw e;
  const field = e.field && FORM_FIELDS[form].includes(e.field) ? e.field : FORM_FIELDS[form][0];
  // A page that could not be reached at all (offline, no such server, no answer) is the person's to paste or save.
  const unreachable = form === 'url' && (e.code === 'network' || e.code === 'timeout');
  return fail(400, { form, errors: { [field]: e.message } as Record<string, string>, values, unreachable });
}

export const load: PageServerLoad = ({ locals, params }) => {
  const event = locals.store.events.get(eventIdOf(locals.store, params.id))!;
  return {
    event: { id: event.id, title: event.title },
    maxArticleMb: config.maxArticleBytes / 1_000_000
  };
};

export const actions: Actions = {
  /** Which event the pasted text is about; nothing is stored. The page also calls it as the person types. */
  suggest: async ({ locals, params, request }) => {
    const eventId = eventIdOf(locals.store, params.id);
    const values = pastedValues(await request.formData());
    try {
      return { form: 'paste' as const, values, suggestion: locals.store.events.suggest(values, eventId) };
    } catch (e) {
      return invalid('paste', e, values);
    }
  },

  paste: async ({ locals, params, request }) => {
    const eventId = eventIdOf(locals.store, params.id);
    const values = pastedValues(await request.formData());
    try {
      locals.store.articles.add(eventId, { ...values, source: 'paste' });
    } catch (e) {
      return invalid('paste', e, values);
    }
    locals.store.analysis.schedule(eventId);
    redirect(303, `/events/${eventId}?added=1`);
  },

  upload: async ({ locals, params, request }) => {
    const eventId = eventIdOf(locals.store, params.id);
    const form = await request.formData();
    const values = { outlet: text(form, 'outlet'), published: text(form, 'published') };
    let count = 0;
    try {
      const published = normalisePublished(values.published);
      const files = form.getAll('files').filter((f): f is File => f instanceof File && f.name !== '');
      if (files.length === 0)
        throw new ValidationError('Choose one or more files to upload.', 'files', 'required');
      if (files.length > MAX_FILES) {
        throw new ValidationError(`Upload ${MAX_FILES} files at most at a time.`, 'files');
      }
      const articles: NewArticle[] = [];
      for (const file of files) articles.push(await articleFromFile(file, values.outlet, published));
      // All files or none: one bad file (or a duplicate) leaves the event as it was.
      locals.store.articles.addMany(eventId, articles, (e, i) =>
        e instanceof ValidationError && e.field !== 'outlet' && e.field !== 'published'
          ? new ValidationError(`“${files[i].name}”: ${e.message}`, 'files', e.code)
          : e
      );
      count = articles.length;
    } catch (e) {
      return invalid('upload', e, values);
    }
    locals.store.analysis.schedule(eventId);
    redirect(303, `/events/${eventId}?added=${count}`);
  },

  url: async ({ locals, params, request }) => {
    const eventId = eventIdOf(locals.store, params.id);
    const form = await request.formData();
    const values = { url: text(form, 'url').trim() };
    try {
      if (!values.url)
        throw new ValidationError('Give the address of the article to import.', 'url', 'required');
      locals.store.articles.add(eventId, await articleFromUrl(values.url));
    } catch (e) {
      // A duplicate is reported on the text field by the storage layer: here the URL is what was given.
      return invalid('url', e, values);
    }
    locals.store.analysis.schedule(eventId);
    redirect(303, `/events/${eventId}?added=1`);
  }
};

async function articleFromFile(file: File, outlet: string, published: string | null): Promise<NewArticle> {
  const isHtml = /\.html?$/i.test(file.name);
  // HTML pages carry markup around the story, so they may be larger than the text limit.
  const byteLimit = config.maxArticleBytes * (isHtml ? 5 : 1);
  if (file.size > byteLimit) {
    throw new ValidationError(
      `“${file.name}” is too large: ${(file.size / 1_000_000).toFixed(1)} MB, the limit is ${byteLimit / 1_000_000} MB.`,
      'files',
      'too_large'
    );
  }
  const decoded = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
  const page = decoded.page;
  // An HTML page names its site and address: the outlet then comes from them unless the form gives one.
  if (!outlet && !page?.siteName && !page?.url) {
    throw new ValidationError(
      `Give the outlet’s name: “${file.name}” does not say where it was published.`,
      'outlet',
      'required'
    );
  }
  let body: string;
  try {
    body = validateArticleText(decoded.text, 'files');
  } catch (e) {
    if (e instanceof ValidationError)
      throw new ValidationError(`“${file.name}”: ${e.message}`, 'files', e.code);
    throw e;
  }
  return {
    text: body,
    title: decoded.title ?? file.name.replace(/\.[^.]+$/, ''),
    outlet: outlet || page?.siteName || null,
    url: page?.url ?? null,
    byline: page?.byline ?? null,
    // The form's date applies to every file; otherwise each page's own, when it reads as a date.
    published: published ?? pageDate(page?.published ?? null),
    source: 'file'
  };
}

/** A page's published date as the store keeps it, or null when it does not read as one (it is optional). */
function pageDate(value: string | null): string | null {
  if (!value) return null;
  try {
    return normalisePublished(value);
  } catch {
    return null;
  }
}
