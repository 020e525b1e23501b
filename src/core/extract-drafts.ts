/**
 * A draft: a proposal while extraction still builds it, with what the later rules read. Its
 * constructor and the look-ups over the drafts of a paragraph made so far.
 */
import type { DoubtReason, Proposal } from "./extract-types";

/**
 * The counts listed right before `last` in sentence `sentence`, nearest first, each joined to the next by
 * "," or "và" and each one `member` accepts: a list whose predicate is said once, after its last
 * count ("kết luận 29 tổ chức, 87 đảng viên có vi phạm").
 */
export function listedBefore(
  drafts: readonly Draft[],
  last: Draft,
  sentence: number,
  src: string,
  member: (d: Draft) => boolean,
): Draft[] {
  const list: Draft[] = [];
  let next = last.source.start;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as Draft;
    if (
      d.sentence !== sentence ||
      d.actual === null ||
      !member(d) ||
      !/^\s*(?:,|và|,\s*và)\s*$/u.test(src.slice(d.source.end, next))
    )
      break;
    list.push(d);
    next = d.source.start;
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
// Assembly

export interface Draft extends Proposal {
  sentence: number;
  /** What the figure counts or measures ("lúa", "công trình"), for a generic name after it. */
  head: string;
  /** "kiểm tra 63 tổ chức đảng": the verb phrase, shared by "và 118 đảng viên" listed after it. */
  lead: string;
  /** "có thêm 3 xã": an increment, which a following "nâng tổng số lên 9/14 xã" turns into a level. */
  increment: boolean;
  /** "thu ngân sách tăng 15,8%, đạt 1.284,7 tỷ đồng": a change whose figure may follow. */
  changeOnly: boolean;
  /** Readings that may be wrong ("…, đạt 99,1%" as a rate, a unit read by shape): not pre-ticked. */
  doubts: DoubtReason[];
}

/** The last of `drafts` that `ok` accepts (the array not copied: this runs once per figure). */
export function lastDraft(drafts: readonly Draft[], ok: (d: Draft) => boolean): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) if (ok(drafts[i] as Draft)) return drafts[i];
  return undefined;
}

/**
 * lastDraft(drafts, ok) asked once per figure while `drafts` only grows, for an `ok` that accepts a
 * draft only if `named` accepts its name ("Tổng kế hoạch vốn …", the plan money spent is named by):
 * each draft is looked at once, and only those `named` accepts are kept for the asks, so a long
 * paste of money ("thu 5 tỷ đồng, " × 1 000) is no longer a scan of every earlier draft per figure.
 * The same answer as lastDraft: a kept draft is checked in full by each ask (its unit or actual may
 * have changed), and a name `named` refused stays refused, since names are only lengthened after a
 * draft is made (a predicate or a qualifier after the words `named` reads) except a running total's
 * rename ("nâng tổng số … lên", raisedTotal), which needs an increment: increments are kept too.
 */
export function lastDraftCursor(
  drafts: readonly Draft[],
  named: (name: string) => boolean,
): (ok: (d: Draft) => boolean) => Draft | undefined {
  const kept: Draft[] = [];
  let seen = 0;
  return (ok) => {
    for (; seen < drafts.length; seen++) {
      const d = drafts[seen] as Draft;
      if (d.increment || named(d.name)) kept.push(d);
    }
    return lastDraft(kept, ok);
  };
}

/**
 * The last draft of the sentence that `ok` accepts (drafts are in text order), among the last 30:
 * a word refers to a figure close before it, and the bound keeps a list of thousands linear.
 */
export function lastOfSentence(
  drafts: readonly Draft[],
  sentence: number,
  ok: (d: Draft) => boolean,
): Draft | null {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 30; i--) {
    const d = drafts[i] as Draft;
    if (d.sentence !== sentence) return null;
    if (ok(d)) return d;
  }
  return null;
}

/**
 * A draft: blank() with `fields` set on it, keys in the order `{ ...blank(), ...fields }` gives.
 * Written as that spread, each draft got a map (hidden class) of its own in V8 (a spread followed
 * by properties makes a new map each time), and every read of a draft's field was megamorphic: the
 * scans over the drafts before a figure took ~300 ns a draft (hostile bench (x)).
 */
export function asDraft(fields: Omit<Draft, keyof Blank> & Partial<Blank>): Draft {
  return Object.assign(blank(), fields);
}

type Blank = Omit<Proposal, "name" | "unit" | "kind" | "source">;

function blank(): Blank {
  return {
    actual: null,
    scaleApplied: false,
    pctPlan: null,
    pctPrior: null,
    changePct: null,
    direction: null,
    estimate: false,
    planText: null,
    plan: null,
    stretch: null,
    total: null,
    ambiguous: null,
    confidence: { level: "chac" },
  };
}
