/** The 16 basic colours, tuned for the terminal card's dark surface (close to VS Code's terminal). */
const basicColors: Record<string, string> = {
  black: "#3b3f4a",
  red: "#f2777a",
  green: "#8fcf7e",
  yellow: "#e8c66f",
  blue: "#6fa8f2",
  magenta: "#d38fe8",
  cyan: "#6fd3d3",
  white: "#d7dae0",
  "bright-black": "#7f8490",
  "bright-red": "#ff9a9c",
  "bright-green": "#aef0a0",
  "bright-yellow": "#ffe08a",
  "bright-blue": "#94c2ff",
  "bright-magenta": "#ebb0ff",
  "bright-cyan": "#94f0f0",
  "bright-white": "#ffffff",
};

const basicOrder = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

/** xterm's 256-colour palette: 16 basic colours, a 6×6×6 cube, then 24 greys. */
export function paletteColor(index: number): string | undefined {
  if (!Number.isInteger(index) || index < 0 || index > 255) return undefined;
  if (index < 16) {
    const name = basicOrder[index % 8];
    return name === undefined ? undefined : basicColors[index < 8 ? name : `bright-${name}`];
  }
  if (index < 232) {
    const cube = index - 16;
    const level = (value: number) => (value === 0 ? 0 : 55 + value * 40);
    return `rgb(${level(Math.floor(cube / 36))}, ${level(Math.floor(cube / 6) % 6)}, ${level(cube % 6)})`;
  }
  const grey = 8 + (index - 232) * 10;
  return `rgb(${grey}, ${grey}, ${grey})`;
}

/**
 * Turns anser's class-style colour names (`ansi-red`, `ansi-bright-green`, `ansi-palette-208`,
 * `ansi-truecolor` with its "r, g, b") into a CSS colour from the fixed palette. Anything else is
 * ignored, so no text from the output ever reaches a style unchecked.
 */
export function ansiColor(name: string | null, truecolor: string | null): string | undefined {
  if (name === null) return undefined;
  if (name === "ansi-truecolor") {
    const match = truecolor?.match(/^(\d{1,3}), ?(\d{1,3}), ?(\d{1,3})$/);
    if (!match) return undefined;
    const channels = match.slice(1, 4).map(Number);
    return channels.every((channel) => channel <= 255) ? `rgb(${channels.join(", ")})` : undefined;
  }
  const palette = name.match(/^ansi-palette-(\d{1,3})$/);
  if (palette) return paletteColor(Number(palette[1]));
  return basicColors[name.replace(/^ansi-/, "")];
}
