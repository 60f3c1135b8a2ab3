/** A screen whose capability has not been built yet; says so plainly rather than pretending. */
export function Placeholder({ title, issue }: { title: string; issue: number }) {
  return (
    <section className="screen">
      <h1>{title}</h1>
      <p className="muted">This screen is planned (issue #{issue}) and not built yet.</p>
    </section>
  );
}
