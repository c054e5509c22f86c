/**
 * Tiles picked into a message or a passphrase, in order and each once, up to
 * a most: the picking that phrase tiles, the passphrase and say-no tiles share.
 */

export type TileAction = { type: 'pick'; tileId: string } | { type: 'unpick'; tileId: string } | { type: 'clear' };

/** The tiles that can still be picked: none once the tray is full. */
export function freeTiles<T extends { id: string }>(tiles: readonly T[], picked: readonly string[], most: number): T[] {
  return picked.length < most ? tiles.filter((t) => !picked.includes(t.id)) : [];
}

/** The picked tiles with one more at the end; the same list when it is full, the tile is in it or is not the task's. */
export function withTile(tiles: readonly { id: string }[], picked: string[], tileId: string, most: number): string[] {
  if (picked.includes(tileId) || picked.length >= most) return picked;
  if (!tiles.some((t) => t.id === tileId)) return picked;
  return [...picked, tileId];
}

/** Pick, take one back, or clear: the new list, or the same one when the action changes nothing. */
export function reduceTiles(tiles: readonly { id: string }[], picked: string[], action: TileAction, most: number): string[] {
  switch (action.type) {
    case 'pick':
      return withTile(tiles, picked, action.tileId, most);
    case 'unpick':
      return picked.includes(action.tileId) ? picked.filter((id) => id !== action.tileId) : picked;
    case 'clear':
      return picked.length ? [] : picked;
  }
}

/** Every pick, take-back and clear the tray offers. */
export function tileActions(tiles: readonly { id: string }[], picked: readonly string[], most: number): TileAction[] {
  return [
    ...freeTiles(tiles, picked, most).map((t) => ({ type: 'pick', tileId: t.id }) as const),
    ...picked.map((id) => ({ type: 'unpick', tileId: id }) as const),
    ...(picked.length > 1 ? [{ type: 'clear' } as const] : []),
  ];
}

/** What the first picked tile that has one says (its less safe action, its weakness), if any. */
export function firstPicked<T extends { id: string }, V>(
  tiles: readonly T[],
  picked: readonly string[],
  what: (tile: T) => V | undefined,
): V | undefined {
  return picked
    .map((id) => tiles.find((t) => t.id === id))
    .map((t) => (t ? what(t) : undefined))
    .find((x) => x !== undefined);
}
