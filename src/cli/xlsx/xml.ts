/** XML text for the parts of the .xlsx file the CLI writes itself. */

/** Characters XML 1.0 does not allow at all: dropped, as exceljs dropped them before. */
// eslint-disable-next-line no-control-regex -- these control characters are what is looked for
const VERBOTEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const ZU_MASKIEREN = /[<>&"'\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const ENTITAET: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" };

/** Text for element content and attribute values. Most cells need nothing: they are returned as they are. */
export function xmlText(s: string): string {
  if (!ZU_MASKIEREN.test(s)) return s;
  return s.replace(VERBOTEN, "").replace(/[<>&"']/g, (z) => ENTITAET[z]);
}

export const XML_KOPF = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
