// TSX: a component's effect starts a chain nobody waits for; it becomes an async arrow called at once
// inside the effect, which still returns its cleanup function at once.
import { useEffect, useState } from 'react';

export function UserName({ id }: { id: number }) {
  const [name, setName] = useState<string>('');
  useEffect(() => {
    let cancelled = false;
    const promise = fetch(`/users/${id}`);

    void (async () => {
      try {
        const res: Response = await promise;
        const user: { name: string } = await res.json();
        if (!cancelled) setName(user.name);
      } catch {
        return setName('?');
      }
    })();

    return () => {
      cancelled = true;
    };
  }, [id]);
  return <span>{name}</span>;
}
