/**
 * German number text, as `n.toLocaleString("de-DE", o)` writes it, without its cost: toLocaleString
 * builds a new Intl.NumberFormat (locale data, options) on every call; at pane start 48 such calls
 * cost 108–139 ms under 4× CPU throttle (issue 26), and even one formatter per option set still
 * costs several ms each to create. Fixed decimals (the options the project uses for amounts, rates
 * and counts) are therefore written directly, the way Intl does it: the shortest decimal that reads
 * back as the number (`String(n)`: 1.005, not the binary 1.00499…) rounded half away from zero,
 * trailing zeros dropped down to the minimum, the integer part grouped by points. Everything else (significant digits, huge or non-finite numbers)
 * goes through one cached Intl.NumberFormat per option set. Checked against toLocaleString for
 * every option set in use (tests/core/zahlformat.test.ts).
 */
const formate = new Map<string, Intl.NumberFormat>();

function ueberIntl(n: number, optionen: Intl.NumberFormatOptions): string {
  const schluessel = JSON.stringify(optionen);
  let format = formate.get(schluessel);
  if (format === undefined) {
    format = new Intl.NumberFormat("de-DE", optionen);
    formate.set(schluessel, format);
  }
  return format.format(n);
}

/** Only these options take the direct way; any other key (style, notation, …) goes through Intl. */
const DIREKT = new Set(["minimumFractionDigits", "maximumFractionDigits", "useGrouping"]);

function gruppiert(ganz: string): string {
  let text = "";
  for (let ende = ganz.length; ende > 0; ende -= 3) {
    text = ganz.slice(Math.max(0, ende - 3), ende) + (text ? `.${text}` : "");
  }
  return text;
}

/** x ≥ 0, finite, < 1e21: integer and fraction digits of x rounded to `stellen` places, half up. */
function gerundet(x: number, stellen: number): [string, string] {
  // String(x) is the shortest decimal that reads back as x, possibly as "1.2e-7".
  const [mantisse, exp = "0"] = String(x).split("e");
  const [vor, nach = ""] = mantisse.split(".");
  let ziffern = vor + nach;
  // Value = ziffern × 10^(exp − nach.length); `ueberzahl` digits lie beyond the places kept.
  const ueberzahl = nach.length - Number(exp) - stellen;
  if (ueberzahl > 0) {
    const aufrunden = ueberzahl <= ziffern.length && ziffern[ziffern.length - ueberzahl] >= "5";
    ziffern = ziffern.slice(0, Math.max(0, ziffern.length - ueberzahl)) || "0";
    if (aufrunden) ziffern = plusEins(ziffern);
  } else {
    ziffern += "0".repeat(-ueberzahl);
  }
  ziffern = ziffern.replace(/^0+(?=\d)/, "").padStart(stellen + 1, "0");
  return [ziffern.slice(0, ziffern.length - stellen), ziffern.slice(ziffern.length - stellen)];
}

/** "199" → "200": the decimal digit string plus one. */
function plusEins(ziffern: string): string {
  let i = ziffern.length - 1;
  while (i >= 0 && ziffern[i] === "9") i--;
  if (i < 0) return `1${"0".repeat(ziffern.length)}`;
  return ziffern.slice(0, i) + String(Number(ziffern[i]) + 1) + "0".repeat(ziffern.length - i - 1);
}

/** `n` as German text with the given Intl options (e.g. `{ maximumFractionDigits: 2 }`). */
export function deutsch(n: number, optionen: Intl.NumberFormatOptions = {}): string {
  const max = optionen.maximumFractionDigits ?? Math.max(3, optionen.minimumFractionDigits ?? 0);
  const min = optionen.minimumFractionDigits ?? 0;
  const direkt =
    Number.isFinite(n) &&
    Math.abs(n) < 1e21 &&
    min <= max &&
    max <= 20 &&
    typeof optionen.useGrouping !== "string" &&
    Object.keys(optionen).every((k) => DIREKT.has(k));
  if (!direkt) return ueberIntl(n, optionen);
  let [ganz, bruch] = gerundet(Math.abs(n), max);
  let ende = bruch.length;
  while (ende > min && bruch[ende - 1] === "0") ende--;
  bruch = bruch.slice(0, ende);
  if (optionen.useGrouping !== false) ganz = gruppiert(ganz);
  // Intl keeps the sign of -0 and of a negative number that rounds to zero ("-0").
  const negativ = n < 0 || Object.is(n, -0);
  return `${negativ ? "-" : ""}${ganz}${bruch ? `,${bruch}` : ""}`;
}
