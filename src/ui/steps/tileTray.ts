import x from 'virtual:icon/lucide/x';
import { arrowKeyNavigation, h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import type { UiContext } from '../context';
import type { ActInApp } from './taskView';

/**
 * A row of tiles to pick from. Picking one hands focus to the tile after it
 * (or the one before, at the end), so a keyboard can pick several in a row.
 */
export function tileTray(
  label: string,
  tiles: { id: string; label: string }[],
  full: boolean,
  pick: (id: string, nextFocus: string) => void,
  sendFocus: string,
): HTMLElement {
  const tray = h(
    'div',
    { className: 'cx-tray', role: 'group', 'aria-label': label },
    tiles.map((tile, i) => {
      const neighbour = tiles[i + 1] ?? tiles[i - 1];
      return h(
        'button',
        {
          type: 'button',
          className: 'cx-chip',
          'data-focus-id': `tile-${tile.id}`,
          disabled: full,
          onclick: () => pick(tile.id, neighbour ? `tile-${neighbour.id}` : sendFocus),
        },
        tile.label,
      );
    }),
  );
  arrowKeyNavigation(tray);
  return tray;
}

/** A draft built from tiles (a message, a passphrase): what its pieces need to draw and act. */
export interface TileDraft {
  t: UiContext['i18n']['t'];
  /** The task's tiles; their labels are keys. */
  tiles: readonly { id: string; label: string }[];
  picked: readonly string[];
  most: number;
  act: ActInApp;
  /** The control that takes focus once the draft is full: its Send or Save. */
  doneFocus: string;
}

const labelOf = (draft: TileDraft, id: string) => draft.t(draft.tiles.find((tile) => tile.id === id)?.label ?? '');

/**
 * The draft's tiles in order, each a button that takes it back out (or plain
 * words while `locked`), or `placeholder` while it is empty.
 */
export function draftTiles(draft: TileDraft, placeholder: string, locked = false): HTMLElement | HTMLElement[] {
  const { t, act } = draft;
  if (!draft.picked.length) return h('li', { className: 'cx-placeholder' }, placeholder);
  return draft.picked.map((id) =>
    h(
      'li',
      {},
      locked
        ? h('span', { className: 'cx-chip picked' }, labelOf(draft, id))
        : h(
            'button',
            {
              type: 'button',
              className: 'cx-chip picked',
              'data-focus-id': `draft-${id}`,
              'aria-label': t('practiceConduct.takeOut', { tile: labelOf(draft, id) }),
              onclick: () => act({ type: 'unpick', tileId: id }, `tile-${id}`),
            },
            h('span', {}, labelOf(draft, id)),
            h('span', { className: 'cx-chip-x', 'aria-hidden': 'true' }, iconElement(x)),
          ),
    ),
  );
}

/** The tray of tiles not in the draft yet; the tile that fills the draft hands focus to its Send or Save. */
export function draftTray(draft: TileDraft, label: string): HTMLElement {
  const { picked, most, act } = draft;
  return tileTray(
    label,
    draft.tiles.filter((tile) => !picked.includes(tile.id)).map((tile) => ({ id: tile.id, label: draft.t(tile.label) })),
    picked.length >= most,
    (id, nextFocus) => act({ type: 'pick', tileId: id }, picked.length + 1 >= most ? draft.doneFocus : nextFocus),
    draft.doneFocus,
  );
}

/** Clear: empties the draft and hands focus to the first tile. */
export function clearDraftButton(draft: TileDraft, focusId: string): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      className: 'secondary',
      'data-focus-id': focusId,
      disabled: draft.picked.length === 0,
      onclick: () => draft.act({ type: 'clear' }, `tile-${draft.tiles[0]?.id}`),
    },
    draft.t('practiceConduct.clear'),
  );
}
