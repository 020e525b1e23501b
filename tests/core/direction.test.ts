import { readFileSync } from "node:fs";
import { join } from "node:path";
import { directionFromName } from "../../src/core/direction";
import type { Direction } from "../../src/core/model";

interface Named {
  name: string;
  unit: string;
  plan: string | null;
  direction: Direction;
  source: string;
  half: "tune" | "heldout";
}

const CORPUS = JSON.parse(
  readFileSync(join(__dirname, "../corpus/directions/indicator-names.json"), "utf8"),
) as { names: Named[] };

/** The direction a row gets from its words alone: the name's, else higher is better. */
function guessed(n: Named): Direction {
  return directionFromName(n.name, n.unit, n.plan)?.direction ?? "up";
}

function accuracy(half: Named["half"]): { right: number; total: number; wrong: string[] } {
  const names = CORPUS.names.filter((n) => n.half === half);
  const wrong = names.filter((n) => guessed(n) !== n.direction).map((n) => `${n.name} (${n.direction})`);
  return { right: names.length - wrong.length, total: names.length, wrong };
}

describe("direction from the indicator's name: the corpus", () => {
  test("holds at least 80 names, from the seeds and fresh, split once into two halves", () => {
    expect(CORPUS.names.length).toBeGreaterThanOrEqual(80);
    expect(CORPUS.names.filter((n) => n.source !== "own").length).toBeGreaterThanOrEqual(20);
    const halves = new Set(CORPUS.names.map((n) => n.half));
    expect([...halves].sort()).toEqual(["heldout", "tune"]);
  });

  test("tuning half", () => {
    const a = accuracy("tune");
    console.log(
      `direction corpus, tuning half: ${a.right}/${a.total}; wrong: ${a.wrong.join("; ") || "none"}`,
    );
    expect(a.wrong).toEqual([]);
  });

  test("held-out half (never tuned on): at least 90 % right", () => {
    const a = accuracy("heldout");
    console.log(
      `direction corpus, held-out half: ${a.right}/${a.total}; wrong: ${a.wrong.join("; ") || "none"}`,
    );
    expect(a.right / a.total).toBeGreaterThanOrEqual(0.9);
  });
});
