/** The ▸ of a show/hide button; CSS turns it ▾ when the button's aria-expanded is true. */
export function DisclosureChevron() {
  return (
    <svg className="fm-chevron" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <path d="M3 1.5 6.5 5 3 8.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
