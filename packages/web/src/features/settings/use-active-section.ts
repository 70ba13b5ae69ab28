import { useEffect, useState } from "react";

/** A section counts as current once its top passes this line, measured from the viewport top. */
const activationOffsetPx = 120;

function currentSection(ids: readonly string[]): string | undefined {
  let current = ids[0];
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element && element.getBoundingClientRect().top <= activationOffsetPx) current = id;
  }
  return current;
}

function isScrolledToEnd(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.scrollHeight - target.scrollTop - target.clientHeight < 2;
}

/**
 * Scroll-spy for the settings nav. Listens in the capture phase because the scrolling element
 * is the app frame's <main>, not the window. `select` lets a nav click win even when the page is
 * too short to scroll the chosen section to the top.
 */
export function useActiveSection(ids: readonly string[]): [string | undefined, (id: string) => void] {
  const [active, setActive] = useState<string | undefined>(ids[0]);

  useEffect(() => {
    const onScroll = (event: Event) => {
      setActive(isScrolledToEnd(event.target) ? ids.at(-1) : currentSection(ids));
    };
    document.addEventListener("scroll", onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener("scroll", onScroll, { capture: true });
    };
  }, [ids]);

  return [active, setActive];
}
