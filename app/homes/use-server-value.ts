import { useState } from "react";

/**
 * A form field's value that follows the server's: what the member types stays until the server's
 * value changes (their own save, or another planner's, arriving by live revalidation), which then
 * replaces it. Uncontrolled fields with `defaultValue` would keep showing a value others changed.
 *
 * @example
 * const [name, setName] = useServerValue(home.name);
 * <input value={name} onChange={(event) => setName(event.target.value)} />
 */
export function useServerValue(serverValue: string): [string, (value: string) => void] {
  const [value, setValue] = useState(serverValue);
  const [seen, setSeen] = useState(serverValue);
  if (seen !== serverValue) {
    // Adjusting state while rendering (React's pattern for "reset when a prop changes").
    setSeen(serverValue);
    setValue(serverValue);
  }
  return [value, setValue];
}
