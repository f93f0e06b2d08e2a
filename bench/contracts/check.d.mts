import type { HarnessOptions, HarnessResult, Program } from "../differential/types.d.mts";

export function callbackLiteralsLeft(code: string, filename: string): { main: number; elsewhere: number };

export function checkContractPrograms(options: {
  seed: number;
  count: number;
  runHarness: (options: HarnessOptions) => Promise<HarnessResult>;
  conditions?: string[];
}): Promise<{
  summary: {
    programs: number;
    flat: number;
    sites: number;
    converted: number;
    refusals: Record<string, number>;
    leafSitesLeft: number;
  };
  programs: Program[];
  notFlat: string[];
  differences: string[];
}>;
