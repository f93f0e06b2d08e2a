import type { Program } from "./types.d.mts";

export function generateProgram(seed: number, index: number): Program;
