/**
 * ROUND/RUNDEN as Excel computes it: the value as shown at 15 significant digits, rounded half
 * away from zero on that decimal. HyperFormula's own ROUND rounds the binary value (1,005 → 1;
 * 2,675 → 2,67; 6804,375 may go either way), so it is no reference at half cents. Registered after
 * HyperFormula's plugins, it replaces their ROUND (the function registry keeps the last one).
 */
import { FunctionArgumentType, FunctionPlugin } from "hyperformula";
import type { FunctionPluginDefinition } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import { alsDezimal, rundeBruch } from "../../src/core/dezimal";

export function rundeWieExcel(zahl: number, stellen: number): number {
  if (zahl === 0 || !Number.isFinite(zahl)) return zahl;
  const n = Math.trunc(stellen);
  const d = alsDezimal(zahl);
  if (d.stellen <= n) return Number(`${d.ziffern}e${-d.stellen}`);
  const q = rundeBruch(d.ziffern, 10n ** BigInt(d.stellen - n));
  const r = Number(`${q}e${-n}`);
  return r === 0 ? 0 : r;
}

class ExcelRunden extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: "runden",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  runden(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(ast.args, state, this.metadata("ROUND"), (zahl: number, stellen: number) =>
      rundeWieExcel(zahl, stellen),
    );
  }
}

export const EXCEL_RUNDEN = ExcelRunden as unknown as FunctionPluginDefinition;
