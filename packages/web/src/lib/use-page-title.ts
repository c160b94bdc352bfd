import { useEffect } from 'react';

/** Titles stay neutral: the page's name and the product, nothing about the person reading it. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Derde Bron` : 'Derde Bron';
  }, [title]);
}
