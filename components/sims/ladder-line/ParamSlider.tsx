import RangeField from '../../ui/RangeField';
import { formatFixed } from './format';

/** Props of one labelled knob. */
export interface ParamSliderProps {
  /** The visible label and accessible name, e.g. "w" or "b₁". */
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  decimals: number;
  onChange: (value: number) => void;
}

/**
 * The shared labelled slider for a ladder knob. Training can carry a knob past the slider's end; the output always
 * shows the true value, and the thumb rests at the end of its track.
 */
export default function ParamSlider({ value, decimals, ...props }: ParamSliderProps) {
  const thumb = Math.min(props.max, Math.max(props.min, value));
  const text = formatFixed(value, decimals);
  return <RangeField {...props} className="ld-field" value={thumb} output={text} valueText={text} />;
}
