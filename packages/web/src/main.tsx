import { StrictMode } from "react";
import { z } from "zod";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.js";
import { installThemeSync } from "./shared/theme/theme-store.js";
import "./styles.css";

// Zod probes for eval support with `new Function`, which the app's CSP forbids (and reports).
z.config({ jitless: true });
installThemeSync();

const container = document.getElementById("root");
if (!container) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
