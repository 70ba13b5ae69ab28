import { useEffect, useRef, useState, type DragEvent } from "react";

function carriesFiles(event: { dataTransfer: DataTransfer | null }): boolean {
  return event.dataTransfer?.types.includes("Files") === true;
}

/**
 * Dropping files onto an element: `active` while files are dragged over it (for the drop zone),
 * and the handlers to spread on it. While attaching is on, files dropped elsewhere on the page
 * are ignored instead of the browser opening them in place of the app.
 */
export function useFileDrop(onFiles: ((files: File[]) => void) | undefined) {
  const [active, setActive] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the pointer left.
  const depth = useRef(0);
  const enabled = onFiles !== undefined;

  useEffect(() => {
    if (!enabled) return;
    const ignore = (event: globalThis.DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      if (event.type === "dragover" && event.dataTransfer) event.dataTransfer.dropEffect = "none";
    };
    window.addEventListener("dragover", ignore);
    window.addEventListener("drop", ignore);
    return () => {
      window.removeEventListener("dragover", ignore);
      window.removeEventListener("drop", ignore);
    };
  }, [enabled]);

  const reset = () => {
    depth.current = 0;
    setActive(false);
  };

  if (onFiles === undefined) return { active: false, handlers: {} };
  return {
    active,
    handlers: {
      onDragEnter: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current++;
        setActive(true);
      },
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      },
      onDragLeave: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setActive(false);
      },
      onDrop: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        reset();
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(files);
      },
    },
  };
}
