/**
 * xl/theme/theme1.xml: the Office theme exceljs wrote before (colours and fonts of Office 2007/2010).
 * LibreOffice draws a chart's gridlines and frame in theme colours; without a theme part they were
 * missing from the printed charts. The formatting scheme is reduced to plain fills and lines: the
 * generated sheets and charts use none of its gradients or shadows.
 */
import { XML_KOPF } from "./xml";

const FARBEN: ReadonlyArray<[string, string]> = [
  ["dk2", "1F497D"],
  ["lt2", "EEECE1"],
  ["accent1", "4F81BD"],
  ["accent2", "C0504D"],
  ["accent3", "9BBB59"],
  ["accent4", "8064A2"],
  ["accent5", "4BACC6"],
  ["accent6", "F79646"],
  ["hlink", "0000FF"],
  ["folHlink", "800080"],
];

const dreimal = (xml: string) => xml + xml + xml;
const schrift = (latein: string) => `<a:latin typeface="${latein}"/><a:ea typeface=""/><a:cs typeface=""/>`;

export function themaXml(): string {
  const farben = FARBEN.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join("");
  const fuellung = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const linie = (w: number) =>
    `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${fuellung}<a:prstDash val="solid"/></a:ln>`;
  return (
    `${XML_KOPF}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">` +
    '<a:themeElements><a:clrScheme name="Office">' +
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    `${farben}</a:clrScheme>` +
    `<a:fontScheme name="Office"><a:majorFont>${schrift("Cambria")}</a:majorFont>` +
    `<a:minorFont>${schrift("Calibri")}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst>${dreimal(fuellung)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${linie(9525)}${linie(25400)}${linie(38100)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${dreimal("<a:effectStyle><a:effectLst/></a:effectStyle>")}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${dreimal(fuellung)}</a:bgFillStyleLst></a:fmtScheme>` +
    "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
  );
}
