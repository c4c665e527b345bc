import { useId, useState } from 'react';
import AudioDomain from './AudioDomain';
import PriceDomain from './PriceDomain';
import TextDomain from './TextDomain';
import VideoDomain from './VideoDomain';
import './sequenceTypes.css';

const DOMAINS = [
  { id: 'text', label: 'Text', becomes: 'tokens', what: 'A sentence is cut into words and punctuation, kept in reading order.' },
  { id: 'audio', label: 'Audio', becomes: 'samples', what: 'A sound wave is measured at evenly spaced moments; each measurement is one number.' },
  { id: 'video', label: 'Video', becomes: 'frames', what: 'A moving scene is photographed at evenly spaced moments; each snapshot is one frame.' },
  { id: 'price', label: 'Stock price', becomes: 'values', what: 'A price is written down once per day; each closing price is one number.' },
] as const;

type DomainId = (typeof DOMAINS)[number]['id'];

/** Chapter 0's simulation: pick a kind of data and watch it become an ordered sequence. */
export default function SequenceTypes() {
  const name = useId();
  const [domain, setDomain] = useState<DomainId>('text');
  const current = DOMAINS.find((d) => d.id === domain) ?? DOMAINS[0];

  return (
    <figure className="seq-sim">
      <fieldset className="seq-domains">
        <legend>Domain</legend>
        {DOMAINS.map((d) => (
          <label key={d.id} className="seq-domain-option">
            <input
              type="radio"
              name={name}
              value={d.id}
              checked={domain === d.id}
              onChange={() => setDomain(d.id)}
            />
            <span>{d.label}</span>
          </label>
        ))}
      </fieldset>
      <p className="seq-lead">
        <strong>
          {current.label} → {current.becomes}.
        </strong>{' '}
        {current.what}
      </p>
      {domain === 'text' && <TextDomain />}
      {domain === 'audio' && <AudioDomain />}
      {domain === 'video' && <VideoDomain />}
      {domain === 'price' && <PriceDomain />}
      <figcaption>
        Pick a domain to see it turned into a sequence. For text, reverse or shuffle the words: the tokens stay the
        same, the meaning does not. For audio and video, change how often the world is measured.
      </figcaption>
    </figure>
  );
}
