/** The page a snapshot was read from, without its query and hash: those carry session tokens and ids. */
export function pagePath(address: string): string {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.origin}${url.pathname}` : '';
  } catch {
    return '';
  }
}
