interface LogoProps {
  size?: number;
  className?: string;
}

export function Logo({ size = 40, className }: LogoProps) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 64 64"
      role="img"
      aria-label="Cruddur"
      focusable="false"
    >
      <path d="M47 18.5A20 20 0 1 0 47 45.5" fill="none" stroke="currentColor" strokeWidth="9" strokeLinecap="round" />
      <circle cx="49" cy="32" r="5.5" fill="currentColor" />
    </svg>
  );
}
