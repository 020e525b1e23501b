/**
 * Requirement-set versions. Which member needs which set is the client runtime's check (its
 * API-set gating, OFFICE-NOTES §15); the host only compares the versions it answers for.
 */

/** "1.10" > "1.9": compares dotted versions as numbers, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((p) => Number(p) || 0);
  const pb = b.split(".").map((p) => Number(p) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
