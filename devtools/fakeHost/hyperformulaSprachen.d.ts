// HyperFormula ships its language packs under package "exports" that moduleResolution "node"
// cannot see; webpack and jest resolve the path through those exports.
declare module "hyperformula/commonjs/i18n/languages/deDE" {
  import type { RawTranslationPackage } from "hyperformula";
  const deDE: RawTranslationPackage;
  export default deDE;
}
