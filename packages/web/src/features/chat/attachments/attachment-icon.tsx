import { File, FileArchive, FileAudio, FileCode, FileImage, FileText, FileVideo, type LucideIcon } from "lucide-react";
import { attachmentKind, type AttachmentKind } from "./attachment-files.js";

const icons: Record<AttachmentKind, LucideIcon> = {
  image: FileImage,
  text: FileText,
  pdf: FileText,
  code: FileCode,
  archive: FileArchive,
  audio: FileAudio,
  video: FileVideo,
  file: File,
};

/** A file's type as an icon (decorative: the name next to it says what it is). */
export function AttachmentIcon({ name, mimeType, className }: { name: string; mimeType: string; className?: string }) {
  const Icon = icons[attachmentKind(name, mimeType)];
  return <Icon className={className} aria-hidden="true" />;
}
