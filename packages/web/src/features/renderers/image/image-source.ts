export type ImageSource = { allowed: true; src: string } | { allowed: false; reason: string };

// SVG is left out on purpose: it is a document that can carry scripts and external references.
const dataImagePattern = /^data:image\/(png|jpeg|gif|webp)(;[a-z0-9=._+-]+)*,/i;

/** Only raster data URLs and http(s) URLs may become an <img src>; everything else is refused. */
export function checkImageSource(src: string): ImageSource {
  const trimmed = src.trim();
  if (trimmed.toLowerCase().startsWith("data:")) {
    return dataImagePattern.test(trimmed)
      ? { allowed: true, src: trimmed }
      : { allowed: false, reason: "Only PNG, JPEG, GIF and WebP data URLs are shown." };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { allowed: false, reason: "The image address is not a valid URL." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { allowed: false, reason: `Images from "${url.protocol}" addresses are not shown.` };
  }
  return { allowed: true, src: url.href };
}
