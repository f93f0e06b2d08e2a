// Types of what the tests take from the harness (its modules are plain JavaScript).

/** A program the harness runs: its files, the one to run, and what the async library driver calls. */
export interface Program {
  id: string;
  capability: string;
  flavour: string;
  entry: string;
  files: Record<string, string>;
  driver: { path: string; args: unknown[] }[];
  shapes: string[];
  /** The seed a generated program came from. */
  seed?: number;
}

/** One run: what it printed and how it ended (normalised), or the type-checker's messages. */
export interface Run {
  code?: number | null;
  signal?: string | null;
  timedOut?: boolean;
  stdout?: string;
  stderr?: string;
  diagnostics?: string[];
}

export interface Difference {
  program: Program;
  condition: string;
  variant: string;
  stable: boolean;
  accepted?: string;
  patch: string;
  sites: string[];
  before: Run;
  after: Run;
}

export interface HarnessRecord {
  program: Program;
  notes: string[];
  differences: Difference[];
}

export interface HarnessResult {
  summary: {
    seed: number | null;
    programs: number;
    generated: number;
    handWritten: number;
    changed: Record<string, number>;
    sitesConverted: Record<string, number>;
    byCapability: Record<string, { programs: number; sitesConverted: Record<string, number>; differences: number }>;
    programsWithDifferences: number;
    differences: number;
    byCondition: Record<string, number>;
    unstable: number;
    accepted: Record<string, number>;
    alsoUnderFakeTimers: number;
    notes: number;
    conversionErrors: number;
    seconds: number;
    phases: { convert: number; tsc: number; runs: number };
    work?: string;
  };
  records: HarnessRecord[];
  differences: Difference[];
  unstable: Difference[];
  accepted: Difference[];
}

/** A conversion to use instead of unpyramid's (the tests plant wrong ones). */
export type Convert = (
  code: string,
  filename: string,
  transforms?: string[],
) => { code: string; sites: { outcome: string; kind: string; line: number; column: number; risks?: string[] }[] };

export interface HarnessOptions {
  seed?: number;
  count?: number;
  programs?: Program[];
  conditions?: string[];
  convert?: Convert;
  handWritten?: boolean;
  jobs?: number;
  timeoutMs?: number;
  keep?: boolean;
  /** Called with each program's record as it is done. */
  onProgram?: (record: HarnessRecord) => void;
}
