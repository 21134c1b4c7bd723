/** The message of whatever was thrown, for German sentences like "Einfügen fehlgeschlagen: …". */
export function fehlerText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
