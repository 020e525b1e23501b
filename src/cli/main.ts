/** Placeholder until the CLI lands: `main(argv)` resolves to the process exit code. */
export async function main(_argv: string[]): Promise<number> {
  process.stderr.write("chitieu: not implemented yet\n");
  return 2;
}
