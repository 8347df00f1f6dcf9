import { ValidationError } from '../ValidationError';
import { htmlToArticle } from './htmlToArticle';

export interface DecodedUpload {
  title: string | null;
  text: string;
  /** What an HTML page says about itself (Readability's metadata and the page's head); absent for text files. */
  page?: { siteName: string | null; url: string | null; published: string | null; byline: string | null };
}

export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

/**
 * Turns an uploaded file into an article's title and text: .txt as is, .md kept as text (its first
 * "# heading" is the title), .html/.htm through Readability. Throws ValidationError on the `files` field for
 * an unsupported type, binary content or bytes that are not UTF-8.
 */
export function decodeUpload(name: string, bytes: Uint8Array): DecodedUpload {
  const extension = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new ValidationError(
      `“${name}” cannot be read: only .txt, .md and .html files can be uploaded.`,
      'files',
      'unsupported_type'
    );
  }
  if (looksBinary(bytes)) {
    throw new ValidationError(`“${name}” is a binary file, not text.`, 'files', 'binary');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError(
      `“${name}” is not UTF-8 text: save it as UTF-8 and upload it again.`,
      'files',
      'encoding'
    );
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (extension === '.html' || extension === '.htm') {
    try {
      const article = htmlToArticle(text);
      const { siteName, url, published, byline } = article;
      return { title: article.title, text: article.text, page: { siteName, url, published, byline } };
    } catch (e) {
      if (e instanceof ValidationError) {
        throw new ValidationError(`“${name}” holds no article text that could be found.`, 'files', e.code);
      }
      throw e;
    }
  }
  if (extension === '.md') return { title: markdownTitle(text), text };
  return { title: null, text };
}

/** NUL bytes, or more than 1 in 100 control characters other than tab/newline/carriage return/form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > Math.max(1, sample.length / 100);
}

function markdownTitle(text: string): string | null {
  const heading = /^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(text);
  return heading ? heading[1].trim() : null;
}
