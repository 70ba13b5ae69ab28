/** Generous for code and data files, small enough that an upload cannot fill the disk. */
export const installLimits = {
  maxZipBytes: 30 * 1024 * 1024,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxFiles: 5_000,
} as const;

const megabyte = 1024 * 1024;

export function describeBytes(bytes: number): string {
  return `${Math.round(bytes / megabyte)} MB`;
}
