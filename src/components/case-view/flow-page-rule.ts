/** The named page the flow's pages print on (`page: flow` in case-flow.styles.ts). */
export const FLOW_PAGE = 'flow';

const rules = `@page ${FLOW_PAGE} { size: landscape; margin: 1cm; }`;
const adopted = new WeakSet<Document>();

/**
 * Adds `@page flow { size: landscape }` to the document. Browsers read `@page` rules only from the
 * document's own style sheets, not from a shadow root's; a named page touches nothing but the
 * elements that ask for it, so the host page's printing is unchanged.
 */
export function adoptFlowPageRule(doc: Document): void {
  if (adopted.has(doc) || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
  sheet.replaceSync(rules);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted.add(doc);
}
