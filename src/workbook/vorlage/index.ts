/**
 * The text for the council document (Kreistag Vorlage). The content and its plain text are small;
 * the Word writer (./docx) pulls in the docx library, so the pane imports it lazily.
 */
export {
  baueVorlagenInhalt,
  type VorlagenAngaben,
  type TabellenZeile,
  type VorlagenBlock,
  type VorlagenInhalt,
} from "./inhalt";
export { vorlageAlsText } from "./text";
