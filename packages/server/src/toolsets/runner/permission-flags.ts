/**
 * Node's permission model flags for a toolset process: it may read its compiled code and the
 * workspace, and write only the workspace. Node 20 calls the switch `--experimental-permission`,
 * later versions `--permission`. Each path gets its own flag: Node 20 does not split comma lists.
 */
export function permissionFlags(access: { read: readonly string[]; write: readonly string[] }): string[] {
  const permission = process.allowedNodeEnvironmentFlags.has("--permission")
    ? "--permission"
    : "--experimental-permission";
  return [
    permission,
    ...access.read.map((path) => `--allow-fs-read=${path}`),
    ...access.write.map((path) => `--allow-fs-write=${path}`),
  ];
}
