import type { ReactNode } from 'react';

/** A wrapper that lets a wide table scroll sideways on a narrow screen, reachable and scrollable from the keyboard. */
export default function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="lsim-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
