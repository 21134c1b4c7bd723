// Webpack loader for @fluentui/theme's DefaultFontStyles: blanks the default web-font base URL.
// Without it Fluent UI registers @font-face rules that fetch Segoe UI from Microsoft's CDN
// (res-1.cdn.office.net) wherever the font is not installed. The task pane talks to no host but
// its own and the office.js CDN (see the CSP in src/taskpane/taskpane.html); with an empty base
// URL Fluent registers no web fonts and falls back to the installed Segoe UI or system fonts.
// Fails the build if a Fluent update changes the file, so the URL cannot silently come back.
module.exports = function fluentOhneCdnSchriften(quelle) {
  const ersetzt = quelle.replace(/(["'])https:\/\/res-1\.cdn\.office\.net\/[^"']*\1/, '""');
  if (ersetzt === quelle) {
    throw new Error(
      `${this.resourcePath}: Die Standard-Schriften-URL von Fluent UI wurde nicht gefunden. ` +
        "scripts/webpack/fluentOhneCdnSchriften.js an die neue Fluent-Version anpassen.",
    );
  }
  return ersetzt;
};
