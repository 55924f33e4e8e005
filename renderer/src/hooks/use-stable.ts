// Values that keep their identity while their content stays the same, so memoised work (sorting
// and indexing 5,000 accounts) reruns only when something it reads really changed.
import { useEffect, useRef, useState } from 'react';

/** The previous array while every element is the same (===) as before. */
export function useShallowStable<T>(values: readonly T[]): readonly T[] {
  const ref = useRef(values);
  const previous = ref.current;
  if (previous !== values && (previous.length !== values.length || values.some((value, index) => value !== previous[index]))) ref.current = values;
  return ref.current;
}

/** `value`, taken over at most once every `ms` (the latest one wins, none is lost for good). */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const taken = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const take = () => {
      taken.current = Date.now();
      setShown(() => value);
    };
    const wait = taken.current + ms - Date.now();
    if (wait <= 0) {
      take();
      return;
    }
    const timer = setTimeout(take, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
