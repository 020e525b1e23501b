/**
 * "Nợ xấu được kiểm soát ở mức 0,74%", "Lạm phát được giữ ở mức 3,1%": the verb says the level was
 * held, the figure is the level of what stands before it. A table names the row by that ("Nợ xấu",
 * "Tỷ lệ nợ xấu"), not by the holding.
 */
import { words } from "./extract-text";

/** The holding said with "được …" or "… ở mức" ("do tỉnh nắm giữ 100%" holds no level). */
const KEPT =
  /(?:(?:\s+(?:được|vẫn|tiếp tục|luôn))+\s+(?:kiểm soát|kiềm chế|duy trì|giữ vững|giữ)(?:\s+ổn định)?(?:\s+ở mức)?|\s+(?:kiểm soát|kiềm chế|duy trì|giữ vững|giữ)(?:\s+ổn định)?\s+ở mức)$/iu;

/** `name` without the verb of holding at its end, when a name of at least one word is left. */
export function withoutKeptAt(name: string): string {
  const m = KEPT.exec(name);
  if (m === null) return name;
  const rest = name.slice(0, m.index).trim();
  return words(rest).length >= 1 && !/^(?:được|vẫn|tiếp tục|luôn)$/iu.test(rest) ? rest : name;
}
