import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Marked } from 'marked';

/**
 * The one place where map text becomes HTML. Map files come from strangers, so Markdown is
 * rendered by marked and then cut down by DOMPurify to a small allow-list of inline and block
 * formatting; links survive only with http(s) or mailto URLs and open without an opener.
 */
const markdown = new Marked({ gfm: true, async: false });

const purify = DOMPurify();

const ALLOWED_TAGS = ['a', 'p', 'br', 'em', 'strong', 'del', 'code', 'blockquote', 'ul', 'ol', 'li', 'span'];
const SAFE_URL = /^(?:https?:|mailto:)/i;

// Without a DOM (the package imported in Node) DOMPurify has no methods; nothing is rendered there.
if (purify.isSupported) purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = node.getAttribute('href') ?? '';
  if (!SAFE_URL.test(href.trim())) {
    node.removeAttribute('href');
    return;
  }
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer');
});

/** Sanitised HTML for a piece of Markdown from a map. */
export function sanitizeMarkdown(text: string): string {
  let html: string;
  try {
    html = markdown.parse(text) as string;
  } catch {
    html = '';
  }
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'target', 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

/** Lit directive: Markdown from a map, rendered and sanitised. */
export function renderMarkdown(text: string) {
  return unsafeHTML(sanitizeMarkdown(text));
}

/** Whether a URL from a map may become a link: only http(s). */
export function isSafeLinkUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\/[^\s]+$/i.test(url.trim());
}
