import type { ComponentChildren } from 'preact';

interface SectionProps {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly children: ComponentChildren;
}

/** A titled card on the options page; its heading names the region. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-title`}>
      <h2 class="card-title" id={`${id}-title`}>
        {title}
      </h2>
      {intro ? <p class="muted card-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
