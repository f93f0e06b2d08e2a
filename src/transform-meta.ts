// What a transform module is: its jscodeshift transform and what unpyramid needs to know of it. The
// transforms import this, and the registry imports the transforms: no cycle between them.
import type { Transform } from "jscodeshift";

export interface TransformMeta {
  /** The name used with `-t`. */
  name: string;
  /** One line for `unpyramid list`. */
  description: string;
  /** Position in the default order (lower runs first). */
  order: number;
  /**
   * Run only when named with `-t`: another style for the sites a default transform converts
   * (callbacks-to-then writes chains where callbacks-to-async writes awaits).
   */
  optIn?: boolean;
  /**
   * A cheap text test: false means the file cannot contain a site, so it is not parsed at all.
   * It must never say false for a file that has one.
   */
  mayApply(source: string): boolean;
}

export interface TransformModule {
  default: Transform;
  meta: TransformMeta;
}
