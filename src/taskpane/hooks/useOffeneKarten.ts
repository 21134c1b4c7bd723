/** Which scenario cards are open; several may be, none is at the start. */
import * as React from "react";

export function useOffeneKarten() {
  const [offen, setOffen] = React.useState<ReadonlySet<string>>(new Set());
  const umschalten = (id: string) =>
    setOffen((alt) => {
      const neu = new Set(alt);
      if (neu.has(id)) neu.delete(id);
      else neu.add(id);
      return neu;
    });
  const oeffne = (id: string) => setOffen((alt) => new Set(alt).add(id));
  const schliesseAlle = () => setOffen(new Set());
  return { offen, umschalten, oeffne, schliesseAlle };
}
