/**
 * Property tests explore new random cases on every local run; CI uses one fixed seed so that a
 * landing is decided by the code, not by the draw. A failure prints its seed either way.
 */
import fc from "fast-check";

if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });
