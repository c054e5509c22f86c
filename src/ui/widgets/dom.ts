/** A tiny element builder: text always goes in as textContent, never as HTML. */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'className') {
      el.className = String(value);
    } else if (name === 'style') {
      // Through the CSSOM: a strict CSP (style-src 'self') refuses style attributes, not style properties.
      for (const rule of String(value).split(';')) {
        const [prop, ...rest] = rule.split(':');
        if (prop?.trim() && rest.length) el.style.setProperty(prop.trim(), rest.join(':').trim());
      }
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/**
 * Arrow keys move focus between the buttons of a group, as in a toolbar; in a
 * right-to-left page the left arrow moves forward, so the keys follow the eye.
 */
export function arrowKeyNavigation(group: HTMLElement, selector = 'button'): void {
  group.addEventListener('keydown', (event) => {
    const keys = ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const items = [...group.querySelectorAll<HTMLElement>(selector)].filter((b) => !b.hasAttribute('disabled'));
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const rtl = getComputedStyle(group).direction === 'rtl';
    const forward = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const backward = event.key === 'ArrowUp' || event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    let next = index;
    if (forward) next = (index + 1) % items.length;
    else if (backward) next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    event.preventDefault();
    items[next]?.focus();
  });
}

/** What each read-aloud button reads, so play together can read a screen the way its button would. */
const spokenByButton = new WeakMap<HTMLElement, () => string | readonly string[]>();

/** The lines a read-aloud button reads now, or null for any other element. */
export function spokenBy(button: HTMLElement): readonly string[] | null {
  const text = spokenByButton.get(button)?.();
  return text === undefined ? null : typeof text === 'string' ? [text] : text;
}

/**
 * A speaker button that reads `text()` aloud, or nothing where the device has no voice. Several
 * lines are read one after the other, each with its own recorded voice where the device has none.
 */
export function readAloudButton(
  ctx: {
    i18n: { language: string; t: (k: string) => string };
    speaker: { available(l: string): boolean; speak(t: string | readonly string[], l: string): void };
  },
  text: () => string | readonly string[],
  focusId: string,
): HTMLButtonElement | null {
  const lang = ctx.i18n.language;
  if (!ctx.speaker.available(lang)) return null;
  const button = h(
    'button',
    {
      type: 'button',
      className: 'icon-button read-aloud',
      'aria-label': ctx.i18n.t('scenario.readAloud'),
      'data-focus-id': focusId,
      onclick: () => ctx.speaker.speak(text(), lang),
    },
    h('span', { className: 'speaker-icon', 'aria-hidden': 'true' }),
  );
  spokenByButton.set(button, text);
  return button;
}
