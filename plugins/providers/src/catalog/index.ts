import { ProviderManifest } from "@covalt/contracts";
import anthropic from "../../manifests/anthropic.json" with { type: "json" };
import cerebras from "../../manifests/cerebras.json" with { type: "json" };
import deepseek from "../../manifests/deepseek.json" with { type: "json" };
import fireworks from "../../manifests/fireworks.json" with { type: "json" };
import google from "../../manifests/google.json" with { type: "json" };
import groq from "../../manifests/groq.json" with { type: "json" };
import lmStudio from "../../manifests/lm-studio.json" with { type: "json" };
import mistral from "../../manifests/mistral.json" with { type: "json" };
import ollama from "../../manifests/ollama.json" with { type: "json" };
import openaiCompatible from "../../manifests/openai-compatible.json" with { type: "json" };
import openai from "../../manifests/openai.json" with { type: "json" };
import openrouter from "../../manifests/openrouter.json" with { type: "json" };
import perplexity from "../../manifests/perplexity.json" with { type: "json" };
import together from "../../manifests/together.json" with { type: "json" };
import vllm from "../../manifests/vllm.json" with { type: "json" };
import xai from "../../manifests/xai.json" with { type: "json" };

/**
 * The built-in provider catalog, in the order the UI offers it. Each entry is plain data checked
 * against the contract here, so a broken manifest fails at start-up, not when someone picks it.
 */
export const builtinProviderCatalog: readonly ProviderManifest[] = [
  openai,
  anthropic,
  google,
  ollama,
  lmStudio,
  openrouter,
  groq,
  deepseek,
  mistral,
  xai,
  together,
  fireworks,
  cerebras,
  perplexity,
  vllm,
  openaiCompatible,
].map((manifest) => ProviderManifest.parse(manifest));
