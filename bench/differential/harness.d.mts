import type { HarnessOptions, HarnessResult, Program } from "./types.d.mts";

export const ROOT: string;
export const PROGRAMS_DIR: string;
export const CONDITIONS: string[];
export function loadHandWritten(dir?: string): Program[];

export function runHarness(options?: HarnessOptions): Promise<HarnessResult>;
export function fakeClockTurnsOnly(before: string, after: string): boolean;
