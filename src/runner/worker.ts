// The worker-thread entry: one task in, one small outcome out.
import { processFile, type FileOutcome, type FileTask } from "./process-file";

function work(task: FileTask): Promise<FileOutcome> {
  return processFile(task);
}

export = work;
