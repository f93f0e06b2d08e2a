// The worker-thread entry: one task in, one small outcome out. The main thread usually sends the
// file's text along (it read the file to see whether any transform could apply); else it is read here.
import { processFile, processSource, type FileOutcome, type WorkerTask } from "./process-file";

function work({ task, read }: WorkerTask): Promise<FileOutcome> {
  return read ? processSource(task, read.bytes, read.source) : processFile(task);
}

export = work;
