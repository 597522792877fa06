/** The product's mark (a flag on an orange tile), drawn inline: nothing is fetched. */
export function BrandMark({ size = 24 }: { readonly size?: number }) {
  return (
    <svg
      class="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="24" height="24" rx="5" fill="#c2410c" />
      <rect x="6" y="4.5" width="1.8" height="15" rx="0.9" fill="#fff" />
      <path d="M7.8 5h10.2v8H7.8z" fill="#fff" />
      <path d="M18 5v8H7.8z" fill="#fbbf24" />
    </svg>
  );
}
