/**
 * Points the page's web app manifest at the child's language (the build writes one per language,
 * scripts/vite/manifests.ts), so an installed game is named and described in that language.
 */
export function pointManifestAt(lang: string): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (link) link.setAttribute('href', `./manifest-${lang}.webmanifest`);
}
