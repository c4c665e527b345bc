import type { LessonSummary } from '../../scripts/content/manifest';

/** Display names of the tracks (folders under content/); the main course comes first. */
const TRACK_NAMES: Record<string, string> = {
  chapters: 'Chapters',
  primer: 'Math primer',
  'forward-pass': 'One forward pass',
  ladder: 'The ladder',
  lab: 'The lab',
};

/** A track's display name; an unknown folder name is shown in words ("new-track" → "New track"). */
export function trackName(track: string): string {
  const known = TRACK_NAMES[track];
  if (known) return known;
  const words = track.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One track with its lessons, in order. */
export interface Track {
  id: string;
  name: string;
  lessons: LessonSummary[];
}

/** Tracks other than the main chapters, in the order of TRACK_NAMES, then alphabetically. */
export function otherTracks(lessons: readonly LessonSummary[]): Track[] {
  const ids = [...new Set(lessons.map((l) => l.track))].filter((id) => id !== 'chapters');
  const rank = (id: string) => {
    const i = Object.keys(TRACK_NAMES).indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return ids
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((id) => ({ id, name: trackName(id), lessons: lessons.filter((l) => l.track === id).sort((a, b) => a.order - b.order) }));
}

/** The line above a lesson's title: "Chapter 3" in the course, "Math primer · lesson 2" elsewhere. */
export function lessonLabel(lesson: Pick<LessonSummary, 'track' | 'order'>): string {
  return lesson.track === 'chapters' ? `Chapter ${lesson.order}` : `${trackName(lesson.track)} · lesson ${lesson.order}`;
}
