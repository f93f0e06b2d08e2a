import type { HarnessOptions, HarnessResult } from "./types.d.mts";

export function runHarness(options?: HarnessOptions): Promise<HarnessResult>;
export function fakeClockTurnsOnly(before: string, after: string): boolean;
