import { arrowKeyNavigation, h } from '../widgets/dom';

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
