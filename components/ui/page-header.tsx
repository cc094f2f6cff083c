import type { ReactNode } from "react";

export function PageHeader({
  title,
  kicker,
  children,
}: {
  title: string;
  kicker?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mb-8 space-y-2">
      {kicker && <p className="text-sm font-medium text-muted">{kicker}</p>}
      <h1 className="text-3xl font-bold tracking-tight text-brand-strong">{title}</h1>
      {children && <div className="max-w-3xl text-lg text-muted">{children}</div>}
    </div>
  );
}
