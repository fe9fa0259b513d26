/// <reference types="next/image-types/global" />
import sprite from "./icons.svg";

type IconName = "home" | "bell" | "mail" | "user" | "more" | "search" | "reply" | "repost" | "like" | "share" | "bomb";

export interface IconProps {
  className?: string;
}

const spriteUrl = (sprite as { src: string }).src;

/**
 * One symbol of the sprite, a build asset the browser caches for good: a page repeats a short
 * reference instead of the drawing, once in its HTML and once in its RSC payload. The stylesheet
 * sizes it (`.icon`, 22 px, or the caller's class), so no size is repeated either.
 */
export function Icon({ name, className }: IconProps & { name: IconName }) {
  return (
    <svg className={className ? `icon ${className}` : "icon"} aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
