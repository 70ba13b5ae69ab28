import { ImageIcon, ShieldAlert } from "lucide-react";
import { useState } from "react";
import { RendererCard, RendererNotice } from "../renderer-card.js";
import type { RendererProps } from "../renderer-props.js";
import { checkImageSource } from "./image-source.js";

export function ImageRenderer({ config, title }: RendererProps<"image">) {
  const source = checkImageSource(config.src);
  const [failed, setFailed] = useState(false);
  const heading = title ?? config.alt ?? "Image";
  if (!source.allowed) {
    return (
      <RendererCard kind="image" icon={<ShieldAlert aria-hidden="true" />} title={heading}>
        <RendererNotice>This image was not shown: {source.reason}</RendererNotice>
      </RendererCard>
    );
  }
  return (
    <RendererCard kind="image" icon={<ImageIcon aria-hidden="true" />} title={heading}>
      {failed ? (
        <RendererNotice>The image could not be loaded.</RendererNotice>
      ) : (
        <div className="flex justify-center bg-code p-2">
          <img
            src={source.src}
            alt={config.alt ?? ""}
            referrerPolicy="no-referrer"
            loading="lazy"
            decoding="async"
            onError={() => {
              setFailed(true);
            }}
            className="max-h-96 max-w-full rounded object-contain"
          />
        </div>
      )}
    </RendererCard>
  );
}
