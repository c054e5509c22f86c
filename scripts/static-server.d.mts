import type { Server } from 'node:http';
/** Serves a folder on loopback with gzip for text, like a static host; port 0 picks a free one. */
export function serve(root: string, port?: number): Promise<Server>;
