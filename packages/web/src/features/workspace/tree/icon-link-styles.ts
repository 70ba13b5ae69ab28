/** A link drawn like an `xs` IconButton (a download is a link, not a button, so the browser saves it). */
export const iconButtonLinkStyles =
  "inline-flex size-7 shrink-0 items-center justify-center rounded-lg text-fg-muted transition-colors duration-150 " +
  "hover:bg-hover hover:text-fg [&_svg]:size-3.5";
