import { Info, Palette, Plug, Server, Type, Wrench, type LucideIcon } from "lucide-react";
import type { ComponentType } from "react";
import { McpSection } from "../mcp/mcp-section.js";
import { ProvidersSection } from "../providers/providers-section.js";
import { ToolsSection } from "../tools/tools-section.js";
import { AboutSection } from "./about-section.js";
import { AppearanceSection } from "./appearance-section.js";
import { ChatTitlesSection } from "./chat-titles-section.js";

export interface SettingsSectionEntry {
  /** Anchor id: /settings#<id> scrolls to the section. */
  id: string;
  label: string;
  icon: LucideIcon;
  component: ComponentType;
}

/**
 * The settings page and its nav are both generated from this list, in this order. MCP servers
 * are added here as their feature lands.
 */
export const settingsSections: readonly SettingsSectionEntry[] = [
  { id: "providers", label: "Providers", icon: Plug, component: ProvidersSection },
  { id: "chat-titles", label: "Chat titles", icon: Type, component: ChatTitlesSection },
  { id: "tools", label: "Tools", icon: Wrench, component: ToolsSection },
  { id: "mcp", label: "MCP servers", icon: Server, component: McpSection },
  { id: "appearance", label: "Appearance", icon: Palette, component: AppearanceSection },
  { id: "about", label: "About", icon: Info, component: AboutSection },
];
