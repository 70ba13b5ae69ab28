import { describe, expect, it } from "vitest";
import {
  attachmentKind,
  attachmentPath,
  attachmentProblem,
  formatBytes,
  isGenericPastedName,
  maxAttachmentBytes,
  numberedName,
  pastedImageName,
  pasteAttachesFiles,
  safeFileName,
  splitExtension,
} from "./attachment-files.js";

describe("formatBytes", () => {
  it("shows bytes, then KB/MB with one decimal below ten and whole numbers above", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1024)).toBe("1 KB");
    expect(formatBytes(3500)).toBe("3.4 KB");
    expect(formatBytes(200 * 1024)).toBe("200 KB");
    expect(formatBytes(1024 * 1024)).toBe("1 MB");
    expect(formatBytes(2.25 * 1024 * 1024)).toBe("2.3 MB");
    expect(formatBytes(48 * 1024 * 1024 + 12345)).toBe("48 MB");
    expect(formatBytes(3 * 1024 ** 3)).toBe("3 GB");
  });
});

describe("attachmentProblem", () => {
  it("accepts files up to 10 MB and names the size of larger ones", () => {
    expect(attachmentProblem("a.png", maxAttachmentBytes)).toBeUndefined();
    expect(attachmentProblem("big.mov", 48 * 1024 * 1024)).toBe("big.mov is 48 MB; attachments may be at most 10 MB.");
  });
});

describe("names", () => {
  it("splits the extension off, keeping dot files whole", () => {
    expect(splitExtension("report.pdf")).toEqual({ stem: "report", extension: ".pdf" });
    expect(splitExtension("archive.tar.gz")).toEqual({ stem: "archive.tar", extension: ".gz" });
    expect(splitExtension(".env")).toEqual({ stem: ".env", extension: "" });
    expect(splitExtension("Makefile")).toEqual({ stem: "Makefile", extension: "" });
    expect(splitExtension("trailing.")).toEqual({ stem: "trailing.", extension: "" });
  });

  it("numbers names before the extension from the second attempt on", () => {
    expect(numberedName("photo.png", 1)).toBe("photo.png");
    expect(numberedName("photo.png", 2)).toBe("photo (2).png");
    expect(numberedName("photo.png", 13)).toBe("photo (13).png");
    expect(numberedName("README", 3)).toBe("README (3)");
    expect(numberedName(".env", 2)).toBe(".env (2)");
  });

  it("puts attachments in their folder", () => {
    expect(attachmentPath("a b.txt")).toBe("attachments/a b.txt");
  });

  it("makes any name one safe path segment", () => {
    expect(safeFileName("notes.md")).toBe("notes.md");
    expect(safeFileName("  spaced.txt ")).toBe("spaced.txt");
    expect(safeFileName("a/b\\c:d.txt")).toBe("a_b_c_d.txt");
    expect(safeFileName("bell\u0007.txt")).toBe("bell.txt");
    expect(safeFileName("")).toBe("file");
    expect(safeFileName("..")).toBe("file");
    expect(safeFileName(". .")).toBe("file");
  });

  it("names pasted images by the time and their type", () => {
    const at = new Date(2025, 0, 2, 3, 4, 5);
    expect(pastedImageName("image/png", at)).toBe("pasted-image-20250102-030405.png");
    expect(pastedImageName("image/jpeg", at)).toBe("pasted-image-20250102-030405.jpg");
    expect(pastedImageName("image/x-unknown", at)).toBe("pasted-image-20250102-030405.png");
  });

  it("recognises the names browsers give clipboard bitmaps", () => {
    expect(isGenericPastedName("image.png")).toBe(true);
    expect(isGenericPastedName("")).toBe(true);
    expect(isGenericPastedName("holiday.png")).toBe(false);
  });
});

describe("pasteAttachesFiles", () => {
  it("attaches screenshots, copied files and images from pages", () => {
    expect(pasteAttachesFiles({ fileCount: 1, types: ["Files"] })).toBe(true);
    expect(pasteAttachesFiles({ fileCount: 1, types: ["text/plain", "Files"] })).toBe(true);
    expect(pasteAttachesFiles({ fileCount: 1, types: ["text/html", "Files"] })).toBe(true);
  });

  it("lets text win over the picture office apps add, and plain text paste as text", () => {
    expect(pasteAttachesFiles({ fileCount: 1, types: ["text/plain", "text/html", "Files"] })).toBe(false);
    expect(pasteAttachesFiles({ fileCount: 0, types: ["text/plain"] })).toBe(false);
  });
});

describe("attachmentKind", () => {
  it("picks an icon by type, then by extension", () => {
    expect(attachmentKind("a.png", "image/png")).toBe("image");
    expect(attachmentKind("a.pdf", "application/octet-stream")).toBe("pdf");
    expect(attachmentKind("a.ts", "video/mp2t")).toBe("video");
    expect(attachmentKind("a.ts", "")).toBe("code");
    expect(attachmentKind("a.tar.gz", "application/gzip")).toBe("archive");
    expect(attachmentKind("notes.md", "")).toBe("text");
    expect(attachmentKind("blob.bin", "application/octet-stream")).toBe("file");
  });
});
