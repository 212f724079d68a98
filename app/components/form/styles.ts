// The look of every form control, in one place

export function controlClassName(invalid: boolean): string {
  return [
    "mt-1 block w-full rounded border bg-surface px-3 py-2 text-base shadow-sm",
    "focus:outline-none focus:ring-2 focus:ring-brand",
    invalid ? "border-red-700" : "border-stone-500",
  ].join(" ");
}

export const labelClassName = "block font-semibold";
export const hintClassName = "mt-1 text-sm text-stone-600";
