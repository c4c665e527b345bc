import type { ReactNode } from 'react';

/** Props of a quiz choice as written in MDX. */
export interface ChoiceProps {
  /** Marks a right answer. */
  correct?: boolean;
  /** Why this choice is right or wrong; shown after answering. */
  explain: string;
  /** The choice's label, plain text. */
  children?: ReactNode;
}

/** A choice of a `<Question>`. It renders nothing itself: its question reads its props and draws it. */
export function Choice(_props: ChoiceProps): null {
  return null;
}
