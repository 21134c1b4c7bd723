/** The one browser download of the pane: the Word text and the scenario file both go through here. */

/** Offers `inhalt` as a file named `dateiname`; works in Excel on the web and a browser. */
export function ladeHerunter(inhalt: BlobPart, typ: string, dateiname: string): void {
  const url = URL.createObjectURL(new Blob([inhalt], { type: typ }));
  const a = document.createElement("a");
  a.href = url;
  a.download = dateiname;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once click() returns; the URL can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
