// Log lines that mean bad data even though `astro build` exits 0 (docs/architecture.md, "Checks before the build"):
// a dangling reference, a file() item without an id, two files with one id.

/** Patterns of fatal log lines; anything else (known harmless warnings) passes. */
export const FATAL_LOG_LINES = [
  /\[ERROR\]/,
  /\[WARN\] \[(glob|file)-loader\] .*(multiple entries with the same|missing an id)/,
  /\[WARN\] \[content\] Entry .* was not found/,
];
