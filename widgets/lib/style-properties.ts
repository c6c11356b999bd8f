/**
 * Inline style that works under a host page's strict Content-Security-Policy. A `style-src` without
 * 'unsafe-inline' makes Chromium drop style attributes written in markup or by `setAttribute`, and
 * Lit's `styleMap` does exactly that on its first render (it writes the attribute as a string and
 * only uses the CSSOM on later updates). Properties set through `style.setProperty` are allowed.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names (dash-case, e.g. `background-color`) to values; `undefined` removes one. */
export type StyleProperties = Record<string, string | undefined>;

class StylePropertiesDirective extends Directive {
  #set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the message shows how the directive is written in a template.
    if (info.type !== PartType.ELEMENT) throw new Error('styleProperties() binds to an element: <div ${styleProperties({ left: "4px" })}>');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.#set) {
      if (properties[name] === undefined) {
        style.removeProperty(name);
        this.#set.delete(name);
      }
    }
    // The CSS parser drops a value that is not one valid value of the property, so text from the
    // API cannot add declarations or reach another property.
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#set.add(name);
    }
    return noChange;
  }
}

/**
 * Sets the element's inline style properties through the CSSOM, on every render including the
 * first: `<div class="tooltip" ${styleProperties({ left: `${x}px` })}>`.
 */
export const styleProperties = directive(StylePropertiesDirective);
