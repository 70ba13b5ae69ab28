import type { ProgressUpdate } from "@covalt/core";

interface SdkProgress {
  progress: number;
  total?: number | undefined;
  message?: string | undefined;
}

/** The SDK's `onprogress` option forwarding a server's progress notifications as Covalt updates. */
export function progressOption(onProgress: ((update: ProgressUpdate) => void) | undefined): {
  onprogress?: (progress: SdkProgress) => void;
} {
  if (onProgress === undefined) return {};
  return {
    onprogress: (progress) =>
      onProgress({
        progress: progress.progress,
        ...(progress.total === undefined ? {} : { total: progress.total }),
        ...(progress.message === undefined ? {} : { message: progress.message }),
      }),
  };
}
