import RangeField from '../../ui/RangeField';

/** Props of a labelled range slider with its value shown beside it. */
export interface SliderProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: (value: number) => void;
  /** How the current value is written in the output and read by screen readers. */
  format: (value: number) => string;
}

/** The shared labelled slider in the primer's layout, with the value written by `format`. */
export default function Slider({ format, ...props }: SliderProps) {
  const text = format(props.value);
  return <RangeField {...props} className="pr-slider" output={text} valueText={text} />;
}
