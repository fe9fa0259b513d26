/// <reference types="next/image-types/global" />
import sprite from "./icons.svg";

type IconName = "home" | "bell" | "mail" | "user" | "more" | "search" | "reply" | "repost" | "like" | "share" | "bomb";

export interface IconProps {
  className?: string;
}

const spriteUrl = (sprite as { src: string }).src;

/** A symbol of the cached sprite: pages repeat a short reference, not the drawing; the stylesheet sizes it. */
export function Icon({ name, className }: IconProps & { name: IconName }) {
  return (
    <svg className={className ? `icon ${className}` : "icon"} aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
