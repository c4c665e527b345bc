import { useEffect, useState } from 'react';

/** The share link as text, with a copy button and a spoken confirmation. */
export function CopyLink({ link, count }: { link: string; count: number }) {
  const [status, setStatus] = useState('');
  useEffect(() => setStatus(''), [link]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      setStatus('This browser did not allow copying; select the link above and copy it yourself.');
    }
  };
  return (
    <>
      <p className="teach-link" id="share-link">
        <a href={link}>{link}</a>
      </p>
      <p className="teach-link-meta">
        {count} {count === 1 ? 'lesson' : 'lessons'} · {link.length.toLocaleString('en')} characters{' '}
        <button type="button" onClick={() => void copy()} aria-describedby="share-link">
          Copy link
        </button>
      </p>
      <p role="status">{status}</p>
    </>
  );
}
