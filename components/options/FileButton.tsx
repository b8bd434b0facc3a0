/** A button-styled file picker that hands over the chosen file and resets, so the same file can be picked again. */
export function FileButton({ label, accept, testId, onFile }: { label: string; accept: string; testId?: string; onFile: (file: File) => void }) {
  return (
    <label className="button secondary">
      {label}
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
