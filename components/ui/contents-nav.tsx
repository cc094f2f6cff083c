/** A table of contents: links to the sections of a long page (the guide, the statements). */
export function ContentsNav({
  id,
  title,
  items,
  className = "",
}: {
  id: string;
  title: string;
  items: { id: string; label: string }[];
  className?: string;
}) {
  return (
    <nav aria-labelledby={id} className={`no-print rounded border border-line bg-wash p-5 ${className}`}>
      <h2 id={id} className="font-semibold text-brand-strong">
        {title}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className="text-brand-strong underline">
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
