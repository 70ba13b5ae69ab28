/**
 * Names of the entries a ZIP archive marks as symbolic links. fflate does not expose the
 * external attributes that carry this, so the central directory is read here: a link unpacked
 * as a file would be harmless, but a toolset that needs links is not one we can install faithfully.
 */
export function symlinkEntries(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) throw new Error("This is not a ZIP archive (no end-of-central-directory record).");
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new Error("ZIP64 archives are not supported.");
  const links: string[] = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) {
      throw new Error("The ZIP archive's central directory is damaged.");
    }
    const madeByHost = view.getUint8(offset + 5);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const mode = view.getUint32(offset + 38, true) >>> 16;
    const unixHost = 3;
    if (madeByHost === unixHost && (mode & 0o170000) === 0o120000) {
      links.push(decoder.decode(zip.subarray(offset + 46, offset + 46 + nameLength)));
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return links;
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset;
  }
  return undefined;
}
