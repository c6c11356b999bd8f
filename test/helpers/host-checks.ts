/**
 * Checks the host-page test runs inside a page or an iframe's document (each function is handed to
 * `evaluate`, so it uses nothing from outside itself): where the maltal-* elements are, their text
 * boxes that overlap, their colour scheme, and how the document's content fits its viewport.
 */

/** What one element shows, read in the document that holds it. */
export interface ElementFacts {
  tag: string;
  state: string;
  scheme: string;
  /** Pairs of text boxes that overlap inside the element, as "text A" × "text B". */
  overlaps: string[];
  /** Text that sticks out of the element's box sideways (cut off or over the page). */
  outside: string[];
}

/** Facts of every maltal-* element of the document (run with `evaluate`). */
export function elementFacts(): ElementFacts[] {
  const doc = (globalThis as any).document;
  const getStyle = (globalThis as any).getComputedStyle;
  const visible = (el: any): boolean => {
    for (let node = el; node; node = node.parentElement ?? node.getRootNode?.().host) {
      if (node.nodeType !== 1) continue;
      if (node.hidden || node.closest?.('[hidden]')) return false;
      const style = getStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return false;
      if (node.localName === 'details' && !node.open && node !== el) {
        // Only the summary of a closed details is shown.
        return false;
      }
    }
    return true;
  };
  const elements = [...doc.querySelectorAll('*')].filter((el: any) => el.localName.startsWith('maltal-'));
  return elements.map((el: any) => {
    const root = el.shadowRoot;
    const boxes: { text: string; r: { left: number; right: number; top: number; bottom: number } }[] = [];
    const walker = doc.createTreeWalker(root, 4 /* text */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      if (!text) continue;
      const parent = node.parentElement;
      if (!parent || !visible(parent)) continue;
      if (parent.closest('details:not([open])') && !parent.closest('summary')) continue;
      const range = doc.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) boxes.push({ text, r });
    }
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // Glyph boxes of neighbouring lines touch; a real overlap covers part of a letter.
        if (w > 2 && h > 3) overlaps.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
      }
    }
    const host = el.getBoundingClientRect();
    const outside = boxes.filter(({ r }) => r.left < host.left - 1 || r.right > host.right + 1).map(({ text }) => text);
    const frame = root.querySelector('[part~=frame]');
    return {
      tag: el.localName,
      state: el.state,
      scheme: frame?.getAttribute('data-scheme') ?? '',
      overlaps: overlaps.slice(0, 10),
      outside: [...new Set(outside)].slice(0, 10),
    };
  });
}

/** How the document fits its viewport: scroll sizes against client sizes, and where its content (the body) ends. */
export function documentFit(): {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  contentHeight: number;
  overflowY: string;
} {
  const doc = (globalThis as any).document;
  const root = doc.documentElement;
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    scrollHeight: root.scrollHeight,
    clientHeight: root.clientHeight,
    contentHeight: Math.ceil(doc.body.getBoundingClientRect().bottom + (globalThis as any).scrollY),
    overflowY: (globalThis as any).getComputedStyle(root).overflowY,
  };
}

/** Whether every maltal-* element of the document shows data, its empty state or an error, drawn. */
export async function elementsSettled(): Promise<boolean> {
  const doc = (globalThis as any).document;
  const elements = [...doc.querySelectorAll('*')].filter((el: any) => el.localName.startsWith('maltal-'));
  if (elements.length === 0 || !elements.every((el: any) => ['ready', 'empty', 'error'].includes(el.state))) return false;
  await Promise.all(elements.map((el: any) => el.updateComplete));
  return true;
}
