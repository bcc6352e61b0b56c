import { type CSSResultOrNative, LitElement } from 'lit';

/** Marks the `<style>` copies made for documents the constructed style sheets do not belong to. */
const COPY = 'data-style-copy';

/**
 * A LitElement that keeps its styles when moved into another document (`adoptNode` into an
 * iframe's page, or a document from `createHTMLDocument`). Lit shares constructed style sheets,
 * and a shadow root may only adopt sheets made by its own document: elsewhere the styles are
 * `<style>` copies instead, switched on and off as the element moves between documents.
 */
export class PortableElement extends LitElement {
  private stylesDocument: Document | null = null;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ctor = this.constructor as typeof LitElement;
    const root = this.attachShadow(ctor.shadowRootOptions);
    this.applyStyles(root);
    return root;
  }

  override connectedCallback(): void {
    if (this.shadowRoot && this.stylesDocument !== this.ownerDocument) this.applyStyles(this.shadowRoot);
    super.connectedCallback();
  }

  private applyStyles(root: ShadowRoot): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    const doc = this.ownerDocument;
    this.stylesDocument = doc;
    const copies = [...root.querySelectorAll<HTMLStyleElement>(`style[${COPY}]`)];
    try {
      root.adoptedStyleSheets = styles.map(sheetOf);
      for (const copy of copies) copy.media = 'not all';
      return;
    } catch {
      // Not this document's sheets: copies below.
    }
    root.adoptedStyleSheets = [];
    if (copies.length === 0) {
      for (const style of styles) {
        const copy = doc.createElement('style');
        copy.setAttribute(COPY, '');
        copy.textContent = cssTextOf(style);
        root.append(copy);
        copies.push(copy);
      }
    }
    for (const copy of copies) copy.removeAttribute('media');
  }
}

function sheetOf(style: CSSResultOrNative): CSSStyleSheet {
  return style instanceof CSSStyleSheet ? style : style.styleSheet!;
}

function cssTextOf(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText;
}
