/** Why a backup or restore stops, in one sentence that says what to do: printed alone, without a stack */
export class Refusal extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "Refusal";
  }
}

/** Runs a script's work: a Refusal is printed as its sentence, anything else with its stack; exit code 1 either way */
export async function runScript(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(error instanceof Refusal ? error.message : error);
    process.exitCode = 1;
  }
}
