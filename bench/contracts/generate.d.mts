import type { Program } from "../differential/types.d.mts";

export function generateContractProgram(seed: number, index: number): Program & { index: number };
