/** The file path in a SQLite URL (`file:./data/portal.db` → `./data/portal.db`). */
export function sqliteFile(url: string): string {
  return url.replace(/^file:/, '');
}
