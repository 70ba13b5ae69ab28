import { Component, type ReactNode } from "react";

interface RendererErrorBoundaryProps {
  /** Shown instead of a renderer that threw, e.g. the raw output in the default card. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Contains a renderer that crashes on unexpected input (or whose chunk fails to load) to its own
 * card, so one bad result never takes the transcript down with it.
 */
export class RendererErrorBoundary extends Component<RendererErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("A tool result renderer failed", error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
