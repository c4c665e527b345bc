import UiRangeField from '../../ui/RangeField';

/** Props of a labelled native slider with its value shown beside it. */
export interface RangeFieldProps {
  label: string;
  min: number;
  max: number;
  step?: number;
  value: number;
  /** What to show and speak for the value, when it is not the number itself. */
  shown?: string;
  onChange: (value: number) => void;
}

/** The shared labelled slider in this simulation's layout; the value itself is shown unless `shown` says otherwise. */
export default function RangeField({ shown, ...props }: RangeFieldProps) {
  const text = shown ?? String(props.value);
  return <UiRangeField {...props} className="kvm-field" output={text} valueText={text} />;
}
