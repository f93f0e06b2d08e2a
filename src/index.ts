// The public API for migration scripts. Nothing here prints or exits.
import { registry } from "./registry";

export { transformSource, SourceError } from "./runner/transform-source";
export type { TransformSourceOptions, TransformSourceResult } from "./runner/transform-source";
export { run, DirtyWorkTreeError, defaultCpus } from "./runner/run";
export type { RunOptions } from "./runner/run";
export { scan } from "./runner/scan";
export type { ScanOptions, ScanReport, ScanFile } from "./runner/scan";
export { NoSourceFilesError, PathNotFoundError, PathOutsideError } from "./runner/discover";
export { UnknownTransformError } from "./registry";
export type { TransformMeta } from "./registry";
export type {
  Report,
  FileReport,
  Site,
  Summary,
  FileStatus,
  SiteKind,
  SiteOutcome,
  TempFileReport,
} from "./report/types";
export type { FileOutcome } from "./runner/process-file";

/** The transforms, in their default order: name, one-line description, order, and whether only `-t` runs it. */
export const transforms: ReadonlyArray<{ name: string; description: string; order: number; optIn: boolean }> =
  registry.map(({ meta }) => ({
    name: meta.name,
    description: meta.description,
    order: meta.order,
    optIn: meta.optIn === true,
  }));
