import { Fragment } from 'react';
import type { TextPart } from './results';

/** Text with the words search matched wrapped in `<mark>`. */
export function Highlight({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
