export function EmptyState({ title, body }: { title: string; body: string }) {
  return (
    <div className="ss-empty">
      <p className="ss-empty-title">{title}</p>
      <p className="ss-empty-body">{body}</p>
    </div>
  );
}
